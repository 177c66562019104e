/**
 * Friction features of a text exactly as analyze() computes them: the masked text cut into the
 * same sentences (sentences without a letter or digit dropped), plus the findings.
 */
import type { Finding } from '../../lib/engine/types';
import { frictionFeatures } from '../../lib/engine/friction';
import { maskNonAuthored } from '../../lib/engine/mask';
import { splitSentences } from '../../lib/engine/sentences';

export function sentenceTexts(text: string): string[] {
  const masked = maskNonAuthored(text).text;
  return splitSentences(masked)
    .map((s) => masked.slice(s.start, s.end))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function featuresOf(text: string, findings: readonly Pick<Finding, 'severity'>[]): Float64Array {
  return frictionFeatures(findings, sentenceTexts(text));
}
