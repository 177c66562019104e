/**
 * The built-in packs (rules/*.yaml), compiled for checking. They come in ready form
 * (lib/packs/builtin-data.ts, and here each regex's literal pre-check): validated, their examples
 * run and their pre-checks worked out once, at build. Here they are only compiled, as trusted
 * packs: no YAML, no zod, no regex compiled before a sentence needs it.
 * The command line reads the same files from disk instead (lib/cli).
 */
import { builtinReadyPacks } from './builtin-data';
import type { CompiledPack } from './compile';
import { compileReadyPack, type Prefilters } from './ready';

export { builtinPackSources, builtinReadyPacks } from './builtin-data';

const prefilters = import.meta.glob('../../rules/*.yaml', { query: '?prefilters', import: 'default', eager: true }) as Record<string, Prefilters>;
const prefiltersOf = (file: string): Prefilters => prefilters[`../../${file}`] ?? {};

let compiled: CompiledPack[] | undefined;

export function loadBuiltinPacks(): CompiledPack[] {
  compiled ??= builtinReadyPacks().map((p) => compileReadyPack({ pack: p.pack, prefilters: prefiltersOf(p.file) }));
  return compiled;
}
