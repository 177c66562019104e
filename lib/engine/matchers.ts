/**
 * Turning a rule's matcher (phrases, compromise pattern, regular expression, detector) into a
 * function over one sentence. Compiled once per pack. Pack regexes run on RE2 (re2js): linear
 * time whatever the pattern, so a shared pack cannot hang the page (scripts/bench-hostile.ts
 * measures backtracking-prone patterns).
 */
import { RE2JS } from 're2js';
import { escapeRegExp } from '../util/escape-regexp';
import { matchPattern, patternGroups, preparePattern, RESERVED_GROUP_NAMES, requiredWords, type PreparedPattern } from '../nlp';
import type { SentenceContext } from './context';
import { SENTENCE_DETECTORS } from './detectors';

export interface Span {
  start: number;
  end: number;
}
/** A match inside one sentence; offsets are relative to the sentence. */
export interface RawMatch extends Span {
  groups: Record<string, Span>;
}

export interface CompiledMatcher {
  /** Names usable in suggestion templates besides match/rest. */
  groups: string[];
  /** Do the costly part of compiling now rather than on first use (lazy matchers only). */
  warm?: () => void;
  find(ctx: SentenceContext): RawMatch[];
}

export class MatcherError extends Error {}

/** Phrases become one native regex of literal alternatives: no nested quantifiers, so it is safe. */
export function compilePhrases(phrases: string[], caseSensitive = false): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()))].sort((a, b) => b.length - a.length);
  // Word boundaries that understand letters beyond ASCII; a phrase that starts or ends with
  // punctuation ("!!!") needs no boundary on that side.
  const body = unique
    .map((p) => {
      const literal = p
        .split(/\s+/)
        .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"))
        .join('\\s+');
      const pre = /^[\p{L}\p{N}_]/u.test(p) ? '(?<![\\p{L}\\p{N}_])' : '';
      const post = /[\p{L}\p{N}_]$/u.test(p) ? '(?![\\p{L}\\p{N}_])' : '';
      return `${pre}${literal}${post}`;
    })
    .join('|');
  return new RegExp(body, caseSensitive ? 'gu' : 'giu');
}

function phraseMatcher(phrases: string[], caseSensitive?: boolean): CompiledMatcher {
  const re = compilePhrases(phrases, caseSensitive);
  return {
    groups: [],
    find(ctx) {
      re.lastIndex = 0;
      const out: RawMatch[] = [];
      for (const m of ctx.text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, groups: {} });
      return out;
    },
  };
}

/** Named groups `(?P<name>...)` / `(?<name>...)` of a regex, read from its source. */
function regexGroupNames(source: string): string[] {
  return [...source.matchAll(/\(\?P?<([A-Za-z_]\w*)>/g)].map((m) => m[1]);
}

interface PreparedRegex {
  re: RE2JS | null;
  guard: Guard | null;
}

function prepareRegex(source: string, caseSensitive?: boolean, knownGuard?: Guard | null): PreparedRegex {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    throw new MatcherError(`invalid regular expression: ${(e as Error).message}`);
  }
  const reserved = regexGroupNames(source).find((n) => RESERVED_GROUP_NAMES.has(n));
  if (reserved) throw new MatcherError(`a group may not be named ${reserved}`);
  if (re.matcher('').find()) {
    // Matches the empty string everywhere: it would flag every sentence.
    throw new MatcherError('regular expression matches empty text');
  }
  return { re, guard: caseSensitive ? null : knownGuard !== undefined ? knownGuard : literalGuard(source) };
}

/**
 * Literal pre-checks worked out ahead of time (scripts/build-cli.mjs stores them with the built-in
 * packs; see regexPrefilter): with one known, a lazy regex is compiled only when a sentence holds
 * its literals, so a check of a short draft compiles only the few regexes that may match.
 */
const knownPrefilters = new Map<string, PackedPrefilter | null>();

/** The literal pre-check of a case-insensitive regex, as data (JSON), or null for none. */
export function regexPrefilter(source: string): Re2Prefilter | null {
  try {
    const pf = (RE2JS.compile(source, 0) as unknown as { re2Input?: { prefilter?: Re2Prefilter | null } }).re2Input?.prefilter;
    return pf ?? null;
  } catch {
    return null;
  }
}

/**
 * A pre-check in the compact form ready packs store (lib/packs/ready.ts): a string is a literal
 * the text must hold, ['&', ...] all of them, ['|', ...] one of them, 0 no constraint.
 */
export type PackedPrefilter = string | 0 | ['&' | '|', ...PackedPrefilter[]];

/**
 * Pre-checks from regexPrefilter(), packed, by regex source, for regexes compiled lazily from now
 * on. Each becomes a guard function only when its regex is first asked about.
 */
export function seedRegexPrefilters(table: Record<string, PackedPrefilter | null>): void {
  for (const [source, pf] of Object.entries(table)) knownPrefilters.set(source, pf);
}

/**
 * A regex matcher. Compiling to RE2 is the costly part of loading a pack, so a trusted pack
 * (built in, or checked when it was installed) compiles each regex on first use, or ahead of
 * time in small steps through `warm()`; an untrusted one is compiled, and so checked, at once.
 */
function regexMatcher(source: string, caseSensitive: boolean | undefined, lazy: boolean): CompiledMatcher {
  let prepared = lazy ? undefined : prepareRegex(source, caseSensitive);
  const groups = regexGroupNames(source);
  const known = lazy && !caseSensitive && knownPrefilters.has(source) ? knownPrefilters.get(source)! : undefined;
  // The known pre-check becomes a function on first use: most regexes of a pack are exceptions,
  // which run only where their rule matched, so most checks never need theirs.
  let knownGuard: Guard | null | undefined; // undefined: not made yet
  const guardKnown = () => {
    if (known === undefined) return undefined;
    if (knownGuard === undefined) knownGuard = known === null ? null : guardOf(known);
    return knownGuard;
  };
  // A trusted pack was checked before; should one of its regexes still fail to compile, that rule
  // stays silent rather than breaking the whole check.
  const prepare = () => {
    if (!prepared) {
      try {
        prepared = prepareRegex(source, caseSensitive, guardKnown());
      } catch {
        prepared = { re: null, guard: null };
      }
    }
    return prepared;
  };
  return {
    groups,
    warm: prepare,
    find(ctx) {
      // Not compiled yet and its literals absent: no match, and no need to compile it.
      if (!prepared) {
        const guard = guardKnown();
        if (guard && !guard(foldedLower(ctx.text))) return [];
      }
      const { re, guard } = prepare();
      if (!re || (guard && !guard(foldedLower(ctx.text)))) return [];
      const m = re.matcher(ctx.text);
      const out: RawMatch[] = [];
      let from = 0;
      while (from <= ctx.text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        const g: RawMatch['groups'] = {};
        for (const name of groups) {
          const gs = m.start(name);
          if (gs >= 0) g[name] = { start: gs, end: m.end(name) };
        }
        if (end > start) out.push({ start, end, groups: g });
        from = end > start ? end : end + 1;
      }
      return out;
    },
  };
}

/**
 * A literal pre-check for case-insensitive pack regexes (a speed-up only; results are unchanged).
 * re2js skips its own literal prefilter when a regex folds case, so every sentence paid for a full
 * RE2 run. Here the prefilter re2js builds for the case-SENSITIVE form of the same pattern (an
 * AND/OR tree of literals some match must contain) is checked on the lower-cased sentence with
 * lower-cased literals. Sound: a case-folded match contains, at each literal, characters that fold
 * to it, and lower-casing maps those to the same ASCII letters (long s and the Kelvin sign
 * included, see foldedLower). Literals with non-ASCII characters are not used (they count as
 * "may match"). Reads re2js's internal `re2Input.prefilter`; if a version lacks it, no guard.
 */
export interface Re2Prefilter {
  type: number; // 0 NONE, 1 EXACT, 2 AND, 3 OR
  str: string;
  subs: Re2Prefilter[];
}
type Guard = (lower: string) => boolean;

function literalGuard(source: string): Guard | null {
  try {
    const pf = (RE2JS.compile(source, 0) as unknown as { re2Input?: { prefilter?: Re2Prefilter | null } }).re2Input?.prefilter;
    return pf ? guardOf(pf) : null;
  } catch {
    return null;
  }
}

/** A pre-check in either form, read the same way: its kind, its literal (EXACT), its parts (AND, OR). */
function prefilterNode(pf: Re2Prefilter | PackedPrefilter): { type: number; str: string; subs: readonly (Re2Prefilter | PackedPrefilter)[] } {
  if (typeof pf === 'string') return { type: 1, str: pf, subs: [] };
  if (pf === 0) return { type: 0, str: '', subs: [] };
  if (Array.isArray(pf)) return { type: pf[0] === '&' ? 2 : 3, str: '', subs: pf.slice(1) as PackedPrefilter[] };
  return pf;
}

/** null = "may match" (no constraint). */
function guardOf(prefilter: Re2Prefilter | PackedPrefilter): Guard | null {
  const pf = prefilterNode(prefilter);
  switch (pf.type) {
    case 1: {
      if (!/^[\x00-\x7f]+$/.test(pf.str)) return null;
      const lit = pf.str.toLowerCase();
      return (s) => s.includes(lit);
    }
    case 2: {
      const subs = pf.subs.map(guardOf).filter((g): g is Guard => g !== null);
      if (subs.length === 0) return null;
      return (s) => subs.every((g) => g(s));
    }
    case 3: {
      // Only literals: one native regex of escaped alternatives (no quantifiers, so no
      // backtracking risk), much cheaper than one includes() per alternative.
      const parts = pf.subs.map(prefilterNode);
      if (parts.length > 1 && parts.every((x) => x.type === 1 && /^[\x00-\x7f]+$/.test(x.str))) {
        const any = new RegExp(parts.map((x) => escapeRegExp(x.str.toLowerCase())).join('|'));
        return (s) => any.test(s);
      }
      const subs = pf.subs.map(guardOf);
      if (subs.length === 0 || subs.some((g) => g === null)) return null;
      return (s) => (subs as Guard[]).some((g) => g(s));
    }
    default:
      return null;
  }
}

let lastText = '';
let lastLower = '';
/** Lower case, with the two non-ASCII letters that case-fold to ASCII ones mapped too (ſ -> s; K -> k by toLowerCase). */
function foldedLower(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase().replace(/\u017f/g, 's');
  }
  return lastLower;
}

function patternMatcher(pattern: string): CompiledMatcher {
  let prepared: PreparedPattern;
  try {
    prepared = preparePattern(pattern);
  } catch (e) {
    throw new MatcherError((e as Error).message);
  }
  const groups = patternGroups(pattern);
  const required = requiredWords(pattern).filter((alts) => alts.every((w) => !w.includes("'")));
  return {
    groups,
    find(ctx) {
      // Tag the sentence only when every literal word the pattern needs is there.
      const words = ctx.words;
      if (!required.every((alts) => alts.some((w) => words.has(w)))) return [];
      return matchPattern(ctx.doc, prepared, groups);
    },
  };
}

export function compileMatcher(
  m: {
    phrases?: string[];
    pattern?: string;
    regex?: string;
    detector?: string;
    caseSensitive?: boolean;
  },
  lazy = false,
): CompiledMatcher {
  if (m.phrases) return phraseMatcher(m.phrases, m.caseSensitive);
  if (m.regex) return regexMatcher(m.regex, m.caseSensitive, lazy);
  if (m.pattern) return patternMatcher(m.pattern);
  if (m.detector) {
    const d = SENTENCE_DETECTORS[m.detector as keyof typeof SENTENCE_DETECTORS];
    if (d) return d;
    throw new MatcherError(`detector ${m.detector} judges the whole draft`);
  }
  throw new MatcherError('no matcher');
}

export type ExceptionWhere = 'sentence' | 'before' | 'after' | 'match';

export interface CompiledException {
  test(ctx: SentenceContext, match: Span): boolean;
  warm?: () => void;
}

export function compileException(
  e: {
    phrases?: string[];
    pattern?: string;
    regex?: string;
    question?: true;
    softened?: true;
    caseSensitive?: boolean;
    where?: ExceptionWhere;
  },
  lazy = false,
): CompiledException {
  const where = e.where ?? 'sentence';
  if (e.question) return { test: (ctx) => ctx.isQuestion };
  if (e.softened) return { test: (ctx) => ctx.isSoftened };
  const inner = compileMatcher(e, lazy);
  return {
    warm: inner.warm,
    test(ctx, match) {
      if (where === 'sentence') return inner.find(ctx).length > 0;
      const [from, to] = where === 'before' ? [0, match.start] : where === 'after' ? [match.end, ctx.text.length] : [match.start, match.end];
      const sub = ctx.text.slice(from, to);
      if (!sub.trim()) return false;
      return inner.find(subContext(ctx, sub, from, to)).length > 0;
    },
  };
}

/** A context over part of a sentence, for exceptions that look before or after the match. */
function subContext(ctx: SentenceContext, text: string, from: number, to: number): SentenceContext {
  const Ctor = ctx.constructor as new (t: string, o: string) => SentenceContext;
  return new Ctor(text, ctx.original.slice(from, to));
}

