/**
 * Shared by the results-first hedge detectors: when does a hedge carry real uncertainty? A hedge
 * is information, not self-undermining, when the sentence says what is still unknown or pending
 * ("I think the outage started at 09:40, but the logs are still loading"), asks for confirmation,
 * or gives an estimate ("about", "roughly", a range).
 */
export const REAL_UNCERTAINTY =
  /\b(?:still (?:loading|checking|waiting|investigating|confirming|coming in|running|digging|looking|verifying|collecting|gathering|pending|being)|not (?:yet )?(?:confirmed|verified|final|certain|sure yet)|(?:un|yet to be )(?:confirmed|verified)|to be confirmed|tbc|tbd|pending|(?:i|we)(?:'ll| will) (?:confirm|verify|double-check|check|update you|let you know|know more)|(?:haven't|have not|didn't|did not) (?:yet )?(?:checked|verified|confirmed|seen|had a chance)|(?:can|could|would) (?:you|someone|anyone) (?:confirm|check|verify|correct)|please (?:confirm|correct|check)|need to (?:double-check|check|confirm|verify)|(?:double|re)-?check(?:ing)?|from memory|off the top of my head|if i remember (?:correctly|right)|iirc|as far as i (?:know|can tell)|roughly|approximately|about \d|around \d|~\s?\d|\d+\s?(?:-|to)\s?\d+\s?(?:%|percent|days|hours|weeks|minutes)|(?:the )?(?:logs|data|numbers|results|figures|report|tests?) (?:are|is|were|was) (?:still|not yet|incomplete|partial)|more (?:on|when) (?:this|that)|will update|once (?:i|we) (?:know|hear|have|get|see))\b|\?\s*$/;
