/** Names of the built-in NLP detectors a pack rule may use as its matcher (`match: {detector: ...}`). */
export const DETECTOR_NAMES = [
  'imperative-opener',
  'shouting-caps',
  'decision-without-invitation',
  'request-without-reason',
  'no-acknowledgement',
  'no-clear-ask',
  // Shapes (issue 9, part 3): consensus reader
  'accusing-question',
  'modal-perfect-blame',
  'sarcasm',
  'escalation-pressure',
  'closing-assertion',
  'dismissal',
  'announced-decision',
  'causal-blame',
  // Shapes (issue 9, part 3): results-first reader
  'honesty-marker',
  'hedged-opinion',
  'self-doubt',
  'permission-seeking',
  'minimiser',
] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];
