import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/engine/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminal punctuation and line breaks', () => {
    expect(split('Hi team,\nWe shipped it. Great work! Any questions?')).toEqual([
      'Hi team,',
      'We shipped it.',
      'Great work!',
      'Any questions?',
    ]);
  });

  it('keeps abbreviations and decimals inside a sentence', () => {
    expect(split('Use e.g. the v2.5 build. Dr. Sato agrees.')).toEqual(['Use e.g. the v2.5 build.', 'Dr. Sato agrees.']);
  });

  it('treats a bare "No." as a sentence but not "No. 5"', () => {
    expect(split('No. We will not.')).toEqual(['No.', 'We will not.']);
    expect(split('See item No. 5 please.')).toEqual(['See item No. 5 please.']);
  });

  it('handles CJK punctuation, CRLF and emoji with exact offsets', () => {
    const t = '了解です。ありがとう！\r\nShip it 🚀. Then rest.';
    const parts = split(t);
    expect(parts).toEqual(['了解です。', 'ありがとう！', 'Ship it 🚀.', 'Then rest.']);
  });

  it('cuts very long unpunctuated text into bounded pieces', () => {
    const t = 'word '.repeat(5000);
    const spans = splitSentences(t);
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(1000);
  });
});
