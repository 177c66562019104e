/**
 * The command line built ahead of time (scripts/build-cli.mjs) answers exactly as the TypeScript
 * source does: same JSON for `check` (built-in packs from the ready form, the learned layer found
 * relative to the built file), for --jsonl, for the other reader and with a team pack.
 * A fresh build goes to tmp/ (two levels below the root, like dist/cli/), so a stale dist/ never
 * decides the result; the installed bin is compared too when dist/cli/ exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'tmp', `cli-built-test-${process.pid}`);

const DRAFT = [
  'Hi team,',
  'We will switch to the new deploy process on Monday, no exceptions.',
  'Obviously the old one was a mess, so just follow the checklist. You need to send the report by Friday.',
  'Thanks',
].join('\n');
const JSONL = [
  { id: 1, text: 'You need to send the report by Friday.' },
  { id: 'b', text: 'Why did you not test this before merging?' },
  { id: 3, text: 'Thanks for the help, it looks great.' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

async function fromSource(argv: string[], stdin: string) {
  const out: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: () => {}, color: false }, Readable.from([stdin]));
  return { code, out: out.join('\n') };
}

function fromBuilt(file: string, argv: string[], stdin: string) {
  const script = `const { main } = await import(${JSON.stringify(pathToFileURL(file).href)});
process.exitCode = await main(${JSON.stringify(argv)}, { out: (s) => console.log(s), err: (s) => console.error(s), color: false });`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: stdin, encoding: 'utf8' });
  return { code: r.status, out: r.stdout.replace(/\n$/, ''), err: r.stderr };
}

const CASES: [string, string[], string][] = [
  ['check --format json', ['check', '-', '--format', 'json'], DRAFT],
  ['check --audience results-first', ['check', '-', '--format', 'json', '--audience', 'results-first'], 'I was just wondering if maybe we could perhaps look at it?'],
  ['check --no-learned', ['check', '-', '--format', 'json', '--no-learned'], DRAFT],
  ['check with a team pack', ['check', '-', '--format', 'json', '--pack', 'tests/fixtures/packs/mini.yaml'], DRAFT],
  ['check --jsonl', ['check', '--jsonl'], JSONL],
];

describe('the built command line', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outdir', OUT, '--quiet'], { cwd: ROOT, stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('is JavaScript with the built-in packs in ready form beside it', () => {
    const files = readdirSync(OUT);
    expect(files).toContain('main.mjs');
    expect(files).toContain('packs.json');
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
  });

  it.each(CASES)('%s: the same JSON as the source', async (_name, argv, stdin) => {
    const src = await fromSource(argv, stdin);
    const built = fromBuilt(join(OUT, 'main.mjs'), argv, stdin);
    expect(built.err).toBe('');
    expect(built.code).toBe(src.code);
    expect(built.out).toBe(src.out);
    expect(src.out.length).toBeGreaterThan(20);
  }, 60_000);

  it('pack lint still validates fully (an invalid pack is refused)', () => {
    const r = fromBuilt(join(OUT, 'main.mjs'), ['pack', 'lint', 'tests/fixtures/packs/mini.yaml', 'package.json'], '');
    expect(r.code).toBe(2);
    expect(r.out).toContain('mini.yaml: ok');
    expect(r.err).toContain('package.json');
  });

  it.runIf(existsSync(join(ROOT, 'dist', 'cli', 'main.mjs')))('bin/nemawashi.mjs answers check as the source does', async () => {
    const argv = ['check', '-', '--format', 'json'];
    const src = await fromSource(argv, DRAFT);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'nemawashi.mjs'), ...argv], { cwd: ROOT, input: DRAFT, encoding: 'utf8' });
    expect(r.stdout.replace(/\n$/, '')).toBe(src.out);
  }, 60_000);
});
