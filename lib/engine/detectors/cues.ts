/**
 * Cheap sentence-level cues (the lexicon's patterns over the masked sentence) that the draft-level
 * detectors and the friction score read: is this a request, a decision, a reason, thanks, an
 * invitation to respond? Computed once per sentence and cached with it.
 */
import { clarityCues, type ClarityCues } from '../clarity';
import type { SentenceContext } from '../context';
import { ACKNOWLEDGEMENT, DECISION, INVITATION, REASON, REQUEST, SALUTATION, SIGN_OFF } from '../lexicon';
import { imperativeOpener } from './imperative-opener';

export interface SentenceCues extends ClarityCues {
  words: number;
  /** An ask or an order: the lexicon's REQUEST, or a bare command (the imperative detector). */
  request: boolean;
  decision: boolean;
  reason: boolean;
  /** Thanks, praise or an apology: the reader acknowledged. */
  acknowledgement: boolean;
  /** An invitation to respond: the lexicon's INVITATION, or any question. */
  invitation: boolean;
  question: boolean;
  /** A salutation line ("Hi team,"): the body has not started yet. */
  greeting: boolean;
  /** "Best regards," / "Thanks," on its own: the close, not the body. */
  signOff: boolean;
}

export function sentenceCues(ctx: SentenceContext): SentenceCues {
  const lower = ctx.lower;
  const question = ctx.isQuestion;
  return {
    words: ctx.words.size === 0 ? 0 : (lower.match(/[\p{L}\p{N}]+/gu) ?? []).length,
    request: REQUEST.test(lower) || imperativeOpener.find(ctx).length > 0,
    decision: DECISION.test(lower),
    reason: REASON.test(lower),
    acknowledgement: ACKNOWLEDGEMENT.test(lower),
    invitation: question || lower.includes('?') || INVITATION.test(lower),
    question,
    greeting: SALUTATION.test(lower),
    signOff: SIGN_OFF.test(lower),
    ...clarityCues(lower),
  };
}
