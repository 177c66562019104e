/**
 * A draft that asks or decides something and thanks or acknowledges no one anywhere. Reports an
 * empty span where the body starts (after the greeting), so a suggestion inserts an opening line.
 */
import { bodyStart, isDraft, type DraftDetector } from './draft';

export const noAcknowledgement: DraftDetector = {
  tip: true,
  find(draft) {
    if (!isDraft(draft, 3, 40)) return [];
    if (draft.sentences.some((s) => s.cues.acknowledgement)) return [];
    if (!draft.sentences.some((s) => s.cues.request || s.cues.decision)) return [];
    const at = bodyStart(draft);
    return at ? [{ start: at.start, end: at.start }] : [];
  },
};
