import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { focusOf, groupFindings } from '../../lib/highlight/focus';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { finding } from '../components/fixtures';

const DEMO =
  'Hi team,\n\nWe have decided to move the Q3 launch from July to September. Going forward, everyone will report progress in the Monday call instead of by email.\n\n' +
  'You need to send me the revised timeline by Friday. Update the customer deck as well, and make sure you loop in the Osaka sales team ASAP. This is non-negotiable.\n\n' +
  "As I already explained last week, the old plan is simply not realistic. I don't want to hear any excuses this time.\n\nBest regards,\nMark";

/** A finding over `text` inside `draft`, as the engine gives it. */
function at(draft: string, text: string, suggestions: string[], scope: 'span' | 'sentence' = 'span') {
  const start = draft.indexOf(text);
  return finding({ start, end: start + text.length, text, suggestions, scope });
}

const drawn = (draft: string, f: ReturnType<typeof at>) => {
  const focus = focusOf(f)!;
  return draft.slice(focus.start, focus.end);
};

describe('focusOf: what gets underlined', () => {
  it('underlines the words a rewrite of the whole sentence changes', () => {
    const cases: [string, string, string][] = [
      ['You need to send me the revised timeline by Friday.', 'Could you send me the revised timeline by Friday?', 'You need to'],
      ['We have decided to move the Q3 launch from July to September.', 'We would like to propose to move the Q3 launch from July to September. What do you think?', 'have decided'],
      ['Update the customer deck as well, and make sure you loop in the Osaka sales team ASAP.', 'Could you update the customer deck as well, and make sure you loop in the Osaka sales team ASAP?', 'Update'],
      ['make sure you loop in the Osaka sales team ASAP.', 'could you loop in the Osaka sales team ASAP?', 'make sure'],
      ['Going forward, everyone will report progress in the Monday call instead of by email.', 'Going forward, could we ask everyone to report progress in the Monday call instead of by email? Let me know if this causes any problems.', 'everyone will'],
    ];
    for (const [text, suggestion, words] of cases) expect(drawn(DEMO, at(DEMO, text, [suggestion]))).toBe(words);
  });

  it('underlines a short span whole, and only the first words of a long one without suggestions', () => {
    expect(drawn(DEMO, at(DEMO, 'As I already explained', ['Just to recap what I explained']))).toBe('As I already explained');
    expect(drawn(DEMO, at(DEMO, 'ASAP', ['as soon as you can']))).toBe('ASAP');
    expect(drawn(DEMO, at(DEMO, 'the old plan is simply not realistic', []))).toBe('the old plan');
  });

  it('gives a sentence-level judgement a quiet mark on its first word, a draft-level one nothing', () => {
    const s = at(DEMO, 'You need to send me the revised timeline by Friday.', [], 'sentence');
    expect(focusOf(s)).toMatchObject({ kind: 'quiet' });
    expect(drawn(DEMO, s)).toBe('You');
    expect(focusOf(finding({ scope: 'draft', start: 10, end: 10, text: '' }))).toBeNull();
  });

  it("underlines the words the engine marks (a learned finding's cues) when it gives them", () => {
    const text = 'Going forward, everyone will report progress in the Monday call instead of by email.';
    const f = at(DEMO, text, [], 'sentence');
    const cue = DEMO.indexOf('everyone will');
    expect(drawn(DEMO, { ...f, marks: [{ start: cue, end: cue + 'everyone will'.length }] })).toBe('everyone will');
    // Marks outside the finding are not drawn.
    expect(focusOf({ ...f, marks: [{ start: 0, end: 2 }] })).toMatchObject({ kind: 'quiet' });
  });

  it('keeps offsets right around emoji and CJK text', () => {
    const draft = '🙂 了解です。You need to send me the revised timeline by Friday.';
    const f = at(draft, 'You need to send me the revised timeline by Friday.', ['Could you send me the revised timeline by Friday?']);
    expect(drawn(draft, f)).toBe('You need to');
  });
});

describe('groupFindings: one mark per phrase', () => {
  it('overlapping findings share one mark that opens them all; every finding is drawn or listed once', () => {
    const a = at(DEMO, 'ASAP', ['as soon as you can']);
    const b = { ...at(DEMO, 'ASAP', ['soon']), rule: 'other', severity: 'suggestion' as const };
    const c = at(DEMO, 'non-negotiable', ['firm']);
    const d = finding({ scope: 'draft', start: 10, end: 10, text: '' });
    const { groups, unmarked } = groupFindings([c, a, d, b]);
    expect(groups.map((g) => DEMO.slice(g.start, g.end))).toEqual(['ASAP', 'non-negotiable']);
    expect(groups[0].findings).toEqual([a, b]);
    expect(unmarked).toEqual([d]);
  });

  it('on the demo draft no underline is longer than a few words, and the count adds up', () => {
    const { findings } = analyze(DEMO, { packs: loadBuiltinPacks(), audience: 'consensus' });
    const { groups, unmarked } = groupFindings(findings);
    expect(groups.reduce((n, g) => n + g.findings.length, 0) + unmarked.length).toBe(findings.length);
    for (const g of groups) expect(DEMO.slice(g.start, g.end).split(/\s+/).length, DEMO.slice(g.start, g.end)).toBeLessThanOrEqual(5);
    // Far less of the draft underlined than the findings' spans cover.
    const underlined = groups.reduce((n, g) => n + g.end - g.start, 0);
    const spans = new Set(findings.flatMap((f) => Array.from({ length: f.end - f.start }, (_, i) => f.start + i))).size;
    expect(underlined).toBeLessThan(spans * 0.4);
  });
});
