/** Every example of every pack in rules/ (and the test fixtures) is a test. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../lib/engine/types';
import { runExamples } from '../../lib/packs/examples';
import { packFromFile } from '../helpers';

const files = [
  ...readdirSync('rules')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `rules/${f}`),
  'tests/fixtures/packs/mini.yaml',
];

describe.each(files)('%s', (file) => {
  const pack = packFromFile(file);
  it.each(pack.rules.map((r) => [r.id]))('rule %s: all examples pass', (id) => {
    const one = { ...pack, rules: pack.rules.filter((r) => r.id === id) };
    const { failures } = runExamples(one);
    expect(failures.map((f) => `${f.kind}: "${f.example}" - ${f.problem}`)).toEqual([]);
  });
});

describe('rules/core.yaml meets the bar for a built-in pack', () => {
  it('has 60+ rules covering every consensus category, each with 2 flag, 2 pass, 1 fix, a why and a source', () => {
    const pack = packFromFile('rules/core.yaml');
    expect(pack.audience).toBe('consensus');
    expect(pack.rules.length).toBeGreaterThanOrEqual(60);
    const needed = CATEGORIES.filter((c) => !['vagueness', 'hedging', 'clarity', 'over-apology', 'indirection'].includes(c));
    for (const c of needed) expect(pack.rules.some((r) => r.category === c), c).toBe(true);
    for (const r of pack.rules) {
      const ex = r.definition.examples;
      expect(ex.flag.length, r.id).toBeGreaterThanOrEqual(2);
      expect(ex.pass.length, r.id).toBeGreaterThanOrEqual(2);
      expect((ex.fix ?? []).length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.source, r.id).toBeTruthy();
    }
  });
});
