/**
 * A sentence that opens with a bare command ("Send me the numbers by noon."): the imperative
 * mood, told apart from nouns and greetings by compromise's tagger. Only sentences whose first
 * word could be a verb are tagged at all. Capture `verb`: the command verb.
 *
 * Every heuristic of the imperative lives here: which first words could be a command
 * (couldBeImperative), which are one from the lexicon alone (plainCommand), which commands are
 * courtesies ("let me know", "have a great trip"), and the one batched tagging call.
 */
import { firstMatches, lexiconTags } from '../../nlp';
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

/** Lexicon tags that rule out a verb in the imperative (the base form): "I", "the", "thanks", "sent". */
const NOT_A_VERB = new Set([
  'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adjective', 'Expression', 'QuestionWord',
  'Modal', 'Copula', 'Adverb', 'Value', 'PastTense', 'Gerund', 'PresentTense', 'Possessive', 'Negative',
  'Auxiliary', 'ProperNoun', 'FirstName', 'Month', 'WeekDay', 'Date', 'Plural', 'Actor',
  'FemaleName', 'MaleName', 'Person', 'Place', 'Country', 'City', 'Organization', 'Honorific', 'Currency',
]);
const NOT_AN_LY_VERB = /^(?:apply|reply|supply|rely|fly|ally|tally|rally|bully|multiply|comply|imply|dally)$/;

/**
 * A cheap guess, from the lexicon alone, whether a sentence-initial word could be a verb in the
 * imperative: words the lexicon knows only as non-verbs ("I", "the", "thanks") are ruled out, so
 * most sentences are never tagged. Unknown words could be verbs, unless they end in -ly.
 */
export function couldBeImperative(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z-]*$/.test(w)) return false;
  const tags = lexiconTags(w);
  if (tags.length === 0) return !/ly$/.test(w) || NOT_AN_LY_VERB.test(w);
  return tags.some((t) => !NOT_A_VERB.has(t));
}

const OBJECT_START = new Set(
  'me us him her them it the a an this that these those your our my his their all some any everyone everybody everything sure up out off back down over ahead together'.split(' '),
);

/**
 * A command decided from the lexicon alone, without tagging: a word compromise knows only as a
 * verb's base form ("send", "fix", "update"), followed by an object or particle ("me", "the",
 * "up"). Returns true (a command), or undefined when only tagging can tell ("Review the doc" -
 * review is also a noun; "Update: the build is green").
 */
export function plainCommand(first: string, second: string | undefined): true | undefined {
  const tags = lexiconTags(first);
  if (tags.length !== 1 || tags[0] !== 'Infinitive' || !second) return undefined;
  return OBJECT_START.has(second.toLowerCase()) ? true : undefined;
}

/**
 * What may come before the verb: discourse openers ("So", "Also,"), a vocative with its comma
 * ("Kenji, "), or a short time or condition phrase with its comma ("Before Thursday's review, ").
 */
const LEAD_IN =
  /^\W*(?:(?:so|also|and|then|now|ok|okay|alright|again|finally|first|next|lastly)\b,?\s+|(?:guys|team|all|everyone|folks|\p{Lu}\p{Ll}+),\s+|(?:before|after|by|on|at|in|during|tomorrow|today|tonight|this|next|once|when|while|until)\b[^,.!?]{0,40},\s+)+/iu;

/** Imperatives that are courtesies or care, not orders. */
const COURTESY =
  /^(?:let (?:me|us) know|let's|thank|feel free|enjoy|welcome|have (?:a|an|fun)\b|hope|take care|take it easy|take (?:a|the|some) (?:break|rest|day|time|breather)|get some (?:rest|sleep)|rest up|go home|drive safe|travel safe|keep up|excuse|pardon|forgive|congratulat|rest assured|don['’]t (?:hesitate|worry)|do not (?:hesitate|worry)|see you|good luck|bear with|stay (?:safe|tuned|warm|dry|healthy)|sleep well|get well|say hi|imagine|cheers|happy|fingers crossed|find attached|see (?:attached|below|above)|break a leg|knock (?:'em|them) dead|go get (?:'em|them)|keep (?:it|them) coming|keep going|hang in there)/i;

/** Care for the reader anywhere in the sentence ("Make sure you get some rest") is not an order. */
const CARE = /\b(?:get some (?:rest|sleep)|take (?:it easy|care of yourself|a break|the day off)|rest up|have (?:fun|a (?:great|good|nice|lovely))|enjoy (?:it|the|your))\b/i;

/**
 * The opening a command verb would be in: offset after any lead-in, and the first 8 words; or
 * `verb` when the lexicon alone settles it ("Send me ...").
 */
export function imperativeCandidate(
  ctx: SentenceContext,
): { offset: number; head: string; verb?: { start: number; end: number } } | null {
  if (ctx.isQuestion) return null;
  const offset = LEAD_IN.exec(ctx.text)?.[0].length ?? /^\W*/.exec(ctx.text)![0].length;
  const rest = ctx.text.slice(offset);
  const [first, second] = /^([\p{L}']+)(?:\s+([\p{L}']+))?/u.exec(rest)?.slice(1) ?? [];
  if (!first || !couldBeImperative(first) || COURTESY.test(rest) || CARE.test(rest)) return null;
  if (plainCommand(first, second)) return { offset, head: '', verb: { start: offset, end: offset + first.length } };
  // The first words are enough to tell a command from a statement, at a fraction of the cost.
  return { offset, head: /^(?:\S+\s+){0,7}\S*/.exec(rest)![0] };
}

/**
 * Decide the imperative question for many sentences at once (one tagging call for all their
 * openings). analyze() calls this for the sentences it is about to check.
 */
export function primeImperatives(contexts: readonly SentenceContext[]): void {
  const pending: { ctx: SentenceContext; offset: number; head: string }[] = [];
  for (const ctx of contexts) {
    if (ctx.imperative !== undefined) continue;
    const c = imperativeCandidate(ctx);
    if (c?.verb) ctx.imperative = c.verb;
    else if (c) pending.push({ ctx, ...c });
    else ctx.imperative = null;
  }
  // One tagging call for every pending opening: does it start with a verb in the imperative?
  const hits = firstMatches(pending.map((p) => p.head), '^#Imperative');
  pending.forEach((p, i) => {
    const hit = hits[i];
    p.ctx.imperative = hit ? { start: p.offset + hit.start, end: p.offset + hit.end } : null;
  });
}

export const imperativeOpener: CompiledMatcher = {
  groups: ['verb'],
  find(ctx: SentenceContext): RawMatch[] {
    if (ctx.imperative === undefined) primeImperatives([ctx]);
    const span = ctx.imperative;
    return span ? [{ ...span, groups: { verb: span } }] : [];
  },
};
