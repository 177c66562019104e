/**
 * npm run eval [-- --verbose]
 *
 * Runs the engine in-process over ../shared/eval and the hand-labelled dev set, and prints:
 *  1. ROC AUC of `friction` per evaluation set (Hanley-McNeil 95% intervals) beside the
 *     unsupervised baselines of ../shared/eval/README.md, with the targets; all out of domain
 *     (the friction weights are fitted on the corpus's train split). write-good, alex and word
 *     count are computed here on the same texts; the lexicons are read from the README at run
 *     time (their cue lists are not published in full): scripts/lib/baselines.ts;
 *  2. precision and recall of "any finding" (and "any finding of severity >= suggestion") on
 *     tests/data/dev-set.jsonl, recall per category, false-positive rate per kind of negative,
 *     for the rules alone and, computed beside it in the same run, rules + learned (shipped);
 *     --verbose lists every false positive and false negative (text + rules).
 *
 * It refuses to run (exit 1, and says why) when the built-in packs do not load or the learned
 * weights are missing: figures of an engine with no rules, or a "rules + learned" column that is
 * really rules only, would look like results.
 */
import { analyze } from '../lib/engine/analyze';
import { FRICTION_FEATURES } from '../lib/engine/friction';
import type { AnalyzeResult, Finding } from '../lib/engine/types';
import { TASK_KEYS, evalDataPresent, loadDevSet, loadHoldoutSet, loadTask, type Task, type TaskKey } from './lib/data';
import { AUDIENCE, builtinPacks } from './lib/engine';
import { COMPUTED, QUOTED, computedAucs, readmeBaselines } from './lib/baselines';
import { WEIGHTS_DIR, learnedFromDisk } from '../lib/cli/learned';
import { RULES_DIR } from '../lib/cli/builtins';
import { hanleyMcNeil, rocAuc } from './lib/stats';
import { table } from './lib/table';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, READERS, loadSplit, splitFile } from './lib/corpus';
import { report as corpusReport } from './lib/corpus-eval';

const sealedLog = path.join(CORPUS_DIR, 'sealed-runs.log');

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const t0 = performance.now();

/** Stop the eval with a message that says what is wrong and how to fix it. */
function refuse(why: string): never {
  console.error(`npm run eval: ${why}`);
  console.error('No figures were computed: they would describe a different engine than the one that ships.');
  process.exit(1);
}

const { packs, note } = builtinPacks();
if (packs.length === 0) refuse(`the built-in packs did not load: ${note || `no pack for the ${AUDIENCE} reader in ${RULES_DIR}`}`);
for (const reader of READERS) {
  if (!learnedFromDisk(reader)) refuse(`the learned weights for the ${reader} reader are missing (${path.join(WEIGHTS_DIR, `${reader}.json`)}): run \`npm run train\``);
}
const learned = learnedFromDisk(AUDIENCE)!;
/** The rules alone (as `nemawashi check --no-learned`): the baseline the learned layer is measured against. */
const run = (text: string): AnalyzeResult => analyze(text, { packs, audience: AUDIENCE });
/** As the product checks: rules + the learned layer. */
const runShipped = (text: string): AnalyzeResult => analyze(text, { packs, audience: AUDIENCE, learned });

const TARGETS: Partial<Record<TaskKey, number>> = { wikipedia: 0.85, 'stack-exchange': 0.75 };
const DEV_TARGET = { precision: 0.9, recall: 0.8 };

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '  -  ');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

console.log(`Nemawashi eval - engine in-process, audience "${AUDIENCE}", packs: ${note || '(none)'}`);
console.log('');

interface Scored {
  task: Task;
  results: AnalyzeResult[];
  friction: number[];
  y: number[];
  ms: number;
}

function score(task: Task): Scored {
  const start = performance.now();
  const results = task.examples.map((e) => run(e.text));
  return { task, results, friction: results.map((r) => r.friction), y: task.examples.map((e) => e.y), ms: performance.now() - start };
}

function aucCell(auc: number, y: number[]): string {
  const nPos = y.filter((v) => v === 1).length;
  const ci = hanleyMcNeil(auc, nPos, y.length - nPos);
  return `${fmt(auc)} [${fmt(ci.lo)}, ${fmt(ci.hi)}]`;
}

/** Findings alone, as a score: the same severity weighting friction uses, without politeness features. */
function findingsScore(findings: readonly Finding[]): number {
  return findings.reduce((s, f) => s + (f.severity === 'warning' ? 2 : f.severity === 'suggestion' ? 1 : 0.3), 0);
}

// ---------------------------------------------------------------------------------------------
// 1. AUC of friction per evaluation set.
if (!evalDataPresent()) {
  console.log('../shared/eval not found (set NEMAWASHI_EVAL_DIR): skipping the AUC table.\n');
} else {
  const scored = TASK_KEYS.map((k) => score(loadTask(k)));
  const readme = readmeBaselines();
  const tb = performance.now();
  const computed = new Map(scored.map((s) => [s.task.key, computedAucs(s.task)]));
  const baselineMs = performance.now() - tb;
  const BASELINES = [
    ...QUOTED.map((scorer) => ({ scorer: `${scorer} (README)`, auc: (k: TaskKey) => readme.get(scorer)![k] })),
    ...COMPUTED.map(({ scorer }) => ({ scorer, auc: (k: TaskKey) => computed.get(k)![scorer] })),
  ];
  console.log('ROC AUC of friction (positive = impolite / unreceptive / tough); 95% CI by Hanley-McNeil.');
  console.log(
    `Baselines: ${COMPUTED.map((c) => c.scorer).join(', ')} computed here on the same texts (${(baselineMs / 1000).toFixed(1)} s); ` +
      `${QUOTED.join(' and ')} read from ../shared/eval/README.md (their cue lists are not published in full).`,
  );
  const drift = COMPUTED.flatMap(({ scorer }) => TASK_KEYS.map((k) => Math.abs(computed.get(k)![scorer] - readme.get(scorer)![k])));
  console.log(`The computed baselines differ from the README's by at most ${fmt(Math.max(...drift))} AUC.`);
  const rows: string[][] = [];
  const row = (label: string, s: Scored, auc: number, key: TaskKey, target?: number) => {
    const nPos = s.y.filter((v) => v === 1).length;
    rows.push([
      label,
      `${s.y.length} (${nPos}/${s.y.length - nPos})`,
      aucCell(auc, s.y),
      target === undefined ? '' : `>= ${target.toFixed(2)}`,
      target === undefined ? '' : mark(auc >= target),
      '|',
      ...BASELINES.map((b) => fmt(b.auc(key))),
    ]);
  };
  for (const s of scored) {
    // The friction weights are fitted on the corpus's train split (scripts/fit-friction.ts): every
    // set here is out of domain, Wikipedia included.
    row(`${s.task.title} (out-of-domain)`, s, rocAuc(s.friction, s.y), s.task.key, TARGETS[s.task.key]);
  }
  console.log(
    table(['set', 'n (pos/neg)', 'friction AUC [95% CI]', 'target', '', '|', ...BASELINES.map((b) => b.scorer)], rows, (c) => c >= 6),
  );
  console.log('');
  console.log('Nothing here is trained on or chosen with ../shared/eval: these are out-of-domain checks.');
  console.log('');
  console.log('Findings alone (rules only, no politeness features), and how often friction is 0:');
  const frows = scored.map((s) => {
    const share = (cls: number, pred: (i: number) => boolean) => {
      const idx = s.y.map((v, i) => (v === cls ? i : -1)).filter((i) => i >= 0);
      return `${(100 * (idx.filter(pred).length / idx.length)).toFixed(1)}%`;
    };
    const has = (i: number) => s.results[i].findings.length > 0;
    const zero = (i: number) => s.friction[i] === 0;
    const fAuc = rocAuc(
      s.results.map((r) => findingsScore(r.findings)),
      s.y,
    );
    return [s.task.title, share(1, has), share(0, has), fmt(fAuc), share(1, zero), share(0, zero), `${(s.ms / 1000).toFixed(1)} s`];
  });
  console.log(
    table(['set', 'with finding: pos', 'neg', 'findings-only AUC', 'friction=0: pos', 'neg', 'engine time'], frows, (c) => c >= 1),
  );
  console.log('');
}

// ---------------------------------------------------------------------------------------------
// 2. Dev set: precision / recall of "any finding".
const dev = loadDevSet();
const devResults = dev.map((r) => run(r.text));
const devShipped = dev.map((r) => runShipped(r.text));
const SUGGESTION_UP = (f: Finding) => f.severity !== 'info';

function pr(pred: boolean[], rows: readonly { flag: boolean }[] = dev) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((r, i) => {
    if (pred[i] && r.flag) tp++;
    else if (pred[i] && !r.flag) fp++;
    else if (!pred[i] && r.flag) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const anyFinding = devResults.map((r) => r.findings.length > 0);
const anySuggestion = devResults.map((r) => r.findings.some(SUGGESTION_UP));
const positives = dev.filter((r) => r.flag).length;
console.log(`Dev set (tests/data/dev-set.jsonl): ${dev.length} snippets, ${positives} to flag, ${dev.length - positives} not to flag.`);
console.log('Rules only (as --no-learned; the rest of this section) and rules + learned (shipped), both computed in this run.');
console.log(`${pad('prediction', 44)}${pad('TP/FP/FN', 12)}${pad('precision', 22)}${pad('recall', 22)}F1`);
for (const [label, pred] of [
  ['any finding, rules only', anyFinding],
  ['any finding >= suggestion, rules only', anySuggestion],
  ['any finding, rules + learned', devShipped.map((r) => r.findings.length > 0)],
  ['any finding >= suggestion, rules + learned', devShipped.map((r) => r.findings.some(SUGGESTION_UP))],
] as const) {
  const m = pr(pred);
  console.log(
    `${pad(label, 44)}${pad(`${m.tp}/${m.fp}/${m.fn}`, 12)}${pad(`${fmt(m.precision)} (>= ${DEV_TARGET.precision} ${mark(m.precision >= DEV_TARGET.precision)})`, 22)}` +
      `${pad(`${fmt(m.recall)} (>= ${DEV_TARGET.recall} ${mark(m.recall >= DEV_TARGET.recall)})`, 22)}${fmt(m.f1)}`,
  );
}
const devAuc = rocAuc(
  devResults.map((r) => r.friction),
  dev.map((r) => (r.flag ? 1 : 0)),
);
console.log(`friction on the dev set: AUC ${fmt(devAuc)} (flag vs. not); mean friction flagged ${mean(dev, true)} / not flagged ${mean(dev, false)}`);

function mean(rows: typeof dev, flag: boolean): string {
  const v = rows.map((r, i) => (r.flag === flag ? devResults[i].friction : NaN)).filter((x) => !Number.isNaN(x));
  return (v.reduce((a, b) => a + b, 0) / v.length).toFixed(1);
}

console.log('');
console.log('Recall per category (any finding / any finding >= suggestion):');
const cats = [...new Set(dev.filter((r) => r.flag).map((r) => r.category ?? '?'))].sort();
for (const c of cats) {
  const idx = dev.map((r, i) => (r.flag && r.category === c ? i : -1)).filter((i) => i >= 0);
  const a = idx.filter((i) => anyFinding[i]).length;
  const b = idx.filter((i) => anySuggestion[i]).length;
  console.log(`  ${pad(c, 16)}${lpad(`${a}/${idx.length}`, 6)} ${fmt(a / idx.length, 2)}   ${lpad(`${b}/${idx.length}`, 6)} ${fmt(b / idx.length, 2)}`);
}
console.log('False-positive rate per kind of negative (any finding):');
for (const k of [...new Set(dev.filter((r) => !r.flag).map((r) => r.kind))].sort()) {
  const idx = dev.map((r, i) => (!r.flag && r.kind === k ? i : -1)).filter((i) => i >= 0);
  const a = idx.filter((i) => anyFinding[i]).length;
  console.log(`  ${pad(k, 16)}${lpad(`${a}/${idx.length}`, 6)} ${fmt(a / idx.length, 2)}`);
}

const fpCount = dev.filter((r, i) => !r.flag && anyFinding[i]).length;
const fnCount = dev.filter((r, i) => r.flag && !anyFinding[i]).length;
if (verbose) {
  console.log('');
  console.log(`False positives (${fpCount}): flagged, but the label says leave it`);
  dev.forEach((r, i) => {
    if (r.flag || !anyFinding[i]) return;
    const rules = devResults[i].findings.map((f) => `${f.rule} [${f.severity}] "${f.text}"`).join('; ');
    console.log(`  ${r.id} (${r.kind}) ${JSON.stringify(r.text)}\n      -> ${rules}`);
  });
  console.log(`False negatives (${fnCount}): not flagged, but the label says flag`);
  dev.forEach((r, i) => {
    if (!r.flag || anyFinding[i]) return;
    console.log(`  ${r.id} (${r.category}) ${JSON.stringify(r.text)}   [${r.note ?? ''}]`);
  });
} else {
  console.log(`(${fpCount} false positives, ${fnCount} false negatives: --verbose lists them with their rules)`);
}

// ---------------------------------------------------------------------------------------------
// 3. The blind held-out set: written after the rules were tuned on the dev set, so this is the
// honest estimate. Its errors are deliberately never printed (nobody should tune on them).
const holdout = loadHoldoutSet();
const holdoutAny = holdout.map((r) => run(r.text).findings.length > 0);
const h = pr(holdoutAny, holdout);
const hs = pr(
  holdout.map((r) => runShipped(r.text).findings.length > 0),
  holdout,
);
console.log('');
console.log(`Held-out set (tests/data/holdout-set.jsonl, blind; errors not listed): ${holdout.length} snippets.`);
for (const [label, m] of [
  ['rules only', h],
  ['rules + learned', hs],
] as const) {
  console.log(
    `  any finding, ${pad(label, 16)}TP/FP/FN ${m.tp}/${m.fp}/${m.fn}  precision ${fmt(m.precision)} (>= ${DEV_TARGET.precision} ${mark(m.precision >= DEV_TARGET.precision)})` +
      `  recall ${fmt(m.recall)} (>= ${DEV_TARGET.recall} ${mark(m.recall >= DEV_TARGET.recall)})`,
  );
}
console.log('  recall per category below: rules only.');
const hcats = [...new Set(holdout.filter((r) => r.flag).map((r) => r.category ?? '?'))].sort();
console.log(
  '  recall per category: ' +
    hcats
      .map((c) => {
        const idx = holdout.map((r, i) => (r.flag && r.category === c ? i : -1)).filter((i) => i >= 0);
        return `${c} ${idx.filter((i) => holdoutAny[i]).length}/${idx.length}`;
      })
      .join(', '),
);

// ---------------------------------------------------------------------------------------------
// 4. The labelled corpus (tests/data/corpus): its dev split always; its sealed test split only
// with --sealed (each such run is logged in tests/data/corpus/sealed-runs.log). Nothing is ever
// tuned on the test split: it is reported, never used to change a rule, a feature or a threshold.
console.log('');
if (existsSync(splitFile('dev'))) {
  const dev = loadSplit('dev');
  corpusReport('Corpus dev split (tuning allowed)', dev, (s) => console.log(s));
  const human = dev.filter((i) => i.human);
  corpusReport('Corpus dev split, human-written part only', human, (s) => console.log(s));
} else {
  console.log('tests/data/corpus/splits/dev.jsonl not found: run `npm run corpus`.');
}
if (process.argv.includes('--sealed')) {
  const test = loadSplit('test', { sealed: true });
  console.log('');
  corpusReport('SEALED test split (human-written, never tuned on)', test, (s) => console.log(s));
  appendFileSync(sealedLog, `${new Date().toISOString()} sealed test split read by npm run eval -- --sealed\n`);
  console.log(`(sealed runs so far: ${readFileSync(sealedLog, 'utf8').trim().split('\n').length}; see tests/data/corpus/sealed-runs.log)`);
}

console.log('');
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s (${FRICTION_FEATURES.length} friction features)`);
