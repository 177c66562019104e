/** The learner's local data (library, attempts, work in progress) and the opt-in usage stats. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Attempt } from '../../lib/practice/report';
import type { Assignment } from '../../lib/practice/schema';
import {
  addAttempt,
  deleteAllHistory,
  importPractice,
  MAX_ATTEMPTS,
  practiceAttempts,
  practiceLibrary,
  practicePacks,
  practiceWork,
  removeAssignment,
  saveWork,
} from '../../lib/storage/practice';
import { addEvent, clearStats, recordFindingEvent, statsEnabled, summariseStats, weeklyStats, weekOf } from '../../lib/storage/stats';

const a = (id: string): Assignment => ({
  id,
  title: id.toUpperCase(),
  author: 'Coach',
  language: 'en',
  audience: 'consensus',
  scenario: 's',
  draft: 'd',
  goals: [{ kind: 'max-words', max: 10 }],
  hints: [],
});

const attempt = (n: number): Attempt => ({
  id: String(n),
  assignmentId: 'x',
  at: new Date(Date.UTC(2025, 0, 1, 0, 0, n)).toISOString(),
  text: 't',
  hintsRevealed: 0,
  score: { goals: [], met: 0, total: 0, passed: true, friction: 0, words: 1, findingsByCategory: {}, findingsBySeverity: {} },
});

beforeEach(() => fakeBrowser.reset());

describe('practice storage', () => {
  it('imports assignments and courses; the same id replaces the older version', async () => {
    expect(await importPractice({ type: 'assignment', assignment: a('one') }, 1)).toEqual(['one']);
    await importPractice({ type: 'course', course: { id: 'c', title: 'C', author: 'Coach', assignments: [a('two'), { ...a('one'), title: 'New' }] } }, 2);
    const lib = await practiceLibrary.getValue();
    expect(Object.keys(lib.assignments).sort()).toEqual(['one', 'two']);
    expect(lib.assignments.one).toMatchObject({ title: 'New', importedAt: 2 });
    expect(lib.courses).toEqual([{ id: 'c', title: 'C', author: 'Coach', assignmentIds: ['two', 'one'] }]);
  });

  it('removes an assignment from the library and from its course', async () => {
    await importPractice({ type: 'course', course: { id: 'c', title: 'C', author: 'Coach', assignments: [a('two'), a('one')] } });
    await removeAssignment('two');
    expect((await practiceLibrary.getValue()).courses[0].assignmentIds).toEqual(['one']);
    await removeAssignment('one');
    expect(await practiceLibrary.getValue()).toEqual({ assignments: {}, courses: [] });
  });

  it('keeps attempts up to a cap, oldest dropped first', async () => {
    await practiceAttempts.setValue(Array.from({ length: MAX_ATTEMPTS }, (_, i) => attempt(i)));
    const all = await addAttempt(attempt(MAX_ATTEMPTS));
    expect(all).toHaveLength(MAX_ATTEMPTS);
    expect(all[0].id).toBe('1');
    expect(all.at(-1)!.id).toBe(String(MAX_ATTEMPTS));
  });

  it('deletes all history (attempts and work in progress) but keeps the library', async () => {
    await importPractice({ type: 'assignment', assignment: a('one') });
    await addAttempt(attempt(1));
    await saveWork('one', { text: 'half done', hintsRevealed: 1 });
    expect(await practiceWork.getValue()).toEqual({ one: { text: 'half done', hintsRevealed: 1 } });
    await deleteAllHistory();
    expect(await practiceAttempts.getValue()).toEqual([]);
    expect(await practiceWork.getValue()).toEqual({});
    expect(Object.keys((await practiceLibrary.getValue()).assignments)).toEqual(['one']);
  });

  it('checks with the built-in packs and reports named packs that are not installed', async () => {
    const { packs, missing } = await practicePacks({ packs: ['acme/house'] });
    expect(packs.length).toBeGreaterThan(0);
    expect(missing).toEqual(['acme/house']);
  });
});

describe('usage stats', () => {
  it('counts nothing until the user opts in', async () => {
    await recordFindingEvent('imposition', 'shown');
    expect(await weeklyStats.getValue()).toEqual({});
  });

  it('counts shown, applied and ignored per category per week, and nothing else', async () => {
    await statsEnabled.setValue(true);
    const monday = new Date(2025, 2, 3, 9);
    const sunday = new Date(2025, 2, 9, 23);
    await Promise.all([
      recordFindingEvent('imposition', 'shown', monday),
      recordFindingEvent('imposition', 'shown', sunday),
      recordFindingEvent('imposition', 'applied', sunday),
      recordFindingEvent('pressure', 'ignored', new Date(2025, 2, 10, 8)),
    ]);
    expect(await weeklyStats.getValue()).toEqual({
      '2025-03-03': { imposition: { shown: 2, applied: 1, ignored: 0 } },
      '2025-03-10': { pressure: { shown: 0, applied: 0, ignored: 1 } },
    });
    await clearStats();
    expect(await weeklyStats.getValue()).toEqual({});
  });

  it('weeks start on Monday', () => {
    expect(weekOf(new Date(2025, 2, 3))).toBe('2025-03-03');
    expect(weekOf(new Date(2025, 2, 9, 23, 59))).toBe('2025-03-03');
    expect(weekOf(new Date(2025, 0, 1))).toBe('2024-12-30');
  });

  it('keeps about a year of weeks', () => {
    let stats = {};
    for (let w = 0; w < 60; w++) stats = addEvent(stats, 'blame', 'shown', new Date(2024, 0, 1 + 7 * w));
    expect(Object.keys(stats)).toHaveLength(53);
  });

  it('sums up per week and per category for the charts', () => {
    const s = summariseStats({
      '2025-03-10': { pressure: { shown: 1, applied: 0, ignored: 1 } },
      '2025-03-03': { imposition: { shown: 2, applied: 1, ignored: 0 }, pressure: { shown: 3, applied: 1, ignored: 0 } },
    });
    expect(s.weeks).toEqual(['2025-03-03', '2025-03-10']);
    expect(s.perWeek).toEqual([{ shown: 5, applied: 2, ignored: 0 }, { shown: 1, applied: 0, ignored: 1 }]);
    expect(s.categories).toEqual(['pressure', 'imposition']);
  });
});
