/**
 * The example assignments are tests too, like a pack's examples: each loads, its draft misses
 * some goal (there is something to practise), its model answer meets every goal with the
 * built-in packs, and the example course holds exactly the files of the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { formatPracticeError, loadPractice, packsForAssignment } from '../../lib/practice/load';
import type { Assignment } from '../../lib/practice/schema';
import { scoreAttempt } from '../../lib/practice/score';

const DIR = path.resolve(__dirname, '../../examples/assignments');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f) && f !== 'course.yaml');

function load(file: string) {
  const r = loadPractice(readFileSync(path.join(DIR, file), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map(formatPracticeError).join('\n'));
  return r;
}

const assignments: Assignment[] = files.map((f) => {
  const r = load(f);
  if (r.type !== 'assignment') throw new Error(`${f} is a course`);
  return r.assignment;
});

function score(a: Assignment, text: string) {
  const { packs } = packsForAssignment(a, loadBuiltinPacks());
  return scoreAttempt(a.goals, text, analyze(text, { packs, audience: a.audience }));
}

describe('example assignments', () => {
  it('are at least eight, across the situations a leader meets', () => {
    expect(assignments.length).toBeGreaterThanOrEqual(8);
    const situations = new Set(assignments.map((a) => a.situation));
    for (const s of ['announcing-a-decision', 'declining-a-proposal', 'pushing-back-on-a-deadline', 'giving-critical-feedback', 'escalating-a-problem', 'asking-for-a-fast-turnaround']) {
      expect(situations, s).toContain(s);
    }
  });

  it.each(files)('%s: named after its id, with hints and a model answer', (file) => {
    const a = assignments[files.indexOf(file)];
    expect(file).toBe(`${a.id}.yaml`);
    expect(a.hints.length).toBeGreaterThanOrEqual(2);
    expect(a.modelAnswer).toBeTruthy();
    expect(a.goals.some((g) => g.kind === 'ask'), 'every example keeps an ask').toBe(true);
  });

  it.each(files)('%s: the draft misses a goal, the model answer meets them all', (file) => {
    const a = assignments[files.indexOf(file)];
    const draft = score(a, a.draft);
    expect(draft.passed, 'the draft must leave something to practise').toBe(false);
    const model = score(a, a.modelAnswer!);
    expect(model.goals.filter((g) => !g.met)).toEqual([]);
    expect(model.friction).toBeLessThan(draft.friction);
  });

  it('the example course bundles exactly these assignments', () => {
    const r = load('course.yaml');
    if (r.type !== 'course') throw new Error('course.yaml is not a course');
    const byId = new Map(assignments.map((a) => [a.id, a]));
    expect(r.course.assignments.map((a) => a.id).sort()).toEqual([...byId.keys()].sort());
    for (const a of r.course.assignments) expect(a, a.id).toEqual(byId.get(a.id));
  });
});
