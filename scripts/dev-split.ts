/**
 * npx tsx scripts/dev-split.ts [--fn]
 *
 * Precision and recall of "any finding" on tests/data/dev-set.jsonl, split in two halves by the
 * numeric part of the id: the TUNE half (even ids) may be looked at while writing rules; the
 * HELD-OUT half (odd ids) must not be, and gives the honest estimate.
 *
 * --fn lists the false negatives and false positives of the TUNE half only (text, category and
 * the rules that fired). The held-out half's errors are never printed, on purpose.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/engine/analyze';
import { loadBuiltinPacksFromDisk } from '../lib/cli/builtins';

interface DevRecord {
  id: string;
  text: string;
  flag: boolean;
  category: string | null;
  kind: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_SET = join(ROOT, 'tests', 'data', 'dev-set.jsonl');
const showErrors = process.argv.includes('--fn');

const records: DevRecord[] = readFileSync(DEV_SET, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as DevRecord);

const idNumber = (id: string): number => {
  const m = /(\d+)\s*$/.exec(id);
  if (!m) throw new Error(`dev-set id without a number: ${id}`);
  return Number(m[1]);
};

const packs = loadBuiltinPacksFromDisk('consensus');

interface Scored {
  rec: DevRecord;
  rules: string[];
}

const scored: Scored[] = records.map((rec) => {
  const { findings } = analyze(rec.text, { packs, audience: 'consensus' });
  return { rec, rules: [...new Set(findings.map((f) => f.rule))] };
});

const tune = scored.filter((s) => idNumber(s.rec.id) % 2 === 0);
const heldOut = scored.filter((s) => idNumber(s.rec.id) % 2 === 1);

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

function report(label: string, set: Scored[]): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of set) {
    const predicted = s.rules.length > 0;
    if (predicted && s.rec.flag) tp++;
    else if (predicted) fp++;
    else if (s.rec.flag) fn++;
    else tn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(
    `${label.padEnd(9)} n=${String(set.length).padStart(3)}  precision ${pct(precision)}  recall ${pct(recall)}` +
      `  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
  );
}

console.log(`packs: ${packs.map((p) => `${p.id}@${p.version} (${p.rules.length} rules)`).join(', ')}`);
report('TUNE', tune);
report('HELD-OUT', heldOut);
report('ALL', scored);

if (showErrors) {
  const fns = tune.filter((s) => s.rec.flag && s.rules.length === 0);
  const fps = tune.filter((s) => !s.rec.flag && s.rules.length > 0);
  console.log(`\nTUNE false negatives (${fns.length}):`);
  for (const s of fns) console.log(`  [${s.rec.id}] ${s.rec.category}: ${s.rec.text}`);
  console.log(`\nTUNE false positives (${fps.length}):`);
  for (const s of fps) console.log(`  [${s.rec.id}] ${s.rec.kind}: ${s.rec.text}\n      rules: ${s.rules.join(', ')}`);
}
