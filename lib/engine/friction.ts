/**
 * Friction, 0-100: how likely the whole draft is to land as imposed or confrontational with the
 * audience. Findings push it up by severity; courtesy (thanks, an invitation to respond) pulls it
 * down a little. The mapping is saturating, so one mild finding in a long friendly email stays low.
 */
import type { DraftView } from './detectors/draft';
import type { Finding } from './types';

const SEVERITY_WEIGHT = { info: 0.5, suggestion: 1.2, warning: 2 } as const;

export function computeFriction(findings: readonly Finding[], draft: DraftView): number {
  if (draft.sentences.length === 0) return 0;
  let load = 0;
  for (const f of findings) load += SEVERITY_WEIGHT[f.severity];
  const courtesy = draft.sentences.filter((s) => s.cues.thanks || s.cues.invitation).length;
  // Longer drafts dilute a single finding a little, but not much: one order is one order.
  const size = Math.sqrt(Math.max(1, draft.sentences.length / 4));
  const x = load / size - 0.5 * Math.min(courtesy, 3);
  return x <= 0 ? 0 : Math.round(100 * (1 - Math.exp(-x / 3)));
}
