/**
 * The built-in packs (rules/*.yaml), bundled as text by Vite at build time and compiled once.
 * The command line reads the same files from disk instead (lib/cli).
 */
import type { CompiledPack } from './compile';
import { formatPackError, loadPack } from './load';

const sources = import.meta.glob('../../rules/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let compiled: CompiledPack[] | undefined;

export function builtinPackSources(): Record<string, string> {
  return Object.fromEntries(Object.entries(sources).map(([path, text]) => [path.replace('../../', ''), text]));
}

export function loadBuiltinPacks(): CompiledPack[] {
  compiled ??= Object.entries(builtinPackSources()).map(([file, text]) => {
    // Built-in packs are tested in CI (every example, every regex compiled): trusted.
    const r = loadPack(text, file, { trusted: true });
    if (!r.ok) throw new Error(`built-in pack ${file} is invalid:\n${r.errors.map(formatPackError).join('\n')}`);
    return r.pack;
  });
  return compiled;
}
