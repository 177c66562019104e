import type { Finding } from './types';

/** The text after replacing a finding's span with one of its suggestions. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end'>, replacement: string): string {
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}
