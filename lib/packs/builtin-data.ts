/**
 * The built-in packs as data, in ready form (made at build: scripts/build-packs.mjs, `?ready`
 * imports), with no engine attached and without their regexes' pre-checks: what a page that
 * lists packs needs (the options page), and what lib/packs/builtin.ts compiles for checking. The
 * YAML text is a lazy chunk, loaded only to export a built-in pack.
 */
import type { ReadyPack } from './ready';

/** A built-in pack as data: its regexes' pre-checks come apart (lib/packs/builtin.ts), for checking only. */
export type BuiltinPack = Omit<ReadyPack, 'prefilters'>;

const ready = import.meta.glob('../../rules/*.yaml', { query: '?ready', import: 'default', eager: true }) as Record<string, BuiltinPack>;
const sources = import.meta.glob('../../rules/*.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** The built-in packs in file order, as validated data. */
export function builtinReadyPacks(): BuiltinPack[] {
  return Object.values(ready);
}

/** Each built-in pack's YAML text by file (rules/core.yaml), in the same order as the packs. */
export async function builtinPackSources(): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(sources).map(async ([path, load]) => [path.replace('../../', ''), await load()] as const));
  return Object.fromEntries(entries);
}
