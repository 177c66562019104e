/** The built-in detectors, by the name a pack rule uses in `match: {detector: ...}`. */
import type { CompiledMatcher } from '../matchers';
import { decisionWithoutInvitation } from './decision-without-invitation';
import type { DraftDetector } from './draft';
import { imperativeOpener } from './imperative-opener';
import type { DetectorName } from './names';
import { noAcknowledgement } from './no-acknowledgement';
import { noClearAsk } from './no-clear-ask';
import { requestWithoutReason } from './request-without-reason';
import { shoutingCaps } from './shouting-caps';

export const SENTENCE_DETECTORS: Partial<Record<DetectorName, CompiledMatcher>> = {
  'imperative-opener': imperativeOpener,
  'shouting-caps': shoutingCaps,
};

export const DRAFT_DETECTORS: Partial<Record<DetectorName, DraftDetector>> = {
  'decision-without-invitation': decisionWithoutInvitation,
  'request-without-reason': requestWithoutReason,
  'no-acknowledgement': noAcknowledgement,
  'no-clear-ask': noClearAsk,
};

/** Template names a detector offers besides match/rest. */
export function detectorGroups(name: DetectorName): string[] {
  return SENTENCE_DETECTORS[name]?.groups ?? [];
}
