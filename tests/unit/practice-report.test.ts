/** The progress report: built from the history, read back with validation, printed as HTML. */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../lib/practice/schema';
import type { Attempt } from '../../lib/practice/report';
import { i18n } from '../../lib/i18n';
import { buildReport, loadReport, recurringCategories, reportToHtml, summarise } from '../../lib/practice/report';
import type { Score } from '../../lib/practice/score';

const assignment = (id: string, title = id): Assignment => ({
  id,
  title,
  author: 'Coach',
  situation: 'announcing-a-decision',
  language: 'en',
  audience: 'consensus',
  scenario: 'You write to the Osaka team.',
  draft: `Draft of ${id}: You need to send it by Friday.`,
  goals: [{ kind: 'max-friction', max: 20 }],
  hints: [],
});

function attempt(assignmentId: string, at: string, friction: number, byCategory: Score['findingsByCategory'], text = 'A rewrite.'): Attempt {
  const passed = friction <= 20;
  return {
    id: `${assignmentId}@${at}`,
    assignmentId,
    at,
    text,
    hintsRevealed: 1,
    score: {
      goals: [{ kind: 'max-friction', label: 'Friction at most 20', met: passed, explanation: `Friction is ${friction}.` }],
      met: passed ? 1 : 0,
      total: 1,
      passed,
      friction,
      words: 2,
      findingsByCategory: byCategory,
      findingsBySeverity: {},
    },
  };
}

const history: Attempt[] = [
  attempt('b', '2025-03-02T10:00:00.000Z', 60, { imposition: 2, pressure: 1 }),
  attempt('a', '2025-03-01T10:00:00.000Z', 80, { imposition: 3 }),
  attempt('a', '2025-03-01T11:00:00.000Z', 10, {}, 'Could you send it by Friday? <b>Thanks</b>'),
  attempt('b', '2025-03-03T10:00:00.000Z', 30, { imposition: 1 }),
];

describe('progress report', () => {
  const report = buildReport([assignment('a', 'Launch'), assignment('b', 'Decline'), assignment('c', 'Untouched')], history, {
    learner: 'Anna',
    now: new Date('2025-03-04T09:00:00Z'),
    baseline: () => ({ friction: 90, findingsByCategory: { imposition: 4 } }),
  });

  it('holds each practised assignment with its attempts in order, and leaves out the rest', () => {
    expect(report).toMatchObject({ format: 'nemawashi/progress-report', version: 1, learner: 'Anna', generatedAt: '2025-03-04T09:00:00.000Z' });
    expect(report.assignments.map((a) => a.id)).toEqual(['a', 'b']);
    expect(report.assignments[0].attempts.map((t) => t.friction)).toEqual([80, 10]);
    expect(report.assignments[0]).toMatchObject({ title: 'Launch', draft: 'Draft of a: You need to send it by Friday.', baseline: { friction: 90 }, goals: ['Friction at most 20'] });
  });

  it('sums up and finds the categories that keep coming back', () => {
    expect(summarise(report)).toEqual({ assignments: 2, passed: 1, attempts: 4, firstFriction: 70, lastFriction: 20 });
    expect(recurringCategories(report)).toEqual([
      { category: 'imposition', findings: 6, attempts: 3, assignments: 2, stillInLast: 1 },
      { category: 'pressure', findings: 1, attempts: 1, assignments: 1, stillInLast: 0 },
    ]);
  });

  it('reads back what it wrote, and refuses what is not a report', () => {
    const back = loadReport(JSON.stringify(report, null, 2), 'r.json');
    expect(back.ok && back.report).toEqual(report);
    const other = loadReport('{"id": "an-assignment"}', 'x.json');
    expect(!other.ok && other.errors[0].message).toMatch(/not a progress report/);
    const broken = JSON.stringify({ ...report, assignments: [{ ...report.assignments[0], attempts: [{ ...report.assignments[0].attempts[0], friction: 'high' }] }] }, null, 2);
    const r = loadReport(broken, 'r.json');
    expect(!r.ok && r.errors[0]).toMatchObject({ file: 'r.json', path: 'assignments[0].attempts[0].friction' });
    expect(!r.ok && r.errors[0].line).toBeGreaterThan(1);
  });

  it('prints as standalone HTML with every text escaped', () => {
    const html = reportToHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;b&gt;Thanks&lt;/b&gt;');
    expect(html).not.toContain('<b>Thanks</b>');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(html).toContain('Categories that keep coming back');
    expect(html).toContain('<b>30 → 80</b>');
  });

  it('prints in the learner\'s interface language (Japanese), with no English interface word left', () => {
    const en = reportToHtml(report);
    const ja = reportToHtml(report, i18n('ja'));
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('Nemawashi 練習の進捗レポート');
    expect(ja).toContain('<b>30 → 80</b>');
    // Every English interface phrase of the English page is gone from the Japanese one.
    for (const phrase of ['progress report', 'Categories that keep coming back', 'Last attempt', 'Goals met', 'Harmony', 'Hints', 'Words', 'generated', 'Before', 'After']) {
      expect(en).toContain(phrase);
      expect(ja).not.toContain(phrase);
    }
  });
});
