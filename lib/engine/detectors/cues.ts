/**
 * Cheap sentence-level cues (regular expressions over the masked sentence) that the draft-level
 * detectors and the friction score read: is this a request, a decision, a reason, thanks, an
 * invitation to respond? Computed once per sentence and cached with it.
 */
import { clarityCues, REQUEST, type ClarityCues } from '../clarity';
import type { SentenceContext } from '../context';
import { imperativeOpener } from './imperative-opener';

export interface SentenceCues extends ClarityCues {
  words: number;
  request: boolean;
  decision: boolean;
  reason: boolean;
  thanks: boolean;
  invitation: boolean;
  question: boolean;
  greeting: boolean;
  /** "Best regards," / "Thanks," on its own: the close, not the body. */
  signOff: boolean;
}

/**
 * A decision handed to the reader: by "we", management or a body, not the writer's own plan
 * ("I decided to leave early", "Paul and I concluded that I should send it").
 */
const DECISION =
  /(?<!\band )\b(?:we|management|leadership|the (?:team|company|board|committee))\s+(?:have|has|'ve)?\s*(?:decided|chosen|finali[sz]ed)\b|\bit (?:has been|was|is) (?:decided|determined)\b|\bgoing forward,?\s+(?:everyone|all|you|we|the team)\b|\b(?:effective|starting) (?:immediately|today|tomorrow|monday|next)\b|\bfrom now on\b|\bwe (?:will|are going to|'ll) (?:be )?(?:moving|switching|changing|replacing|dropping|cancel(?:l?ing)?|discontinu|stop)/;
const REASON =
  /\b(?:because|since|so that|so we|so i|in order to|due to|the reason|ahead of|otherwise|as (?:the|we|our|this|it|they|you)\b|which (?:will|would|helps?|lets?)|this (?:will|would) (?:help|let|allow|mean)|to (?:help|make sure|ensure|avoid|keep|prepare|meet|get ready)|given (?:that|the)|for the (?:client|customer|meeting|review|launch|audit|board))\b/;
const THANKS =
  /\b(?:thank|thanks|thx|ty|appreciate|appreciated|grateful|gratitude|great (?:work|job|effort)|well done|good (?:work|job)|kudos|nice (?:work|job)|congrat\w*|sorry|apologi[sz]e)\b/;
const INVITATION =
  /\?|\b(?:let me know|let us know|thoughts|what do you think|feedback|happy to (?:discuss|talk|chat|hear|answer|explain)|open to|any (?:questions|concerns|ideas|suggestions|objections)|your (?:input|views|thoughts|opinions?|perspective|ideas)|reach out|hear from you|glad to (?:hear|discuss)|concerns|discuss)\b/;
const GREETING =
  /^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|morning|team|all|everyone)\b[^.!?]{0,40}[,!:]?\s*$/;

const SIGN_OFF =
  /^\W*(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks|thank you|cheers|sincerely|best|yours|respectfully|all the best)(?:\s+\w+){0,2}\s*[,.!]?\s*$/;

export function sentenceCues(ctx: SentenceContext): SentenceCues {
  const lower = ctx.lower;
  const question = ctx.isQuestion;
  return {
    words: ctx.words.size === 0 ? 0 : (lower.match(/[\p{L}\p{N}]+/gu) ?? []).length,
    request: REQUEST.test(lower) || imperativeOpener.find(ctx).length > 0,
    decision: DECISION.test(lower),
    reason: REASON.test(lower),
    thanks: THANKS.test(lower),
    invitation: INVITATION.test(lower),
    question,
    greeting: GREETING.test(lower),
    signOff: SIGN_OFF.test(lower),
    ...clarityCues(lower),
  };
}
