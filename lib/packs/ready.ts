/**
 * Packs in ready form: validated pack data (no YAML, no zod at run time) plus the literal
 * pre-check of each case-insensitive regex, worked out ahead of time. The built-in packs are put
 * in this form once, at build (scripts/build-packs.mjs, and in `npm test` through the same Vite
 * plugin), after every example passed; an installed pack is put in it once, when it is installed
 * (lib/storage/install.ts). Compiling a ready pack is cheap: no regex is compiled until a sentence
 * holds its literals, or until warmPack() gets to it.
 */
import { regexPrefilter, seedRegexPrefilters, type PackedPrefilter, type Re2Prefilter } from '../engine/matchers';
import { compilePack, type CompiledPack } from './compile';
import type { Pack } from './schema';

/**
 * A regex's literal pre-check (see regexPrefilter) in a compact form, by regex source: a string is
 * a literal the text must hold, ['&', ...] all of them, ['|', ...] one of them, 0 no constraint;
 * null for no pre-check at all. re2js's own objects ({type, str, subs}) are three times larger.
 */
export type Prefilters = Record<string, PackedPrefilter | null>;

/**
 * The ready form's format: a hash of the code that makes and reads it (schema, compile, matchers,
 * re2js; scripts/build-packs.mjs packFormat), set at build. An installed pack stored in another
 * format (an older engine) is checked again in full before it is used.
 */
export const PACK_FORMAT: string = typeof __NEMAWASHI_PACK_FORMAT__ === 'string' ? __NEMAWASHI_PACK_FORMAT__ : 'source';

export interface ReadyPack {
  /** Where it came from (rules/core.yaml), for messages. */
  file: string;
  id: string;
  audience: string;
  /** Validated: it passed the schema, RE2 and every example. */
  pack: Pack;
  prefilters: Prefilters;
}

/**
 * Compile a ready pack as trusted: no validation; a regex with literals to look for is compiled
 * when a sentence holds them (warmPack leaves it), one without is warmed up as before.
 */
export function compileReadyPack(ready: Pick<ReadyPack, 'pack' | 'prefilters'>): CompiledPack {
  seedRegexPrefilters(ready.prefilters);
  return compilePack(ready.pack, { trusted: true, preChecked: (source) => !!ready.prefilters[source] });
}

/** The pre-check of every case-insensitive regex of a pack (matchers and exceptions). */
export function packPrefilters(pack: Pack): Prefilters {
  const out: Prefilters = {};
  for (const rule of pack.rules) {
    for (const m of [rule.match, ...(rule.unless ?? [])]) {
      if ('regex' in m && m.regex && !m.caseSensitive) {
        const pf = regexPrefilter(m.regex);
        out[m.regex] = pf && packed(pf);
      }
    }
  }
  return out;
}

const EXACT = 1;
const AND = 2;
const OR = 3;

function packed(pf: Re2Prefilter): PackedPrefilter {
  if (pf.type === EXACT) return pf.str;
  if (pf.type === AND || pf.type === OR) return [pf.type === AND ? '&' : '|', ...(pf.subs ?? []).map(packed)];
  return 0;
}
