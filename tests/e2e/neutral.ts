/**
 * Plain sentences that should not be flagged on their own: the filler the E2E drafts and
 * `npm run bench:page` put around flagged ones (no engine import, so scripts run it under tsx).
 */
export const NEUTRAL = [
  'Thanks for the update on the launch plan.',
  'I have attached the notes from Tuesday.',
  'The numbers for March look better than we expected.',
  'Kenji and Mei will join the call from Osaka.',
  'The venue holds about forty people.',
  'We spent most of the morning on the budget review.',
];
