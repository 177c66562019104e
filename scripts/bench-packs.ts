/**
 * Getting the built-in packs ready to check, before and after packs were made ready at build
 * (part of `npm run bench`; alone: `tsx scripts/bench-packs.ts`).
 *
 * Each way is timed in a fresh Node process (module state such as the regex pre-checks is
 * per process, as in a freshly started service worker), the ways taking turns, medians over
 * the runs. Modules are imported before the clock starts; what is timed is the work at start:
 *   - YAML (before): each rules/*.yaml parsed, validated (zod) and compiled as trusted, as
 *     lib/packs/builtin.ts did at every start; then warmPack (the checker warms the packs before
 *     its first check: here every regex, twice - once for its literal pre-check), then the first
 *     check of a 250-word email (consensus packs);
 *   - ready (now): the ready form (scripts/build-packs.mjs) parsed from its JSON text and compiled
 *     (compileReadyPack); warmPack compiles only the regexes without a literal pre-check; the
 *     first check compiles those whose literals its sentences hold.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/engine/analyze';
import { compilePack, warmPack, type CompiledPack } from '../lib/packs/compile';
import { loadPack } from '../lib/packs/load';
import { compileReadyPack } from '../lib/packs/ready';
import { prepareBuiltinPacks } from './build-packs.mjs';
import { ROOT } from './lib/data';
import { median } from './lib/stats';
import { table } from './lib/table';

const MODES = ['yaml', 'ready'] as const;
type Mode = (typeof MODES)[number];
const LABEL: Record<Mode, string> = {
  yaml: 'YAML at start (before)',
  ready: 'ready form (now)',
};
interface Times {
  load: number;
  warm: number;
  first: number;
}

/** In the child: one way, timed. `readyJson` holds the ready packs as the bundle holds them (JSON text). */
function runChild(mode: Mode, readyJson: string[]): Times {
  const email = readFileSync(join(ROOT, 'scripts/fixtures/email-250.txt'), 'utf8');
  const yaml = readdirSync(join(ROOT, 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [`rules/${f}`, readFileSync(join(ROOT, 'rules', f), 'utf8')]);
  let t0 = performance.now();
  let packs: CompiledPack[];
  if (mode === 'yaml') {
    packs = yaml.map(([file, text]) => {
      const r = loadPack(text, file, { trusted: true });
      if (!r.ok) throw new Error(`${file} invalid`);
      return r.pack;
    });
  } else {
    packs = readyJson.map((text) => compileReadyPack(JSON.parse(text)));
  }
  const load = performance.now() - t0;
  t0 = performance.now();
  for (const p of packs) while (!warmPack(p, Infinity));
  const warm = performance.now() - t0;
  t0 = performance.now();
  analyze(email, { packs: packs.filter((p) => p.audience !== 'results-first'), audience: 'consensus' });
  const first = performance.now() - t0;
  return { load, warm, first };
}

export async function packLoadBench(runs = 5): Promise<void> {
  const prepared = await prepareBuiltinPacks();
  if (!prepared.ok) throw new Error(`built-in packs are not ready:\n${prepared.problems.join('\n')}`);
  const bytes = prepared.packs.reduce((n, p) => n + JSON.stringify(p).length, 0);
  const yamlBytes = readdirSync(join(ROOT, 'rules'))
    .filter((f) => f.endsWith('.yaml'))
    .reduce((n, f) => n + readFileSync(join(ROOT, 'rules', f)).length, 0);
  const times: Record<Mode, Times[]> = { yaml: [], ready: [] };
  for (let i = 0; i < runs; i++) {
    for (const mode of MODES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode], { cwd: ROOT, encoding: 'utf8' });
      times[mode].push(JSON.parse(out.trim().split('\n').pop()!) as Times);
    }
  }
  const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  const med = (m: Mode, k: keyof Times) => median(times[m].map((t) => t[k]));
  const ready = (m: Mode) => med(m, 'load') + med(m, 'warm');
  console.log(`Built-in packs: ready to check (${prepared.packs.length} packs; YAML ${Math.round(yamlBytes / 1024)} KB, ready form ${Math.round(bytes / 1024)} KB);`);
  console.log(`a fresh process per run, ways taking turns, medians of ${runs} runs, ms:`);
  console.log(
    table(
      ['way', 'load + compile', 'warm-up', 'ready to check', 'first check, 250 words', 'ready + first check'],
      MODES.map((m) => [LABEL[m], ms(med(m, 'load')), ms(med(m, 'warm')), ms(ready(m)), ms(med(m, 'first')), ms(ready(m) + med(m, 'first'))]),
      (c) => c > 0,
    ),
  );
  console.log(
    `  => load + compile ${(med('yaml', 'load') / med('ready', 'load')).toFixed(1)}x faster; ready to check ${(ready('yaml') / ready('ready')).toFixed(1)}x faster; ready + first check ${((ready('yaml') + med('yaml', 'first')) / (ready('ready') + med('ready', 'first'))).toFixed(1)}x faster.`,
  );
  console.log('');
}

const self = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (self && process.argv[2] === '--child') {
  const mode = process.argv[3] as Mode;
  const prepared = await prepareBuiltinPacks();
  if (!prepared.ok) throw new Error('built-in packs are not ready');
  const readyJson = prepared.packs.map((p) => JSON.stringify(p));
  // One untimed compile of a tiny pack first, so that lazy module-level work is not counted.
  compilePack({ ...prepared.packs[0].pack, rules: prepared.packs[0].pack.rules.slice(0, 1) }, { trusted: true });
  console.log(JSON.stringify(runChild(mode, readyJson)));
} else if (self) {
  await packLoadBench(process.argv.includes('--quick') ? 3 : 5);
}
