/** Names of the built-in NLP detectors a pack rule may use as its matcher (`match: {detector: ...}`). */
export const DETECTOR_NAMES = [
  'imperative-opener',
  'shouting-caps',
  'decision-without-invitation',
  'request-without-reason',
  'no-acknowledgement',
  'no-clear-ask',
] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];
