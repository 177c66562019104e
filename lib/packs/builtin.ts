/**
 * The built-in packs (rules/*.yaml), in ready form: validated, their examples run and their
 * regexes' literal pre-checks worked out once, at build (scripts/build-packs.mjs, a Vite plugin:
 * `?ready` imports). Here they are only compiled, as trusted packs: no YAML, no zod, no regex
 * compiled before it is needed. The YAML text is loaded only to export a pack (a chunk of its own).
 * The command line reads the same files from disk instead (lib/cli).
 */
import type { CompiledPack } from './compile';
import { compileReadyPack, type ReadyPack } from './ready';

const ready = import.meta.glob('../../rules/*.yaml', { query: '?ready', import: 'default', eager: true }) as Record<string, ReadyPack>;
const sources = import.meta.glob('../../rules/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

let compiled: CompiledPack[] | undefined;

/** The built-in packs as data, in file order (what a list of packs shows; no engine needed). */
export function builtinReadyPacks(): ReadyPack[] {
  return Object.values(ready);
}

/** Each built-in pack's YAML text by file (rules/core.yaml), in the same order as the packs. */
export async function builtinPackSources(): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(sources).map(async ([path, load]) => [path.replace('../../', ''), await load()] as const));
  return Object.fromEntries(entries);
}

export function loadBuiltinPacks(): CompiledPack[] {
  compiled ??= builtinReadyPacks().map(compileReadyPack);
  return compiled;
}
