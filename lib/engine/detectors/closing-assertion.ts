/**
 * Meta-assertions that close a discussion: the writer announces how they are about to speak
 * ("I'll say it plainly:", "Let me be clear:", "Let me make one thing clear,", "I'm only going to
 * say this once:", "Make no mistake,", "For the last time,") before a position, which tells the
 * reader the position is not open to reply. The shape: a lead-in about the writer's own speech
 * act, followed by the point (after a colon, comma or dash).
 *
 * Left alone: clarifying lead-ins that serve the reader ("To be clear, the call is at 9 JST",
 * "Just to be clear, is the call at 9?"), the same words used for reassurance or warmth ("Let me
 * be clear: this is not your fault", "I'll be honest, I loved it"), and reported speech.
 * "Frankly" and "to be blunt" belong to an existing rule and are not taken here.
 *
 * Groups: `body` (the point that follows, up to the end of the sentence).
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const LEAD =
  "(?:(?:so,? |ok,? |okay,? |and |now,? )?(?:i(?:'ll| will| am going to|'m going to|'m gonna) (?:say|put) (?:it|this|that)(?: (?:plainly|simply|bluntly|clearly|directly|once|one more time|one last time|again|very clearly|so there's no confusion))+|let me (?:say|put) (?:it|this|that)(?: (?:plainly|simply|bluntly|clearly|directly|once|one more time|one last time|again|very clearly))+|let me put it (?:this|another) way|(?:let me|i(?:'ll| will| want to| need to| have to|'m going to|'m gonna)) be (?:very |perfectly |absolutely |crystal |100% |completely |totally )?(?:clear|direct|plain|straight with you)(?: (?:about|on) (?:this|one thing))?|let me make (?:this|it|one thing|myself) (?:very |perfectly |absolutely |crystal )?clear|(?:i(?:'m| am) )?(?:only )?(?:going to |gonna )?say(?:ing)? (?:this|it) (?:once|one last time|for the last time)|i won't say (?:this|it) again|i(?:'m| am) not going to (?:say|repeat) (?:this|it|myself) again|(?:and )?for the (?:last|final|hundredth|third) time|make no mistake(?: about it)?|(?:let me|i'll) (?:spell it out|be as clear as i can)|i(?:'ll| will) (?:only )?say this once|hear me (?:clearly|well)|read my lips|let there be no (?:doubt|confusion|misunderstanding)))";
const GATE =
  /\b(?:(?:say|put) (?:it|this|that)\b|be (?:very |perfectly |absolutely |crystal |100% |completely |totally )?(?:clear|direct|plain|straight)\b|make (?:this|it|one thing|myself)\b|for the (?:last|final|hundredth|third) time|make no mistake|spell it out|be as clear|hear me|read my lips|let there be no|(?:say|repeat) (?:this|it|myself) again)/;
/** At the start of the sentence, or of a clause after a comma or dash. */
const SHAPE = new RegExp(`(?:^\\W*|[,;—–-]\\s*)(?<lead>${LEAD})\\s*(?:[:,—–-]+|\\.{3}|;)\\s*(?<body>\\S.*)$`);

/** Reassurance or warmth after the lead-in: the words are for the reader, not against them. */
const KIND =
  /\b(?:not your fault|no one(?:'s| is) to blame|nobody(?:'s| is) to blame|not blaming|not a criticism|not criticising|not criticizing|no pressure|no rush|grateful|thank|thanks|appreciate|great work|great job|proud|love|loved|happy|glad|well done|on me|my fault|my mistake|i was wrong|you did (?:nothing wrong|the right thing|great)|you're doing great|your job is safe|we('re| are) here to help|happy to help|support you)\b/;

export const closingAssertion: CompiledMatcher = {
  groups: ['body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['say', 'be', 'clear', 'mistake', 'time', 'lips', 'put', 'spell', 'hear', 'doubt', 'confusion', 'misunderstanding'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    // A small regex first: the full lead-in alternation costs milliseconds to compile.
    if (!GATE.test(lower)) return [];
    const m = SHAPE.exec(lower);
    if (!m || ctx.isQuestion) return [];
    const body = m.groups!.body;
    if (KIND.test(body)) return [];
    const lead = m.groups!.lead;
    const start = m.index! + m[0].indexOf(lead) + (/^\W*/.exec(lead)?.[0].length ?? 0);
    const bodyAt = m.index! + m[0].lastIndexOf(body);
    return [{ start, end: bodyAt, groups: { body: { start: bodyAt, end: bodyAt + body.length } } }];
  },
};
