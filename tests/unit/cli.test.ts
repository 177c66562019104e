import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), color: false }, Readable.from([stdin]));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const mini = ['--no-builtin', '--pack', 'tests/fixtures/packs/mini.yaml'];

describe('nemawashi check', () => {
  it('prints findings like a linter, with line:col and suggestions', async () => {
    const r = await run(['check', '-', ...mini], 'Hi team,\nYou need to send the report by Friday.\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<stdin>:2:1 {2}warning {4}you-need-to {2}“You need to” reads as an order\./m);
    expect(r.out).toContain('→ Could you send the report by Friday?');
    expect(r.out).toMatch(/1 finding .*friction \d+\/100/);
  });

  it('prints the JSON shape of the contract', async () => {
    const r = await run(['check', '-', ...mini, '--format', 'json'], 'You need to go now.');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['friction', 'findings']);
    expect(Object.keys(j.findings[0])).toEqual(['rule', 'pack', 'category', 'severity', 'start', 'end', 'text', 'message', 'why', 'suggestions']);
  });

  it('exits 1 at or above --fail-on, 0 below it', async () => {
    expect((await run(['check', '-', ...mini, '--fail-on', 'warning'], 'You need to go now.')).code).toBe(1);
    expect((await run(['check', '-', ...mini, '--fail-on', 'warning'], 'Send me the file.')).code).toBe(0);
    expect((await run(['check', '-', ...mini, '--fail-on', 'suggestion'], 'Send me the file.')).code).toBe(1);
  });

  it('reads JSONL and writes one line per input, in order', async () => {
    const input = ['{"id":1,"text":"You need to go."}', '{"id":"b","text":"Thanks!"}', '{"id":3,"text":"Send it now."}'].join('\n');
    const r = await run(['check', '--jsonl', ...mini], input);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, 'b', 3]);
    expect(lines[0].findings[0].rule).toBe('you-need-to');
    expect(lines[1].findings).toEqual([]);
    expect(typeof lines[2].friction).toBe('number');
  });

  it('checks for one reader at a time: the consensus reader by default, never both packs at once', async () => {
    const polite = 'Can you send it when you get a chance?';
    const byDefault = JSON.parse((await run(['check', '-', '--format', 'json'], polite)).out);
    expect(byDefault.findings).toEqual([]);
    // The results-first rules judge it (rules alone here: this is about which packs run).
    const resultsFirst = JSON.parse((await run(['check', '-', '--format', 'json', '--no-learned', '--audience', 'results-first'], polite)).out);
    expect(resultsFirst.findings.length).toBeGreaterThan(0);
    expect(resultsFirst.findings.every((f: { pack: string }) => f.pack === 'nemawashi/results-first')).toBe(true);
    const order = JSON.parse((await run(['check', '-', '--format', 'json'], "I'm copying your director so this gets resolved.")).out);
    expect(order.findings.map((f: { pack: string }) => f.pack)).toContain('nemawashi/core');
    expect(order.findings.every((f: { pack: string }) => f.pack !== 'nemawashi/results-first')).toBe(true);
  });

  it('exits 2 with a message, not a stack trace, for user mistakes', async () => {
    for (const argv of [['check', '--format', 'xml', '-'], ['check', 'no-such-file.txt'], ['bogus'], ['check', '--pack', 'no.yaml', '-'], ['check', '--wat']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/^nemawashi: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const bad = await run(['check', '--jsonl', ...mini], 'not json');
    expect(bad.code).toBe(2);
  });
});

describe('nemawashi pack', () => {
  it('lint passes a good pack and fails a bad one with file:line:col', async () => {
    expect((await run(['pack', 'lint', 'tests/fixtures/packs/mini.yaml'])).code).toBe(0);
    const r = await run(['pack', 'lint', 'tests/fixtures/packs/broken.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tests\/fixtures\/packs\/broken\.yaml:\d+:\d+ rules\[0\]\.match\.pattern: unknown tag #Verbb/m);
  });

  it('test runs every example and reports failures with the rule id', async () => {
    const ok = await run(['pack', 'test', 'tests/fixtures/packs/mini.yaml']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/16 examples passed, 0 failed/);
    const r = await run(['pack', 'test', 'tests/fixtures/packs/failing-examples.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/too-strong pass: "Do you need to leave early today\?" - flagged/);
  });

  it('test --coverage lists rules that never fire on a corpus', async () => {
    const r = await run(['pack', 'test', 'tests/fixtures/packs/mini.yaml', '--coverage', 'tests/fixtures/corpus.txt']);
    expect(r.out).toMatch(/2 of 3 rules fire/);
    expect(r.out).toMatch(/never fire: caps/);
  });

  it('schema prints a JSON Schema of the pack format', async () => {
    const r = await run(['pack', 'schema']);
    const schema = JSON.parse(r.out);
    expect(schema.properties.rules.type).toBe('array');
    expect(schema.additionalProperties).toBe(false);
  });

  it('diff lists rules added, removed and changed', async () => {
    const r = await run(['pack', 'diff', 'tests/fixtures/packs/mini.yaml', 'tests/fixtures/packs/mini-v2.yaml']);
    expect(r.out).toMatch(/^\+ per-my-last-email$/m);
    expect(r.out).toMatch(/^- caps$/m);
    expect(r.out).toMatch(/^~ imperative \(severity\)$/m);
  });
});
