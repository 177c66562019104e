/** Assignment and course files: what loads, and where the errors point (file:line:col path). */
import { describe, expect, it } from 'vitest';
import { formatPracticeError, loadPractice, packsForAssignment } from '../../lib/practice/load';
import { GOAL_KINDS } from '../../lib/practice/schema';

const MINIMAL = `id: tiny
title: Tiny
author: Coach
scenario: You write to the team.
draft: Send me the report by Friday.
goals:
  - kind: max-friction
    max: 20
`;

function errorsOf(source: string, file = 'a.yaml'): string[] {
  const r = loadPractice(source, file);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatPracticeError);
}

describe('loadPractice', () => {
  it('loads a minimal assignment and fills in the defaults', () => {
    const r = loadPractice(MINIMAL, 'tiny.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok || r.type !== 'assignment') throw new Error('expected an assignment');
    expect(r.assignment).toMatchObject({ id: 'tiny', language: 'en', audience: 'consensus', hints: [] });
  });

  it('loads the same assignment from JSON', () => {
    const r = loadPractice(JSON.stringify({ id: 'tiny', title: 'T', author: 'C', scenario: 'S', draft: 'D', goals: [{ kind: 'max-words', max: 10 }] }), 'tiny.json');
    expect(r.ok && r.type).toBe('assignment');
  });

  it('accepts every goal kind', () => {
    const goals = `
  - kind: max-friction
    max: 20
  - kind: no-findings
    atOrAbove: warning
    categories: [blame, shouting]
  - kind: ask
    action: [send, share]
    when: [Friday]
  - kind: max-words
    max: 120
  - kind: must-mention
    phrases: [Osaka, [launch, release]]
  - kind: must-not-mention
    phrases: [non-negotiable]
    label: Leave the door open`;
    const r = loadPractice(MINIMAL.replace(/goals:[\s\S]*$/, `goals:${goals}\n`));
    expect(r.ok).toBe(true);
    if (r.ok && r.type === 'assignment') expect(r.assignment.goals.map((g) => g.kind)).toEqual(GOAL_KINDS);
  });

  it('points at an unknown goal kind with its line and column', () => {
    const errors = errorsOf(MINIMAL.replace('kind: max-friction', 'kind: max-friktion'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.yaml:7:11 goals\[0\]\.kind: Invalid discriminator value/);
  });

  it('points at a misspelt field (strict objects: no silent typo)', () => {
    const errors = errorsOf(MINIMAL.replace('    max: 20', '    max: 20\n    maximum: 3'));
    expect(errors).toEqual(['a.yaml:9:5 goals[0].maximum: unknown field "maximum"']);
  });

  it('says which required field is missing, and where', () => {
    const errors = errorsOf(MINIMAL.replace('draft: Send me the report by Friday.\n', ''));
    expect(errors).toEqual(['a.yaml:1:1 draft: missing required field (string)']);
  });

  it('reports a wrong type as a wrong type (a hint that YAML read as a mapping)', () => {
    const errors = errorsOf(`${MINIMAL}hints:\n  - Keep the ask: who does what by when.\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a\.yaml:10:5 hints\[0\]: .*expected string, received object/);
  });

  it('checks numbers and ranges', () => {
    expect(errorsOf(MINIMAL.replace('max: 20', 'max: 120'))[0]).toMatch(/^a\.yaml:8:10 goals\[0\]\.max: /);
  });

  it('rejects a file that is neither an assignment nor a course', () => {
    expect(errorsOf('- just\n- a list\n')[0]).toMatch(/expected an assignment/);
    expect(errorsOf('id: [unclosed\n')[0]).toMatch(/^a\.yaml:\d+:\d+ /);
  });

  it('loads a course and catches duplicate assignment ids', () => {
    const indent = (s: string) =>
      s
        .trimEnd()
        .split('\n')
        .map((line, i) => (i === 0 ? '  - ' : '    ') + line)
        .join('\n') + '\n';
    const course = `id: c\ntitle: Course\nauthor: Coach\nassignments:\n${indent(MINIMAL)}`;
    const ok = loadPractice(course, 'c.yaml');
    expect(ok.ok && ok.type === 'course' && ok.course.assignments.length).toBe(1);
    const dup = `${course}${indent(MINIMAL)}`;
    expect(errorsOf(dup, 'c.yaml')).toEqual([expect.stringMatching(/^c\.yaml:13:9 assignments\[1\]\.id: duplicate assignment id "tiny"/)]);
  });

  it('compiles inline packs and points into them', () => {
    const pack = (pattern: string) => `packs:
  - id: team/house
    version: 1.0.0
    name: House
    description: Our phrases.
    language: en
    audience: consensus
    license: MIT
    rules:
      - id: per-the-plan
        category: imposition
        severity: warning
        match: { pattern: "${pattern}" }
        message: m
        why: w
        examples: { flag: [x], pass: [y] }
`;
    const good = loadPractice(MINIMAL + pack('per the plan'));
    expect(good.ok).toBe(true);
    if (good.ok && good.type === 'assignment') {
      const { packs, missing } = packsForAssignment(good.assignment, []);
      expect(packs.map((p) => p.id)).toEqual(['team/house']);
      expect(missing).toEqual([]);
    }
    const bad = errorsOf(MINIMAL + pack('per the #NoSuchTag'));
    expect(bad[0]).toMatch(/^a\.yaml:21:\d+ packs\[0\]\.rules\[0\]\.match\.pattern: .*NoSuchTag/);
  });

  it('lists the named packs that are not available', () => {
    const r = loadPractice(`${MINIMAL}packs: [acme/house-style]\n`);
    if (!r.ok || r.type !== 'assignment') throw new Error('expected an assignment');
    expect(packsForAssignment(r.assignment, []).missing).toEqual(['acme/house-style']);
  });
});
