/**
 * The clarity guard: softening must not lose the ask. A suggestion that drops the date or time,
 * the owner ("you", a name) or every action verb of the span it replaces is withheld; and the
 * draft gets a clarity score (is there a clear request, with a when, without stacked hedges?).
 */
import { conjugate, knownVerb, mayBeVerb, parse } from '../nlp';
import { escapeRegExp } from '../util/escape-regexp';
import { CUSHION, HEDGE, JUST, lowerCue, REQUEST } from './lexicon';

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** Dates and times, the "when" of an ask. */
export const WHEN = new RegExp(
  [
    `\\b${DAY}s?\\b`,
    '\\b(?:today|tonight|tomorrow|noon|midnight|eod|eow|cob|eom)\\b',
    '\\b(?:this|next|coming) (?:week|month|quarter|year|sprint)\\b',
    '\\bend of (?:the )?(?:day|week|month|quarter|year|sprint)\\b',
    `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b`,
    '\\b\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?\\b',
    '\\b\\d{1,2}\\s*(?:am|pm)\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b',
    '\\bq[1-4]\\b',
    '\\bthe \\d{1,2}(?:st|nd|rd|th)\\b',
    '\\bin \\d+ (?:minutes|hours|days|weeks)\\b',
  ].join('|'),
  'gi',
);
const OWNER = /\b(?:you|your|we|us|our|let's|everyone|the team|\p{Lu}\p{Ll}+-san)\b/giu;
/** Verbs that carry the pressure rather than the ask: they may go when an order becomes a request. */
const CARRIER_VERBS = new Set([
  'need', 'have', 'want', 'expect', 'make', 'must', 'should', 'be', 'do', 'fail', 'require', 'insist', 'demand',
  'order', 'tell', 'ask', 'decide', 'go', 'get', 'will', 'can', 'could', 'would', 'drop', 'stop', 'hear', 'care', 'ensure',
]);
/** The lexicon's hedges and "just", counted: two in a sentence are stacked softeners. */
const HEDGES = new RegExp(`${HEDGE.source}|${JUST.source}`, 'g');
const VAGUE_OWNER = /\b(?:someone|somebody|anyone|at some point|whenever|sometime|some time)\b/i;

const words = (s: string) => s.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const all = (re: RegExp, s: string) => {
  re.lastIndex = 0; // matchAll starts where the last test() left off
  return [...s.matchAll(re)].map((m) => normal(m[0]));
};

/** Action verbs (infinitives) of a text; memoised: a full parse + verbs().json() costs milliseconds. */
const actionCache = new Map<string, string[]>();
function actions(text: string): string[] {
  const hit = actionCache.get(text);
  if (hit) return hit;
  const verbs = parse(text).verbs().json() as { verb?: { infinitive?: string } }[];
  const out = verbs
    .map((v) => (v.verb?.infinitive ?? '').toLowerCase().replace(/^to\s+/, '').split(/\s+/)[0])
    .filter((v) => v && !CARRIER_VERBS.has(v));
  if (actionCache.size >= 2000) actionCache.delete(actionCache.keys().next().value!);
  actionCache.set(text, out);
  return out;
}

/** Forget memoised parses (analyze's clearCaches() calls this, for cold timings). */
export function clearActionCache(): void {
  actionCache.clear();
}

/** Is this text (a span, a sentence) a request or an order? The lexicon's REQUEST, on any case. */
export function isRequest(text: string): boolean {
  return REQUEST.test(lowerCue(text));
}
/** The lexicon's cushions, all of them ("at your convenience", "thank you"), on the original's case. */
const CUSHIONS = new RegExp(CUSHION.source, 'gi');

/** "update" is kept in "updating", "send" in "sends": a verb survives in any of its forms. */
function survives(verb: string, after: string): boolean {
  const stem = verb.length > 3 ? verb.replace(/e$/, '') : verb;
  return new RegExp(`\\b${escapeRegExp(stem)}`).test(after);
}

/**
 * Does `suggestion` keep the ask of `original`? Dates and times must always survive. For a
 * request or an order ("You need to send...", "Send..."), the owner and at least one action verb
 * must survive too; other spans (a blunt "You're wrong.") may be reworded freely.
 */
export function keepsAsk(original: string, suggestion: string, request = isRequest(original)): boolean {
  const after = normal(suggestion);
  for (const w of all(WHEN, original)) if (!after.includes(w)) return false;
  if (!request) return true;
  const owners = all(OWNER, original.replace(CUSHIONS, ' '));
  if (owners.length && all(OWNER, suggestion).length === 0) return false;
  // Cheap path: when every word the suggestion dropped is plainly not a verb, the action is intact.
  const kept = new Set(words(after));
  const dropped = words(original).filter((w) => !kept.has(w) && !CARRIER_VERBS.has(w));
  if (!dropped.some(mayBeVerb)) return true;
  // A verb the lexicon knows that survives in some form settles it without tagging (the usual case).
  const known = words(original).filter((w) => knownVerb(w) && !CARRIER_VERBS.has(w));
  if (known.some((v) => survives(v, after) || survives(conjugate(v, 'infinitive'), after))) return true;
  const verbs = actions(original);
  if (verbs.length && !verbs.some((v) => survives(v, after))) {
    // Parse the suggestion only when no action verb survives verbatim (the usual case needs no parse).
    const keptVerbs = new Set(actions(suggestion));
    if (!verbs.some((v) => keptVerbs.has(v))) return false;
  }
  return true;
}

export interface ClarityCues {
  when: boolean;
  hedges: number;
  vagueOwner: boolean;
}

export function clarityCues(lowerSentence: string): ClarityCues {
  return {
    when: all(WHEN, lowerSentence).length > 0,
    hedges: (lowerSentence.match(HEDGES) ?? []).length,
    vagueOwner: VAGUE_OWNER.test(lowerSentence),
  };
}

/**
 * 0-100: is the ask clear? Full marks for a draft with a request that says when; points off for
 * a long draft with no request at all, a request with no when, stacked hedges, a vague owner.
 */
export function computeClarity(
  sentences: readonly { cues: { request: boolean; question: boolean; words: number } & ClarityCues }[],
): number {
  if (sentences.length === 0) return 100;
  const words = sentences.reduce((n, s) => n + s.cues.words, 0);
  const requests = sentences.filter((s) => s.cues.request);
  let score = 100;
  if (requests.length === 0) {
    if (sentences.length >= 3 && words >= 30 && !sentences.some((s) => s.cues.question)) score -= 40;
  } else if (!requests.some((s) => s.cues.when)) score -= 20;
  score -= Math.min(30, 10 * sentences.filter((s) => s.cues.hedges >= 2).length);
  score -= Math.min(30, 15 * sentences.filter((s) => s.cues.vagueOwner).length);
  return Math.max(0, score);
}
