/**
 * A decision announced with no invitation to respond anywhere in the draft ("We have decided to
 * move the launch to May." and nothing asking what the team thinks). Reports the decision sentence.
 */
import { isDraft, type DraftDetector } from './draft';

export const decisionWithoutInvitation: DraftDetector = {
  find(draft) {
    if (!isDraft(draft, 2, 12)) return [];
    if (draft.sentences.some((s) => s.cues.invitation)) return [];
    const decision = draft.sentences.find((s) => s.cues.decision);
    return decision ? [{ start: decision.start, end: decision.end }] : [];
  },
};
