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
import { accusingQuestion } from './accusing-question';
import { announcedDecision } from './announced-decision';
import { causalBlame } from './causal-blame';
import { closingAssertion } from './closing-assertion';
import { dismissal } from './dismissal';
import { escalationPressure } from './escalation-pressure';
import { hedgedOpinion } from './hedged-opinion';
import { honestyMarker } from './honesty-marker';
import { minimiser } from './minimiser';
import { modalPerfectBlame } from './modal-perfect-blame';
import { permissionSeeking } from './permission-seeking';
import { sarcasm } from './sarcasm';
import { selfDoubt } from './self-doubt';

export const SENTENCE_DETECTORS: Partial<Record<DetectorName, CompiledMatcher>> = {
  'imperative-opener': imperativeOpener,
  'shouting-caps': shoutingCaps,
  // Shapes (issue 9, part 3)
  'accusing-question': accusingQuestion,
  'modal-perfect-blame': modalPerfectBlame,
  sarcasm,
  'escalation-pressure': escalationPressure,
  'closing-assertion': closingAssertion,
  dismissal,
  'announced-decision': announcedDecision,
  'causal-blame': causalBlame,
  'honesty-marker': honestyMarker,
  'hedged-opinion': hedgedOpinion,
  'self-doubt': selfDoubt,
  'permission-seeking': permissionSeeking,
  minimiser,
};

export const DRAFT_DETECTORS: Partial<Record<DetectorName, DraftDetector>> = {
  'decision-without-invitation': decisionWithoutInvitation,
  'request-without-reason': requestWithoutReason,
  'no-acknowledgement': noAcknowledgement,
  'no-clear-ask': noClearAsk,
};
