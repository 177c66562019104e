/**
 * The one place that imports compromise. Everything NLP the engine needs goes through here:
 * tagging a sentence, running a match pattern with offsets, checking tags, conjugating verbs.
 */
import nlp from 'compromise';
import { RE2JS } from 're2js';

export type Doc = ReturnType<typeof nlp>;

export interface NlpSpan {
  start: number;
  end: number;
  groups: Record<string, { start: number; end: number }>;
}

/** Tag a piece of text (one sentence, usually). */
export function parse(text: string): Doc {
  return nlp(text);
}

interface ParsedToken {
  word?: string;
  regex?: { test(s: string): boolean; source?: string };
  tag?: string;
  optional?: boolean;
  negative?: boolean;
  fastOr?: Set<string>;
  choices?: ParsedToken[][];
  operator?: string;
  start?: boolean;
}

const world = nlp.world() as unknown as {
  model: { one: { tagSet: Record<string, unknown>; lexicon: Record<string, string | string[]> } };
};
const tagSet = world.model.one.tagSet;
const lexicon = world.model.one.lexicon;

/** Names a group may not have: they would reach an object's prototype in templates. */
export const RESERVED_GROUP_NAMES = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * A pattern, parsed once, whose `/regex/` tokens run on RE2 (linear time) instead of the native
 * engine compromise would compile them with: a pack's pattern can no longer hang a check.
 */
export interface PreparedPattern {
  readonly source: string;
  readonly tokens: readonly ParsedToken[];
}

function walkTokens(tokens: readonly ParsedToken[], visit: (t: ParsedToken) => void): void {
  for (const t of tokens) {
    visit(t);
    t.choices?.forEach((c) => walkTokens(c, visit));
  }
}

/** A regex token's body, compiled by RE2 as compromise would use it (a search in one word). */
function re2Token(body: string): { test(s: string): boolean; source: string } {
  const re = RE2JS.compile(body, 0);
  return { test: (s: string) => re.test(s), source: body };
}

/**
 * Parse a pattern and swap each regex token for an RE2 one. Throws with the reason when the
 * pattern cannot be parsed or a regex token is not RE2 syntax (backreferences, lookaround).
 */
export function preparePattern(pattern: string): PreparedPattern {
  const problems = checkPattern(pattern);
  if (problems.length) throw new Error(problems.join('; '));
  const tokens = nlp.parseMatch(pattern) as ParsedToken[];
  walkTokens(tokens, (t) => {
    if (t.regex) t.regex = re2Token((t.regex as RegExp).source);
  });
  return { source: pattern, tokens };
}

/** Problems with a compromise match pattern (unknown tags, unbalanced brackets, a regex token RE2 refuses), or []. */
export function checkPattern(pattern: string): string[] {
  const problems: string[] = [];
  const opens = (pattern.match(/[([]/g) ?? []).length;
  const closes = (pattern.match(/[)\]]/g) ?? []).length;
  if (opens !== closes) problems.push('unbalanced brackets');
  let tokens: ParsedToken[];
  try {
    tokens = nlp.parseMatch(pattern) as ParsedToken[];
  } catch (e) {
    return [`cannot parse pattern: ${(e as Error).message}`];
  }
  walkTokens(tokens, (t) => {
    if (t.tag && !(t.tag in tagSet)) problems.push(`unknown tag #${t.tag}`);
    if (t.regex) {
      const body = (t.regex as RegExp).source;
      try {
        RE2JS.compile(body, 0);
      } catch (e) {
        problems.push(`regex token /${body}/ is not RE2 syntax (linear time; no backreferences or lookaround): ${(e as Error).message}`);
      }
    }
  });
  for (const name of patternGroups(pattern)) {
    if (RESERVED_GROUP_NAMES.has(name)) problems.push(`a group may not be named ${name}`);
  }
  if (tokens.length === 0) problems.push('empty pattern');
  return problems;
}

/** Named groups `[<name>...]` declared in a pattern. */
export function patternGroups(pattern: string): string[] {
  return [...pattern.matchAll(/\[<([A-Za-z_][\w-]*)>/g)].map((m) => m[1]);
}

/**
 * Literal words a sentence must contain for the pattern to have a chance to match: for each
 * non-optional token, the set of words it accepts (one of them must be present). Tag-only tokens
 * give no requirement. Used to skip tagging sentences that cannot match.
 */
export function requiredWords(pattern: string): string[][] {
  let tokens: ParsedToken[];
  try {
    tokens = nlp.parseMatch(pattern) as ParsedToken[];
  } catch {
    return [];
  }
  const req: string[][] = [];
  for (const t of tokens) {
    if (t.optional || t.negative) continue;
    if (t.word) req.push([t.word.toLowerCase()]);
    else if (t.fastOr && t.fastOr.size > 0) req.push([...t.fastOr].map((w) => String(w).toLowerCase()));
    else if (t.choices && t.choices.every((c) => c.length > 0 && c[0].word && !c[0].optional)) {
      req.push(t.choices.map((c) => c[0].word!.toLowerCase()));
    }
  }
  return req;
}

type TermOffset = { offset: { start: number; length: number }; post: string };
type OffsetJson = { terms: TermOffset[] }[];

/** Any compromise view (a doc, a match, a group). */
interface View {
  json(options: object): unknown;
}

/**
 * Each match's span: from its first word to the end of its last word and the punctuation stuck to
 * it ("go!!", "ba)"). Read from the terms: the match-level offset's length counts the first
 * word's leading punctuation too, so ".ba" or "-- send it, now" gave a span past the match
 * (past the end of the text, even), found by tests/unit/fuzz.test.ts.
 */
function spans(view: View): { start: number; end: number }[] {
  return (view.json({ offset: true, text: false, terms: { offset: true } }) as OffsetJson).flatMap((j) => {
    const first = j.terms[0];
    const last = j.terms[j.terms.length - 1];
    if (!first || !last) return [];
    return [{ start: first.offset.start, end: last.offset.start + last.offset.length + last.post.replace(/\s+$/, '').length }];
  });
}

/** All matches of a pattern in a parsed doc, with offsets relative to the doc's text. */
export function matchPattern(doc: Doc, pattern: PreparedPattern, groupNames: string[]): NlpSpan[] {
  // compromise takes a parsed pattern as is (its regex tokens are the RE2 ones from preparePattern).
  const found = doc.match(pattern.tokens as unknown as string);
  if (!found.found) return [];
  const out: NlpSpan[] = spans(found).map((s) => ({ ...s, groups: {} }));
  for (const name of groupNames) {
    const g = found.groups(name) as unknown as (View & { found: boolean }) | undefined;
    if (!g?.found) continue;
    for (const gs of spans(g)) {
      const owner = out.find((m) => m.start <= gs.start && gs.end <= m.end && !m.groups[name]);
      if (owner) owner.groups[name] = gs;
    }
  }
  return out;
}

/**
 * For each text, the span of the first match of a match pattern (anchor it with `^` to ask about
 * the opening), or null. All texts are tagged in one compromise call: tagging has a fixed cost
 * per call, and a draft asks this of many sentence openings at once.
 */
export function firstMatches(texts: readonly string[], pattern: string): ({ start: number; end: number } | null)[] {
  if (texts.length === 0) return [];
  if (texts.length > 1) {
    // One document, one line per text; each text must come back as exactly one sentence.
    const joined = texts.map((h) => h.replace(/[.!?\n]+/g, ' ')).join('.\n');
    const sentences = nlp(joined).sentences();
    if (sentences.length === texts.length) {
      const out: ({ start: number; end: number } | null)[] = [];
      let base = 0;
      for (let i = 0; i < texts.length; i++) {
        const m = sentences.eq(i).match(pattern);
        const span = m.found ? spans(m)[0] : undefined;
        out.push(span ? { start: span.start - base, end: span.end - base } : null);
        base += texts[i].length + 2;
      }
      return out;
    }
  }
  return texts.map((h) => {
    const m = nlp(h).match(pattern);
    return m.found ? (spans(m)[0] ?? null) : null;
  });
}

export type VerbForm = 'infinitive' | 'gerund' | 'past' | 'present' | 'participle';

const VERB_TAGS = new Set(['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle', 'Verb', 'PhrasalVerb', 'Imperative']);
const AUXILIARY = /^(?:(?:have|has|had|will|would|to|be|been|being|am|is|are|was|were)\s+)+/i;
type TransformVerb = {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(inf: string, model: unknown): Record<string, string>;
};
const verbTransform = (nlp.world() as unknown as { methods: { two: { transform: { verb: TransformVerb } } } }).methods.two.transform.verb;

/** Every tag the lexicon gives a word (no tagging: a lookup), or [] for an unknown word. */
export function lexiconTags(word: string): string[] {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** The lexicon's first tag for a word (no tagging: a lookup), or undefined for an unknown word. */
export function lexiconTag(word: string): string | undefined {
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? undefined : Array.isArray(tag) ? tag[0] : tag;
}

/** Does compromise's lexicon know this word at all (an English word rather than a name or code)? */
export function knownWord(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined;
}

/** Does the lexicon know this word as a verb form ("send", "sent", "reviewing")? No tagging. */
export function knownVerb(word: string): boolean {
  return lexiconTags(word).some((t) => VERB_TAGS.has(t));
}

/** Could this word be a verb form? (Unknown words could.) From the lexicon alone, no tagging. */
export function mayBeVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.some((t) => VERB_TAGS.has(t));
}

function tenseOf(word: string): string {
  const tags = lexiconTags(word);
  if (word.toLowerCase() === 'done') return 'Participle';
  for (const t of ['Gerund', 'PastTense', 'Participle', 'PresentTense', 'Infinitive']) if (tags.includes(t)) return t;
  if (/ing$/i.test(word)) return 'Gerund';
  if (/ed$/i.test(word)) return 'PastTense';
  if (/[^s]s$/i.test(word)) return 'PresentTense';
  return 'Infinitive';
}

/**
 * Conjugate the verb a short phrase opens with (auxiliaries dropped):
 * ("have sent the file", infinitive) -> "send the file"; ("review it", gerund) -> "reviewing it".
 * Uses compromise's verb conjugation directly on the word (microseconds, no tagging); phrases
 * that do not open with a verb are tagged to find it.
 */
const SAME_IN_PAST = new Set('put cut set let hit cost shut spread read quit hurt cast burst bet split shed rid fit'.split(' '));
const FORM_OF_TENSE: Record<string, VerbForm> = { Infinitive: 'infinitive', Gerund: 'gerund', PastTense: 'past', PresentTense: 'present', Participle: 'participle' };

/** Regular past: skip -> skipped, plan -> planned, agree -> agreed, copy -> copied, fix -> fixed. */
function regularPast(inf: string): string {
  if (/e$/.test(inf)) return `${inf}d`;
  if (/[^aeiou]y$/.test(inf)) return `${inf.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(inf)) return `${inf}${inf.slice(-1)}ed`;
  return `${inf}ed`;
}

/** The form asked for from compromise's conjugation table. */
function formOf(forms: Record<string, string>, form: VerbForm): string | undefined {
  const inf = forms.Infinitive;
  // compromise leaves some regular verbs unchanged in the past ("skip"): derive those.
  const past = forms.PastTense && (forms.PastTense !== inf || SAME_IN_PAST.has(inf)) ? forms.PastTense : inf && regularPast(inf);
  return { infinitive: inf, gerund: forms.Gerund, past, present: forms.PresentTense, participle: forms.Participle ?? past }[form];
}

export function conjugate(phrase: string, form: VerbForm): string {
  const aux = AUXILIARY.exec(phrase)?.[0] ?? '';
  const word = /^[\p{L}'’-]+/u.exec(phrase.slice(aux.length))?.[0];
  if (word && (lexiconTags(word).some((t) => VERB_TAGS.has(t)) || word.toLowerCase() === 'done' || /(?:ed|ing)$/i.test(word))) {
    const tense = tenseOf(word);
    // Already in the form asked for ("skipped", past): keep the writer's word.
    if (FORM_OF_TENSE[tense] === form && !aux) return phrase;
    const inf = verbTransform.toInfinitive(word.toLowerCase(), world.model, tense);
    const target = formOf(verbTransform.conjugate(inf, world.model), form);
    if (target) {
      const cased = /^\p{Lu}/u.test(phrase) ? target.charAt(0).toUpperCase() + target.slice(1) : target;
      return cased + phrase.slice(aux.length + word.length);
    }
  }
  const tagged = conjugateTagged(phrase, form);
  if (tagged !== phrase || !word) return tagged;
  // The template asked for a verb form: read a word the tagger calls a noun ("skip") as a verb.
  const target = formOf(verbTransform.conjugate(word.toLowerCase(), world.model), form);
  if (!target) return phrase;
  const cased = /^\p{Lu}/u.test(phrase) ? target.charAt(0).toUpperCase() + target.slice(1) : target;
  return phrase.slice(0, aux.length) + cased + phrase.slice(aux.length + word.length);
}

function conjugateTagged(phrase: string, form: VerbForm): string {
  const verb = nlp(phrase).verbs().first() as unknown as { found: boolean; conjugate(): Record<string, string>[]; text(f: string): string };
  if (!verb.found) return phrase;
  const forms = verb.conjugate()[0];
  if (!forms) return phrase;
  const target = formOf(forms, form);
  const spanText = verb.text('normal');
  const at = phrase.toLowerCase().indexOf(spanText.toLowerCase());
  if (!target || at === -1) return phrase;
  const replaced = /^\p{Lu}/u.test(phrase.slice(at)) ? target.charAt(0).toUpperCase() + target.slice(1) : target;
  return phrase.slice(0, at) + replaced + phrase.slice(at + spanText.length);
}
