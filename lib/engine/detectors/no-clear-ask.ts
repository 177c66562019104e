/**
 * A draft that, once softened, no longer asks for anything specific: several sentences, no
 * request and no question anywhere. Reports an empty span at the end of the body, where a clear
 * ask would go.
 */
import { isDraft, type DraftDetector } from './draft';

export const noClearAsk: DraftDetector = {
  tip: true,
  find(draft) {
    if (!isDraft(draft, 3, 30)) return [];
    if (draft.sentences.some((s) => s.cues.request || s.cues.question)) return [];
    // Where the writer would add the ask: after the last sentence that is not a sign-off.
    const body = draft.sentences.filter((s) => !s.cues.signOff && !s.cues.greeting);
    const last = body[body.length - 1] ?? draft.sentences[draft.sentences.length - 1];
    return [{ start: last.end, end: last.end }];
  },
};
