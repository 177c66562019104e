import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/engine/analyze';
import { couldBeImperative, plainCommand } from '../../../../lib/engine/detectors/imperative-opener';
import { packWith } from '../../../helpers';

const pack = packWith({ match: { detector: 'imperative-opener' }, suggest: ['Could you {{verb|lower}}{{rest}}?'] });
const hits = (t: string) => analyze(t, { packs: [pack] }).findings;

describe('imperative-opener', () => {
  it.each([
    'Send me the numbers by noon.',
    'Fix the build before the demo!',
    'Review the doc and sign off.',
    'So, update the deck tonight.',
    'Kenji, send me the slides.',
    "Before Thursday's review, go through the test plan.",
  ])('flags the command in %j', (t) => {
    expect(hits(t)).toHaveLength(1);
  });

  it.each([
    'Please send me the numbers.',
    'Let me know if that works.',
    'Thanks for the quick turnaround.',
    'Feel free to reach out.',
    'Have a great weekend!',
    'Great work today.',
    'I sent the numbers.',
    'Send it today?',
    'Looking forward to it.',
    'Update: the build is green.',
    'Take it easy tomorrow.',
    'Get some rest this weekend.',
    "Make sure you get some rest this weekend, you've earned it.",
  ])('leaves %j alone', (t) => {
    expect(hits(t)).toEqual([]);
  });

  it('suggests a question that keeps the ask, after a lead-in in lower case', () => {
    expect(hits('Send me the numbers by noon.')[0].suggestions).toEqual(['Could you send me the numbers by noon?']);
    const [f] = hits('So, update the deck tonight.');
    expect(f.text).toBe('update the deck tonight.');
    expect(f.suggestions).toEqual(['could you update the deck tonight?']);
  });
});

describe('the imperative heuristics (no tagging)', () => {
  it('rules out first words the lexicon knows only as non-verbs', () => {
    for (const w of ['send', 'Review', 'fix', 'reply', 'frobnicate']) expect(couldBeImperative(w), w).toBe(true);
    for (const w of ['I', 'the', 'thanks', 'sent', 'quickly', '2024', 'Monday']) expect(couldBeImperative(w), w).toBe(false);
  });
  it('settles a plain command from the lexicon alone, and leaves the rest to the tagger', () => {
    expect(plainCommand('Send', 'me')).toBe(true);
    expect(plainCommand('fix', 'the')).toBe(true);
    expect(plainCommand('send', undefined)).toBeUndefined();
    expect(plainCommand('send', 'invoices')).toBeUndefined();
    expect(plainCommand('the', 'me')).toBeUndefined();
  });
});
