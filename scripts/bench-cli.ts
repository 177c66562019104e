/**
 * npm run bench:cli — the command line's cost as whole processes, measured side by side in one run
 * (absolute times on shared machines are noisy; the ratios are what the budgets name):
 *
 *   1. `nemawashi check` of a four-line draft (built bin, and the TypeScript source through tsx as
 *      before the build existed) against a bare `node` that loads compromise (require: its one-file
 *      build; import: its ESM source). Budget: at most 1.5x.
 *   2. 300 emails of ~250 words through `nemawashi check --jsonl` against one `node` process that
 *      loads compromise and parses the same 300 texts with nlp(). Budget: at most 0.5x.
 *
 * Runs are interleaved (A B C A B C ...) so load on the machine hits every command alike; the
 * median of each is reported. Options: --runs N (default 10), --jsonl-runs N (default 3),
 * --no-build (measure dist/cli as it is; by default it is rebuilt first from the current source),
 * --compare DIR (also time the built command line of another checkout, e.g. `git archive` of the
 * commit before a change with its dist/cli built, in the same interleaved rounds: before and after
 * under the same load).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './lib/data';
import { median } from './lib/stats';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, 'jsonl-runs': { type: 'string', default: '3' }, 'no-build': { type: 'boolean' }, compare: { type: 'string' } },
});
const RUNS = Number(values.runs);
const JSONL_RUNS = Number(values['jsonl-runs']);
const TMP = join(ROOT, 'tmp', 'bench-cli');
mkdirSync(TMP, { recursive: true });

if (!values['no-build'] || !existsSync(join(ROOT, 'dist', 'cli', 'main.mjs'))) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

interface Cmd {
  name: string;
  args: string[];
  env?: Record<string, string>;
  input?: string;
}

function time(c: Cmd): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, {
    cwd: ROOT,
    input: c.input,
    env: { ...process.env, NO_COLOR: '1', ...c.env },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function race(cmds: Cmd[], runs: number): Map<string, number> {
  const times = new Map(cmds.map((c) => [c.name, [] as number[]]));
  for (const c of cmds) time(c); // warm the file cache
  for (let i = 0; i < runs; i++) for (const c of cmds) times.get(c.name)!.push(time(c));
  return new Map([...times].map(([k, v]) => [k, median(v)]));
}

const BIN = join(ROOT, 'bin', 'nemawashi.mjs');
const OTHER = values.compare ? join(values.compare, 'bin', 'nemawashi.mjs') : undefined;
if (OTHER && !existsSync(join(values.compare!, 'dist', 'cli', 'main.mjs'))) throw new Error(`--compare: no dist/cli/main.mjs in ${values.compare}`);
const fmt = (ms: number) => `${Math.round(ms)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

// 1. A short draft.
const draft = join(TMP, 'draft-4-lines.txt');
writeFileSync(
  draft,
  'Hi team,\nWe will switch to the new deploy process on Monday, no exceptions.\nObviously the old one was a mess, so just follow the checklist.\nThanks\n',
);
const short = race(
  [
    { name: 'node + require compromise', args: ['-e', "require('compromise')"] },
    { name: 'node + import compromise', args: ['--input-type=module', '-e', "import 'compromise'"] },
    { name: 'nemawashi check (built)', args: [BIN, 'check', draft], env: { NEMAWASHI_FROM_BUILD: '1' } },
    ...(OTHER ? [{ name: 'nemawashi check (built, --compare)', args: [OTHER, 'check', draft], env: { NEMAWASHI_FROM_BUILD: '1' } }] : []),
    { name: 'nemawashi check (source, tsx)', args: [BIN, 'check', draft], env: { NEMAWASHI_FROM_SOURCE: '1' } },
  ],
  RUNS,
);
const base = short.get('node + require compromise')!;
console.log(`\ncheck of a four-line draft, whole process, median of ${RUNS} (budget: at most 1.5x node + require compromise)`);
for (const [name, ms] of short) console.log(`  ${name.padEnd(36)} ${fmt(ms).padStart(8)}  ${ratio(ms, base)}`);

// 2. 300 emails of ~250 words: ordinary sentences (the packs' "pass" examples and a real-looking
// email) with some flagged ones mixed in, drawn by a seeded generator (the same emails every run).
const pool: string[] = [];
const flagged: string[] = [];
for (const f of ['core.yaml', 'results-first.yaml']) {
  const pack = parseYaml(readFileSync(join(ROOT, 'rules', f), 'utf8')) as { rules: { examples?: { flag?: string[]; pass?: string[] } }[] };
  for (const r of pack.rules) {
    pool.push(...(r.examples?.pass ?? []));
    flagged.push(...(r.examples?.flag ?? []));
  }
}
pool.push(...readFileSync(join(ROOT, 'scripts', 'fixtures', 'email-250.txt'), 'utf8').split(/(?<=[.!?])\s+/).filter((s) => s.split(' ').length > 3));
let seed = 11;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (a: string[]) => a[Math.floor(rand() * a.length)];
const emails: string[] = [];
for (let i = 0; i < 300; i++) {
  const sentences: string[] = [];
  let words = 0;
  while (words < 245) {
    const s = rand() < 0.15 ? pick(flagged) : pick(pool);
    sentences.push(s);
    words += s.split(/\s+/).length;
  }
  const paras: string[] = [];
  for (let j = 0; j < sentences.length; j += 4) paras.push(sentences.slice(j, j + 4).join(' '));
  emails.push(`Hi Aiko,\n\n${paras.join('\n\n')}\n\nThanks,\nSam`);
}
const jsonl = emails.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
const wordsPerEmail = median(emails.map((e) => e.split(/\s+/).length));
writeFileSync(join(TMP, 'emails.jsonl'), jsonl);
const parseAll = `const nlp=require('compromise');const fs=require('fs');for(const l of fs.readFileSync(${JSON.stringify(join(TMP, 'emails.jsonl'))},'utf8').split('\\n'))if(l)nlp(JSON.parse(l).text);`;
const bulk = race(
  [
    { name: 'node + compromise nlp() x300', args: ['-e', parseAll] },
    { name: 'nemawashi check --jsonl (built)', args: [BIN, 'check', '--jsonl'], input: jsonl, env: { NEMAWASHI_FROM_BUILD: '1' } },
    ...(OTHER ? [{ name: 'check --jsonl (built, --compare)', args: [OTHER, 'check', '--jsonl'], input: jsonl, env: { NEMAWASHI_FROM_BUILD: '1' } }] : []),
    { name: 'nemawashi check --jsonl (source)', args: [BIN, 'check', '--jsonl'], input: jsonl, env: { NEMAWASHI_FROM_SOURCE: '1' } },
  ],
  JSONL_RUNS,
);
const parse = bulk.get('node + compromise nlp() x300')!;
console.log(`\n300 emails of ~${wordsPerEmail} words through --jsonl, whole process, median of ${JSONL_RUNS} (budget: at most 0.5x the parse)`);
for (const [name, ms] of bulk) console.log(`  ${name.padEnd(36)} ${fmt(ms).padStart(8)}  ${ratio(ms, parse)}`);
