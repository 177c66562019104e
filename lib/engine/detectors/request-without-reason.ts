/**
 * Requests with no reason given anywhere in the draft: a consensus-oriented reader wants the
 * background before the ask. Reports the first request sentence. Needs a real draft (3+
 * sentences, 40+ words): a one-line chat request is not judged.
 */
import { isDraft, type DraftDetector } from './draft';

export const requestWithoutReason: DraftDetector = {
  tip: true,
  find(draft) {
    if (!isDraft(draft, 3, 40)) return [];
    if (draft.sentences.some((s) => s.cues.reason)) return [];
    const request = draft.sentences.find((s) => s.cues.request);
    return request ? [{ start: request.start, end: request.end }] : [];
  },
};
