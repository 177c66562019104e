/**
 * Issue 10, holes 3 and 7 at the command line: a bad JSONL line is answered on its own line and
 * the run goes on (exit 2), input over the size limit or binary input is refused (exit 2),
 * control characters from packs and drafts are escaped, JSON output is one valid document.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { MAX_DRAFT_BYTES } from '../../lib/cli/text';

async function run(argv: string[], stdin: string | Readable = '') {
  const out: string[] = [];
  const err: string[] = [];
  const input = typeof stdin === 'string' ? Readable.from([stdin]) : stdin;
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), color: false }, input);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const mini = ['--no-builtin', '--pack', 'tests/fixtures/packs/mini.yaml'];

describe('check --jsonl with bad lines', () => {
  it('answers every line in order, bad ones with an error (and their id), and exits 2', async () => {
    const input = [
      '{"id":1,"text":"You need to go."}',
      'not json',
      'null',
      '{"id":"n","text":42}',
      '[1,2]',
      '{"text":"no id, fine"}',
      '{"id":7,"text":"You need to send it."}',
    ].join('\n');
    const r = await run(['check', '--jsonl', ...mini], input);
    expect(r.code).toBe(2);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0].findings[0].rule).toBe('you-need-to');
    expect(lines[1]).toEqual({ line: 2, error: 'not JSON' });
    expect(lines[2].error).toMatch(/not a JSON object/);
    expect(lines[3]).toEqual({ id: 'n', line: 4, error: '"text" must be a string' });
    expect(lines[4].error).toMatch(/not a JSON object/);
    expect(lines[5]).toMatchObject({ id: null, findings: [] });
    expect(lines[6]).toMatchObject({ id: 7 });
    expect(lines[6].findings[0].rule).toBe('you-need-to');
  });

  it('exits 1 for findings at --fail-on when every line is good, 2 when one is bad', async () => {
    const good = '{"id":1,"text":"You need to go."}';
    expect((await run(['check', '--jsonl', ...mini, '--fail-on', 'warning'], good)).code).toBe(1);
    expect((await run(['check', '--jsonl', ...mini, '--fail-on', 'warning'], `${good}\n{`)).code).toBe(2);
  });

  it('refuses a line with binary text or over the size limit, on that line only', async () => {
    const big = JSON.stringify({ id: 'big', text: 'a'.repeat(MAX_DRAFT_BYTES + 1) });
    const r = await run(['check', '--jsonl', ...mini], `${big}\n{"id":"nul","text":"a\\u0000b"}\n{"id":3,"text":"Thanks!"}`);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, !!l.error])).toEqual([['big', true], ['nul', true], [3, false]]);
    expect(r.code).toBe(2);
  });
});

describe('check: input limits', () => {
  it('refuses a draft over the size limit with exit 2 and one line', async () => {
    const chunk = 'word '.repeat(20_000);
    const stream = Readable.from(Array.from({ length: Math.ceil(MAX_DRAFT_BYTES / chunk.length) + 1 }, () => chunk));
    const r = await run(['check', '-', ...mini], stream);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^nemawashi: <stdin> is larger than 2 MB/);
    expect(r.out).toBe('');
  });

  it('refuses a binary file (NUL bytes) instead of checking it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nw-'));
    const file = join(dir, 'blob.bin');
    writeFileSync(file, Buffer.from([0x59, 0x6f, 0x75, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x00]));
    const r = await run(['check', file, ...mini]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/holds NUL bytes/);
    expect(r.err).not.toContain('\x1b');
  });

  it('checks a long run without spaces (no quadratic path)', async () => {
    const r = await run(['check', '-', ...mini, '--format', 'json'], 'a'.repeat(200_000));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ friction: 0, findings: [] });
  });
});

describe('check --format json', () => {
  it('is one valid JSON document, written a finding at a time', async () => {
    const r = await run(['check', '-', ...mini, '--format', 'json'], 'You need to go now.\nYou have to fix it.\nSend me the file.');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['friction', 'findings']);
    expect(j.findings.length).toBe(3);
    expect(r.out.split('\n').length).toBeGreaterThan(j.findings.length + 2);
  });
});

describe('control characters', () => {
  const evil = `id: evil/esc
version: 1.0.0
name: Evil
description: escapes
language: en
audience: consensus
license: MIT
rules:
  - id: esc
    category: imposition
    severity: warning
    match: { phrases: ["send"] }
    message: "\\e]0;owned\\a\\e[2J\\u202eSend"
    why: "w"
    scope: sentence
    examples:
      flag: ["send it"]
      pass: ["nothing here"]
`;

  it('are escaped in text output: messages and the draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nw-'));
    const pack = join(dir, 'evil.yaml');
    writeFileSync(pack, evil);
    const r = await run(['check', '-', '--no-builtin', '--pack', pack], 'Please send it\x1b[1m now.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('\\u001b]0;owned\\u0007\\u001b[2J\\u202eSend');
    expect(r.out).toContain('"Please send it\\u001b[1m now."');
    expect(r.out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  });

  it('are escaped in pack errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nw-'));
    const pack = join(dir, 'evil.yaml');
    writeFileSync(pack, evil.replace('why: "w"', 'why: "w"\n    "\\e[2Jx": 1'));
    const r = await run(['pack', 'lint', pack]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown field "\\u001b[2Jx"');
    expect(r.err).not.toContain('\x1b');
  });
});
