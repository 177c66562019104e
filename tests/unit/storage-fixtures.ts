/** Team packs for the storage tests, written as a team would: YAML with one phrase rule each. */
import { stringify } from 'yaml';

export interface PhraseRuleSpec {
  id: string;
  phrase: string;
  replacement: string;
  severity?: 'info' | 'suggestion' | 'warning';
  message?: string;
}

export function phraseRule({ id, phrase, replacement, severity = 'warning', message }: PhraseRuleSpec) {
  return {
    id,
    category: 'vagueness',
    severity,
    match: { phrases: [phrase] },
    message: message ?? `“${phrase}” is house jargon.`,
    why: 'Colleagues abroad may not know it.',
    suggest: [replacement],
    examples: {
      flag: [`We should ${phrase} on this.`],
      pass: ['We should talk about this.'],
      fix: [{ before: `We should ${phrase} on this.`, after: `We should ${replacement} on this.` }],
    },
  };
}

export const CIRCLE_BACK = phraseRule({ id: 'circle-back', phrase: 'circle back', replacement: 'follow up' });
export const TOUCH_BASE = phraseRule({ id: 'touch-base', phrase: 'touch base', replacement: 'talk' });
export const DEEP_DIVE = phraseRule({ id: 'deep-dive', phrase: 'deep dive', replacement: 'look closely' });

export function teamPack(opts: { id?: string; version?: string; rules?: object[]; extra?: Record<string, unknown> } = {}): string {
  return stringify({
    id: opts.id ?? 'acme/house',
    version: opts.version ?? '1.0.0',
    name: 'Acme house style',
    description: 'Phrases our Tokyo office asked us to avoid.',
    language: 'en',
    audience: 'consensus',
    license: 'CC-BY-4.0',
    author: 'Acme writing guild',
    ...opts.extra,
    rules: opts.rules ?? [CIRCLE_BACK, TOUCH_BASE],
  });
}
