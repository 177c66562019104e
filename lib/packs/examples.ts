/**
 * Run a pack's examples: they are its tests. `flag` sentences must produce a finding of the rule,
 * `pass` sentences none, and applying one of the suggestions to a `fix.before` must give `after`.
 */
import { analyze } from '../engine/analyze';
import { applySuggestion } from '../engine/apply';
import type { CompiledPack } from './compile';

export interface ExampleFailure {
  rule: string;
  kind: 'flag' | 'pass' | 'fix';
  example: string;
  problem: string;
}

export interface ExampleReport {
  passed: number;
  failures: ExampleFailure[];
}

export function runExamples(pack: CompiledPack): ExampleReport {
  const failures: ExampleFailure[] = [];
  let passed = 0;
  const check = (ok: boolean, f: ExampleFailure) => (ok ? passed++ : failures.push(f));
  for (const rule of pack.rules) {
    // A rule's examples test the rule itself, alone: another rule of the pack firing on the same
    // sentence may make the engine withhold a finding's own wordings (a whole-sentence rewrite
    // instead), which says nothing about this rule. Draft-level tips are shown ungated here.
    const alone: CompiledPack = { ...pack, rules: [rule] };
    const findingsOf = (text: string) => {
      const r = analyze(text, { packs: [alone], tips: 'all' });
      return [...r.findings, ...r.tips].filter((f) => f.rule === rule.id);
    };
    const { flag, pass, fix } = rule.definition.examples;
    for (const example of flag) {
      check(findingsOf(example).length > 0, { rule: rule.id, kind: 'flag', example, problem: 'not flagged' });
    }
    for (const example of pass) {
      const found = findingsOf(example);
      check(found.length === 0, {
        rule: rule.id,
        kind: 'pass',
        example,
        problem: `flagged "${found[0]?.text}"`,
      });
    }
    for (const { before, after } of fix ?? []) {
      const found = findingsOf(before);
      const results = found.flatMap((f) => f.suggestions.map((s) => applySuggestion(before, f, s)));
      check(results.includes(after), {
        rule: rule.id,
        kind: 'fix',
        example: before,
        problem: found.length === 0 ? 'not flagged' : `expected "${after}", got ${results.map((r) => `"${r}"`).join(' or ') || 'no suggestion'}`,
      });
    }
  }
  return { passed, failures };
}
