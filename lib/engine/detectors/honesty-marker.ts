/**
 * Honesty markers ("To be honest,", "Honestly,", "In all honesty", "If I'm being honest", "Truth
 * be told", "To tell you the truth"): tee-ups that, for a results-first reader, imply the rest of
 * the message was less than honest, and announce discomfort before the point. The shape: the
 * marker as a sentence adverbial - at the start, between commas, or at the end - never as a
 * manner adverb of a verb ("she answered honestly") or an adjective ("an honest mistake",
 * "honest feedback", "please be honest with me").
 *
 * Groups: `head` (the words before the marker, without its comma; empty at the start) and `body`
 * (the words after it, final punctuation included), so "{{head}}{{body}}" is the sentence
 * without the marker.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const MARKER =
  "(?:(?:and |but |so |well,? )?(?:to be (?:perfectly |completely |totally |brutally |quite |very |really |100% )?honest(?: with you)?|(?:quite |very |perfectly |totally |just )?honestly(?: speaking)?|in all honesty|if i(?:'m| am) (?:being )?(?:totally |completely |really |perfectly )?honest|(?:i'm |i am )?(?:just )?being honest(?: here)?|truth be told|to tell (?:you )?the truth|the honest truth is(?: that)?|if i(?:'m| am) being (?:truthful|frank)|to be truthful))";
/** At the start: "To be honest, the plan is late." */
const START = new RegExp(`^(?<lead>\\W*)(?<marker>${MARKER})(?:\\s*[,:—–-]\\s*|\\s+(?=(?:i|we|the|this|that|it|you|they|our|my|there|nobody|no one|not|i'm|we're|it's|that's)\\b))(?<body>\\S.*)$`);
/** Between commas: "The plan, honestly, is late." */
const MID = new RegExp(`^(?<head>.*?\\S)\\s*[,—–-]\\s*(?<marker>${MARKER})\\s*[,—–-](?<body>\\s*\\S.*)$`);
/** At the end: "The plan is late, to be honest." */
const END = new RegExp(`^(?<head>.*?\\S)\\s*[,—–-]\\s*(?<marker>${MARKER})(?<body>\\s*[.!?…]*\\s*)$`);

/** Honest praise ("Honestly, I loved the demo") is warmth, not a tee-up. */
const WARM = /\b(?:thank|thanks|love|loved|great job|great work|amazing|enjoyed|impressed|proud|brilliant|fantastic|best|well done|congrat\w*)\b/;

export const honestyMarker: CompiledMatcher = {
  groups: ['head', 'body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!(w.has('honest') || w.has('honestly') || w.has('honesty') || w.has('truth'))) return [];
    const lower = ctx.lower;
    const m = START.exec(lower) ?? MID.exec(lower) ?? END.exec(lower);
    if (!m || WARM.test(lower)) return [];
    const g = m.groups!;
    const lead = g.lead?.length ?? 0;
    const groups: RawMatch['groups'] = {};
    if (g.head !== undefined) groups.head = { start: 0, end: g.head.length };
    const bodyAt = lower.length - g.body.length;
    groups.body = { start: bodyAt, end: lower.length };
    // A sentence-long span: the rewrite is the sentence without the marker.
    return [{ start: lead, end: lower.length, groups }];
  },
};
