/**
 * Hedged opinions: the writer's own view wrapped in a softener that makes it sound unsure ("I
 * just think we should move the launch", "I feel like the budget is too small", "I kind of think",
 * "I'm just saying", "in my humble opinion", "I personally feel"). For a results-first reader the
 * view loses weight before it is read.
 *
 * Judged in context: a hedge that carries real uncertainty ("I think the outage started at
 * 09:40, but the logs are still loading", an estimate, a request to confirm) is information and is
 * left alone (the lexicon's REAL_UNCERTAINTY), as are feelings that are the point ("I feel like I'm
 * getting the hang of it"), wishes ("I feel like pizza") and "I guess so".
 *
 * Groups: `head` (words before the hedge, without a trailing comma) and `body` (the view itself,
 * final punctuation included), so "{{head}} {{body}}" is the sentence without the hedge.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';
import { REAL_UNCERTAINTY } from '../lexicon';

const HEDGE =
  "(?:(?:i|we) (?:just|kind of|sort of|kinda|sorta|personally|honestly|really just|somehow|maybe|almost) (?:think|feel|believe|guess|reckon|wonder if|thought)(?: that| like)?|(?:i|we) (?:think|feel|believe|guess) (?:maybe|perhaps|possibly|probably)|i(?:'m| am) (?:just )?saying(?: that)?|just saying|in my (?:humble|personal|honest|own) (?:opinion|view)|imho|(?:i|we) (?:would|'d) (?:just )?(?:say|argue|venture|suggest) (?:that )?(?:maybe|perhaps|possibly)?|i (?:kind of |sort of )?feel like|(?:i|we) (?:was|were) (?:kind of|sort of|kinda|sorta|just|really just|secretly) hoping(?: that)?|i (?:just )?(?:have|get) (?:a|this) (?:feeling|sense) (?:that)?)";
const SHAPE = new RegExp(`^(?<head>(?:\\W*(?:but|and|so|also|well|still|honestly|personally|again|anyway|ok|okay|yeah|yes|no),?\\s+)*)(?<hedge>${HEDGE})\\s*,?\\s*(?<body>(?:maybe |perhaps |possibly )?(?:the|our|this|that|these|those|it|we|they|you|your|there|a|an|[a-z]+ (?:is|are|was|were|will|should|could|would|might|needs?|has|have))\\b.*)$`);

/** The feeling is the point, or the words are not an opinion at all. */
const NOT_OPINION =
  /^(?:i (?:kind of |sort of |just )?feel like (?:i|i'm|i've|a |an |pizza|coffee|going|taking|having|getting|celebrating|crying|dancing|i've)|i (?:just )?(?:guess|think|believe) (?:so|not)\b)/;

const PRAISE = /\b(?:great|amazing|awesome|brilliant|fantastic|wonderful|excellent|impressive|well done|proud|love|lovely|thank|thanks|kind of you|generous)\b/;

export const hedgedOpinion: CompiledMatcher = {
  groups: ['head', 'body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['think', 'feel', 'believe', 'guess', 'reckon', 'wonder', 'thought', 'saying', 'opinion', 'view', 'imho', 'say', 'argue', 'venture', 'suggest', 'feeling', 'sense', 'hoping'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    const m = SHAPE.exec(lower);
    if (!m || REAL_UNCERTAINTY.test(lower)) return [];
    const g = m.groups!;
    if (NOT_OPINION.test(g.hedge + ' ' + g.body)) return [];
    // Praise wrapped in "I just think" is warmth, not a weakened point.
    if (PRAISE.test(g.body)) return [];
    const head = g.head.replace(/[\s,]+$/, '');
    const bodyAt = lower.length - g.body.length;
    const groups: RawMatch['groups'] = { body: { start: bodyAt, end: lower.length } };
    if (head) groups.head = { start: 0, end: head.length };
    return [{ start: 0, end: lower.length, groups }];
  },
};
