/**
 * Properties of analyze on random text: never throws, spans are slices inside the text, and the
 * work grows linearly (measured by a count of sentences visited, not by a clock).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { splitSentences } from '../../lib/engine/sentences';
import { maskNonAuthored } from '../../lib/engine/mask';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { packFromFile } from '../helpers';

const packs = [...loadBuiltinPacks(), packFromFile('tests/fixtures/packs/mini.yaml')];

const pieces = fc.constantFrom(
  'You need to send it by Friday. ',
  'Send me the deck! ',
  'I NEED THIS NOW!!! ',
  '> quoted line\n',
  'On Mon, Bob wrote:\n',
  '"you must" ',
  '`code` ',
  'https://example.com/a?b ',
  '😀🎉 ',
  '了解です。ありがとう！',
  'مرحبا بالعالم ',
  '\u202Eevil\u202C ',
  '\r\n',
  '\n\n',
  'e.g. ',
  'No. ',
  '\u0000',
  '\uD800',
  'Obviously, we have decided. ',
);
const text = fc.oneof(
  fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 80 }).map((a) => a.join('')),
);

describe('analyze on random text', () => {
  it('never throws; every finding is a slice of the text inside it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { findings, friction } = analyze(t, { packs });
        expect(friction).toBeGreaterThanOrEqual(0);
        expect(friction).toBeLessThanOrEqual(100);
        for (const f of findings) {
          expect(0 <= f.start && f.start <= f.end && f.end <= t.length).toBe(true);
          expect(t.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles 100,000 characters of mixed text', () => {
    const unit = 'You need to fix it 😀 NOW. 了解です。\r\n> quoted\nPlease send it. ';
    const t = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const { findings } = analyze(t, { packs });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(t.slice(f.start, f.end)).toBe(f.text);
  });

  it('does work linear in the length: sentences and masked length grow with the text', () => {
    // Deterministic stand-in for time: the units of work (sentences analysed, characters masked)
    // for k copies of a draft are k times those for one copy.
    const draft = 'Hi all,\nYou need to send it. Thanks! See https://x.test.\n';
    const work = (k: number) => {
      const t = draft.repeat(k);
      return splitSentences(maskNonAuthored(t).text).length + maskNonAuthored(t).text.length;
    };
    expect(work(1000)).toBe(1000 * work(1));
    const noPunct = 'word '.repeat(20_000);
    expect(splitSentences(noPunct).length).toBeLessThanOrEqual(Math.ceil(noPunct.length / 900));
  });
});
