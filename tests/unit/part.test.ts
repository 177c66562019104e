/** Issue 10, hole 3 in the page: a giant draft is checked around the caret, never whole. */
import { describe, expect, it } from 'vitest';
import { PAGE_DRAFT_LIMIT, PAGE_PART, partNear, resultInWhole } from '../../lib/engine/part';
import type { AnalyzeResult, Finding } from '../../lib/engine/types';

const para = (i: number) => `Paragraph ${i}: you need to send the report by Friday, and more words to fill the line.\n`;
const giant = Array.from({ length: 2000 }, (_, i) => para(i)).join('');

describe('partNear', () => {
  it('is the whole text up to the limit', () => {
    const text = 'a'.repeat(PAGE_DRAFT_LIMIT);
    expect(partNear(text, 5)).toEqual({ start: 0, end: text.length });
  });

  it('is a window around the caret, on line breaks, for a giant draft', () => {
    expect(giant.length).toBeGreaterThan(PAGE_DRAFT_LIMIT);
    const caret = giant.indexOf('Paragraph 1000:') + 5;
    const { start, end } = partNear(giant, caret);
    expect(start).toBeLessThan(caret);
    expect(end).toBeGreaterThan(caret);
    expect(end - start).toBeLessThanOrEqual(PAGE_PART + 4000);
    expect(start === 0 || giant[start - 1] === '\n').toBe(true);
    expect(end === giant.length || giant[end] === '\n').toBe(true);
  });

  it('stays inside the text at either end, and without a caret starts at the top', () => {
    expect(partNear(giant, giant.length).end).toBe(giant.length);
    expect(partNear(giant, -1).start).toBe(0);
    const noBreaks = 'x'.repeat(200_000);
    const p = partNear(noBreaks, 100_000);
    expect(p.end - p.start).toBe(PAGE_PART);
  });
});

describe('resultInWhole', () => {
  it("moves findings and tips back to the whole draft's offsets", () => {
    const part = partNear(giant, giant.length / 2);
    const slice = giant.slice(part.start, part.end);
    const at = slice.indexOf('you need to');
    const f = { start: at, end: at + 11, text: 'you need to' } as Finding;
    const r = resultInWhole({ findings: [f], tips: [f], friction: 1, clarity: 100 } as AnalyzeResult, part);
    expect(giant.slice(r.findings[0].start, r.findings[0].end)).toBe('you need to');
    expect(r.findings[0].start).toBe(part.start + at);
    expect(r.tips![0].start).toBe(part.start + at);
  });
});
