/**
 * Scoring a rewrite, goal kind by goal kind. Findings are made up here (the engine has its own
 * tests), except in the last block, which scores real rewrites with the built-in packs. "The ask
 * is still there" is checked on real rewrites: softened ones that keep the request, and ones
 * that softened it away.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import type { AnalyzeResult, Finding } from '../../lib/engine/types';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { findAsk, findDateTimes, mentions } from '../../lib/practice/ask';
import type { Goal } from '../../lib/practice/schema';
import { countWords, describeGoal, scoreAttempt, scoreGoal } from '../../lib/practice/score';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'r',
    pack: 'p/q',
    category: 'imposition',
    severity: 'warning',
    scope: 'span',
    start: 0,
    end: 4,
    text: 'Send',
    message: 'A bare command may read as an order.',
    why: 'w',
    suggestions: [],
    ...over,
  };
}
const result = (friction: number, findings: Finding[] = []): AnalyzeResult => ({ friction, findings, clarity: 100, tips: [] });

describe('max-friction', () => {
  const goal: Goal = { kind: 'max-friction', max: 20 };
  it('is met at or below the limit, and says the figure', () => {
    // Said on the one scale users see everywhere: harmony = 100 - friction.
    expect(describeGoal(goal)).toBe('Harmony at least 80');
    expect(scoreGoal(goal, 'x', result(20))).toMatchObject({ met: true, explanation: 'Harmony is 80, at least the 80 asked.' });
    expect(scoreGoal(goal, 'x', result(21))).toMatchObject({ met: false, explanation: 'Harmony is 79, below the 80 asked.' });
  });
});

describe('no-findings', () => {
  const findings = [finding({ severity: 'suggestion', category: 'pressure', text: 'ASAP', message: '“ASAP” adds pressure.' }), finding({ severity: 'info', category: 'acknowledgement', scope: 'draft', text: '' })];
  it('counts any finding by default', () => {
    const r = scoreGoal({ kind: 'no-findings' }, 'x', result(30, findings));
    expect(r.met).toBe(false);
    expect(r.explanation).toBe('Still flagged: “ASAP”: “ASAP” adds pressure. (and 1 more)');
  });
  it('counts only findings at or above a severity', () => {
    expect(scoreGoal({ kind: 'no-findings', atOrAbove: 'warning' }, 'x', result(30, findings)).met).toBe(true);
    expect(scoreGoal({ kind: 'no-findings', atOrAbove: 'suggestion' }, 'x', result(30, findings)).met).toBe(false);
  });
  it('counts only the categories named', () => {
    expect(scoreGoal({ kind: 'no-findings', categories: ['blame', 'shouting'] }, 'x', result(30, findings)).met).toBe(true);
    const r = scoreGoal({ kind: 'no-findings', categories: ['acknowledgement'] }, 'x', result(30, findings));
    expect(r).toMatchObject({ met: false, explanation: expect.stringMatching(/^Still flagged: the draft as a whole: /) });
  });
  it('reads well as a goal', () => {
    expect(describeGoal({ kind: 'no-findings', atOrAbove: 'warning' })).toBe('No warning-level finding');
    expect(describeGoal({ kind: 'no-findings', categories: ['blame'] })).toBe('No finding about blame');
    expect(describeGoal({ kind: 'no-findings', label: 'Keep it kind' })).toBe('Keep it kind');
  });
});

describe('max-words', () => {
  it('counts words as a reader does', () => {
    expect(countWords("Don't send the sign-off at 3:30pm, Kenji-san.")).toBe(7);
    expect(countWords('  ')).toBe(0);
  });
  it('is met at or below the limit and says by how much it is over', () => {
    expect(scoreGoal({ kind: 'max-words', max: 3 }, 'one two three', result(0))).toMatchObject({ met: true, explanation: '3 words.' });
    expect(scoreGoal({ kind: 'max-words', max: 3 }, 'one two three four five', result(0))).toMatchObject({ met: false, explanation: '5 words: 2 too many.' });
  });
});

describe('must-mention and must-not-mention', () => {
  it('matches whole words, any case, any spacing, curly or straight apostrophes', () => {
    expect(mentions('We move to  SEPTEMBER.', 'september')).toBe(true);
    expect(mentions('Septembers are busy', 'September')).toBe(false);
    expect(mentions('I don’t think so', "don't think")).toBe(true);
    expect(mentions('about 4% of parts', '4%')).toBe(true);
  });
  it('needs every item; an item that is a list is met by any of its phrases', () => {
    const goal: Goal = { kind: 'must-mention', phrases: ['Osaka', ['launch', 'release']] };
    expect(scoreGoal(goal, 'The Osaka release moves.', result(0)).met).toBe(true);
    expect(scoreGoal(goal, 'The release moves.', result(0))).toMatchObject({ met: false, explanation: 'Missing: “Osaka”.' });
    expect(scoreGoal(goal, 'Nothing here.', result(0)).explanation).toBe('Missing: “Osaka”; “launch” or “release”.');
  });
  it('names the phrases that are still there', () => {
    const goal: Goal = { kind: 'must-not-mention', phrases: ['non-negotiable', 'final', 'ASAP'] };
    expect(scoreGoal(goal, 'This is final and non-negotiable.', result(0))).toMatchObject({ met: false, explanation: 'Still there: “non-negotiable” and “final”.' });
    expect(scoreGoal(goal, 'The finals are next week.', result(0)).met).toBe(true);
  });
});

describe('dates and times', () => {
  const found = (s: string) => findDateTimes(s.toLowerCase()).map((d) => s.slice(d.start, d.end));
  it('finds the usual ways of saying when', () => {
    expect(found('by Friday')).toEqual(['Friday']);
    expect(found('by Thu.')).toEqual(['Thu.']);
    expect(found('before 10:00 tomorrow')).toEqual(['10:00', 'tomorrow']);
    expect(found('at 3pm on the 14th')).toEqual(['3pm', 'the 14th']);
    expect(found('by 12 June or June 12th')).toEqual(['12 June', 'June 12th']);
    expect(found('by the end of the week')).toEqual(['end of the week']);
    expect(found('within two days')).toEqual(['within two days']);
    expect(found('next Monday, or by EOD')).toEqual(['next Monday', 'EOD']);
    expect(found('by Q3')).toEqual(['by Q3']);
    expect(found('on 2025-03-14')).toEqual(['2025-03-14']);
  });
  it('does not take labels or the modal "may" for dates', () => {
    expect(found('the Q3 numbers')).toEqual([]);
    expect(found('you may want to check')).toEqual([]);
    expect(found('when you have a moment')).toEqual([]);
  });
});

describe('the ask is still there', () => {
  const SEND: Goal = { kind: 'ask', action: ['send', 'share'], when: ['Friday'] };

  // Rewrites of "You need to send me the revised timeline by Friday." that keep the ask.
  const KEPT = [
    'Could you send me the revised timeline by Friday?',
    'Would you be able to share the revised timeline by Friday? It would help us plan the launch.',
    'Hi Kenji,\n\nThanks for all the work so far. I would be grateful if you could send me the revised timeline by Friday, so that I can brief the board.\n\nBest,\nAnna',
    'Could you send me the revised timeline? We need it by Friday for the board pack.',
    "I'd appreciate it if the team could share the revised timeline before Friday noon.",
    'Please send me the revised timeline by Friday.',
    'Send me the revised timeline by Friday, please.',
    'When you send the revised timeline, could you include the Osaka dates? Friday would be ideal.',
  ];
  // Rewrites that softened the ask away.
  const LOST: [string, 'request' | 'action' | 'when' | null][] = [
    ['If you have time at some point, the revised timeline would be nice to see.', null],
    ['Could you send me the revised timeline when you have a moment?', 'when'],
    ['The revised timeline is due on Friday.', null],
    ['I sent you the revised timeline on Friday.', 'request'],
    ['Could you have a look at your calendar for Friday?', 'action'],
  ];

  it.each(KEPT)('finds the ask in: %s', (text) => {
    const r = scoreGoal(SEND, text, result(0));
    expect(r.met, r.explanation).toBe(true);
    expect(r.explanation).toMatch(/^The ask is clear: “.+” \((send|share), Friday\)\.$/i);
  });

  it.each(LOST)('misses the ask in: %s', (text, missing) => {
    const r = findAsk(text, SEND);
    expect(r.found).toBeNull();
    expect(r.partial?.missing ?? null).toBe(missing);
    expect(scoreGoal(SEND, text, result(0)).met).toBe(false);
  });

  it('explains what is missing', () => {
    expect(scoreGoal(SEND, 'Could you send me the timeline when you can?', result(0)).explanation).toBe(
      '“Could you send me the timeline when you can?” asks for it, but without “Friday”.',
    );
    expect(scoreGoal(SEND, 'The weather is nice.', result(0)).explanation).toBe(
      'No request to do “send” or “share” is left: say what you are asking for, and by when.',
    );
  });

  it('takes any action and any date when the goal names none', () => {
    const any: Goal = { kind: 'ask' };
    expect(scoreGoal(any, 'Shall we meet on Tuesday to agree on next steps?', result(0)).met).toBe(true);
    expect(scoreGoal(any, 'Could we find 30 minutes next week?', result(0)).met).toBe(true);
    expect(scoreGoal(any, 'Thanks for the update, see you soon.', result(0)).met).toBe(false);
  });

  it('accepts nouns and phrases the coach lists', () => {
    const goal: Goal = { kind: 'ask', action: ['sign-off', 'approve', 'let me know'] };
    expect(scoreGoal(goal, 'We would need your sign-off by 3pm on the 14th.', result(0)).met).toBe(true);
    expect(scoreGoal(goal, 'Could you let me know by Wednesday whether that works?', result(0)).met).toBe(true);
    expect(scoreGoal(goal, 'Could you approve it by next Monday?', result(0)).met).toBe(true);
  });

  it('ignores the quoted reply below the draft', () => {
    const text = 'Thanks, that helps a lot.\n\nOn Tue, 4 Mar 2025 at 09:12, Kenji <k@example.jp> wrote:\n> Could you send me the timeline by Friday?';
    expect(scoreGoal(SEND, text, result(0)).met).toBe(false);
  });
});

describe('scoreAttempt with the built-in packs, on real drafts', () => {
  const packs = loadBuiltinPacks();
  const goals: Goal[] = [
    { kind: 'max-friction', max: 25 },
    { kind: 'no-findings', atOrAbove: 'warning' },
    { kind: 'ask', action: ['send'], when: ['Friday'] },
    { kind: 'must-mention', phrases: [['September', 'Sept']] },
    { kind: 'max-words', max: 120 },
  ];
  const score = (text: string) => scoreAttempt(goals, text, analyze(text, { packs, audience: 'consensus' }));

  it('fails the blunt draft on friction and warnings, but finds its ask', () => {
    const s = score('Hi team,\n\nWe have decided to move the launch to September. This is final.\n\nYou need to send me the revised timeline by Friday.\n\nMark');
    expect(s.goals.map((g) => g.met)).toEqual([false, false, true, true, true]);
    expect(s.passed).toBe(false);
    expect(s.findingsBySeverity.warning).toBeGreaterThan(0);
  });

  it('passes the softened rewrite that keeps the ask', () => {
    const s = score(
      'Hi team,\n\nThank you for all the work on the launch. Because of the supplier delays, we are proposing to move it to September, so that you have time to prepare your customers.\n\nCould you send me the revised timeline by Friday? I would also like to hear your views before we finalise the date.\n\nMark',
    );
    expect(s.goals.filter((g) => !g.met)).toEqual([]);
    expect(s).toMatchObject({ passed: true, met: 5, total: 5 });
  });

  it('fails the rewrite that softened the ask away, even with no friction', () => {
    const s = score('Hi team,\n\nThank you for all the work on the launch. We are thinking about September for it, and the revised timeline would be nice to see at some point.\n\nMark');
    expect(s.goals.find((g) => g.kind === 'ask')?.met).toBe(false);
    expect(s.passed).toBe(false);
  });
});
