/**
 * The built-in packs as `check` needs them, loaded as cheaply as possible.
 *
 * Built (dist/cli/, scripts/build-cli.mjs): the packs were parsed, validated, compiled and their
 * examples run at build time; packs.json beside the built file holds the validated data, which is
 * compiled here as a trusted pack (no YAML, no zod; regexes compiled on first use). From the
 * TypeScript source (tests, tsx): the YAML is read and validated as before, compiled as trusted.
 * `pack lint` / `pack test` never come here: they always validate fully.
 */
import { readFileSync } from 'node:fs';
import type { CompiledPack } from '../packs/compile';
import type { Prefilters } from '../packs/ready';
import type { Pack } from '../packs/schema';

/** Set by esbuild in the built command line: the ready packs' file, relative to the built file. */
declare const __NEMAWASHI_READY_PACKS__: string | undefined;

export interface ReadyPack {
  file: string;
  id: string;
  audience: string;
  pack: Pack;
}

export interface ReadyPacks {
  packs: ReadyPack[];
  /** Each case-insensitive regex's literal pre-check, by source, packed (see lib/packs/ready.ts). */
  prefilters: Prefilters;
}

export async function builtinPacks(audience?: string): Promise<CompiledPack[]> {
  const wanted = (a: string) => !audience || a === audience || a === 'any';
  if (typeof __NEMAWASHI_READY_PACKS__ === 'string') {
    // packs.json holds them all; packs.<reader>.json those one reader is judged with.
    const file = audience && /^[a-z0-9-]+$/.test(audience) ? __NEMAWASHI_READY_PACKS__.replace(/\.json$/, `.${audience}.json`) : __NEMAWASHI_READY_PACKS__;
    let text: string;
    try {
      text = readFileSync(new URL(file, import.meta.url), 'utf8');
    } catch (e) {
      if (file !== __NEMAWASHI_READY_PACKS__ && (e as NodeJS.ErrnoException).code === 'ENOENT') return []; // no built-in pack for this reader
      throw e;
    }
    const ready = JSON.parse(text) as ReadyPacks;
    const [{ compilePack }, { seedRegexPrefilters }] = await Promise.all([import('../packs/compile'), import('../engine/matchers')]);
    seedRegexPrefilters(ready.prefilters);
    return ready.packs.filter((p) => wanted(p.audience)).map((p) => compilePack(p.pack, { trusted: true }));
  }
  const { loadBuiltinPacksFromDisk } = await import('./builtins');
  return loadBuiltinPacksFromDisk(audience, { trusted: true });
}
