/** Issue 10, hole 2: what an import adds is known before asking; the same id is never overwritten silently. */
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Assignment } from '../../lib/practice/schema';
import { importPractice, planImport, practiceLibrary } from '../../lib/storage/practice';

const a = (id: string, draft = 'd'): Assignment => ({
  id,
  title: id.toUpperCase(),
  author: 'Coach',
  language: 'en',
  audience: 'consensus',
  scenario: 's',
  draft,
  goals: [{ kind: 'max-words', max: 10 }],
  hints: [],
});

beforeEach(() => fakeBrowser.reset());

it('plans: what is added, and which ids are taken by a different assignment (key order aside)', async () => {
  await importPractice({ type: 'assignment', assignment: a('one') });
  const lib = await practiceLibrary.getValue();
  // Browser storage gives keys back sorted: the same assignment is not a conflict.
  const sorted = Object.fromEntries(Object.entries(lib.assignments.one).sort(([x], [y]) => x.localeCompare(y)));
  const library = { ...lib, assignments: { one: sorted as typeof lib.assignments.one } };
  expect(planImport(library, { type: 'assignment', assignment: a('one') }).conflicts).toEqual([]);
  const plan = planImport(library, { type: 'course', course: { id: 'c', title: 'C', author: 'Coach', assignments: [a('one', 'other'), a('two')] } });
  expect(plan.assignments.map((x) => x.id)).toEqual(['one', 'two']);
  expect(plan.course).toEqual({ id: 'c', title: 'C', author: 'Coach' });
  expect(plan.conflicts).toEqual([{ id: 'one', existingTitle: 'ONE', title: 'ONE' }]);
});

it('keeps both: the newcomer gets a free id, in its course too, and the first stays as it was', async () => {
  await importPractice({ type: 'assignment', assignment: a('one') });
  await importPractice({ type: 'assignment', assignment: a('one-2', 'taken') });
  const ids = await importPractice(
    { type: 'course', course: { id: 'c', title: 'C', author: 'Coach', assignments: [a('one', 'other'), a('two')] } },
    2,
    { keepBoth: true },
  );
  expect(ids).toEqual(['one-3', 'two']);
  const lib = await practiceLibrary.getValue();
  expect(lib.assignments.one.draft).toBe('d');
  expect(lib.assignments['one-3'].draft).toBe('other');
  expect(lib.courses[0].assignmentIds).toEqual(['one-3', 'two']);
});
