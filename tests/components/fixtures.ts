import type { Finding } from '../../lib/engine/types';

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'you-need-to',
    pack: 'nemawashi/consensus',
    category: 'imposition',
    severity: 'warning',
    scope: 'span',
    start: 0,
    end: 28,
    text: 'You need to send the report',
    message: '“You need to” reads as an order.',
    why: 'A consensus-oriented team hears an instruction handed down, not a request among peers.',
    suggestions: ['Could you send the report?', 'Would it be possible to send the report?'],
    ...overrides,
  };
}
