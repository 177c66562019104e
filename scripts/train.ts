/**
 * npm run train: the learned layer (lib/engine/learned) trained on the corpus's train split,
 * calibrated and thresholded on its dev split, written to lib/engine/learned/weights/<reader>.json.
 *
 * Per reader: a sentence-level logistic regression "flag" head (sentences of unflagged messages
 * are negatives; the sentence holding the labelled span is the positive; other sentences of a
 * flagged message are left out, since the annotator pointed elsewhere) and one-vs-rest category
 * heads trained on the positive sentences. Features: lib/engine/learned/features.ts (hashed word
 * 1-2 grams, character 3-grams, lexicon tags, politeness strategies, shape cues, position).
 *
 * Optimiser: AdaGrad on the L2-regularised log loss, sparse and seeded (deterministic: same data,
 * same weights). A maintained library was considered (ml-logistic-regression from mljs): it
 * takes dense matrices, which 2^18 hashed features make impractical; the sparse version is 40 lines.
 *
 * Then: weights pruned to the largest, quantised to int8; Platt scaling fitted on dev sentences;
 * the learned-finding threshold and the "fine" threshold (below which a rule not marked certain is
 * dropped) chosen on dev, combined with the rules, for message-level precision >= 0.90 at the best
 * recall. The test split is never read here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, judgedSentences, sentenceOf } from '../lib/engine/analyze';
import type { CompiledPack } from '../lib/packs/compile';
import { draftContext, sentenceFeatures } from '../lib/engine/learned/features';
import { LearnedModel, ruleKeys, type ReaderWeights } from '../lib/engine/learned/model';
import { loadBuiltinPacksFromDisk } from '../lib/cli/builtins';
import { READERS, ROOT, loadSplit, type CorpusItem, type Reader } from './lib/corpus';

const SEED = 20261206;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const LR = Number(process.env.LR ?? 0.2);
const L2 = Number(process.env.L2 ?? 1e-4);
const KEEP_FLAG = Number(process.env.KEEP_FLAG ?? 16000);
const KEEP_CATEGORY = Number(process.env.KEEP_CATEGORY ?? 1500);
const TARGET_PRECISION = 0.9;
const MAX_FINE = Number(process.env.MAX_FINE ?? 1);
/**
 * Silence only the rules that were noisy on dev (default), or any rule of the built-in packs
 * (GATE_NOISY_ONLY=0: dev precision 0.74 against 0.73, but precise rules such as copying-the-boss
 * were silenced in any friendly email, the draft's courtesies outweighing them).
 */
const GATE_NOISY_ONLY = process.env.GATE_NOISY_ONLY !== '0';
const FALLBACK_PRECISION = 0.8;

/**
 * Per reader, chosen on dev (2026-12-06, docs/measurements.md "Dev-only improvements"): the shape
 * cues as features (consensus: recall 0.289 -> 0.30, clean human-written mail with a finding
 * down; results-first: one or two true positives fewer, so not), and whether a rule right at most
 * half of the time on dev counts as noisy (consensus: yes, "!!!", "??" and "don't ..." in ordinary
 * mail; results-first: it cost a true positive).
 */
const SHAPES: Record<Reader, boolean> = { consensus: true, 'results-first': false };
const NOISY_AT_HALF: Record<Reader, boolean> = { consensus: true, 'results-first': false };

const CATEGORIES: Record<Reader, string[]> = {
  consensus: ['imposition', 'confrontation', 'blame', 'pressure', 'dismissal', 'absolutism', 'bluntness', 'sarcasm', 'shouting', 'condescension'],
  'results-first': ['vagueness', 'hedging', 'over-apology', 'indirection'],
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    s ^= s >>> 12;
    return (s >>> 0) / 4294967296;
  };
}

interface Example {
  ids: Int32Array;
  y: number;
  categories: string[];
  weight: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start < b.end && b.start < a.end;
}

/** Sentence examples of one item for one reader. */
export function examplesOf(item: CorpusItem, reader: Reader, packs: readonly CompiledPack[]): Example[] {
  const label = item.labels[reader];
  const sentences = judgedSentences(item.text);
  const findings = analyze(item.text, { packs, audience: reader }).findings.filter((f) => f.scope !== 'draft');
  const hits = sentences.map((_, i) => ruleKeys(findings.filter((f) => sentenceOf(sentences, f) === i)));
  const context = draftContext(sentences.map((s) => s.masked));
  const feats = (i: number) => Int32Array.from(sentenceFeatures(sentences[i].masked, { index: i, count: sentences.length, context: context[i] }, hits[i], SHAPES[reader]).ids);
  if (!label.flag) return sentences.map((_, i) => ({ ids: feats(i), y: 0, categories: [], weight: 1 }));
  const at = label.span ? item.text.indexOf(label.span) : -1;
  let pos = at >= 0 ? sentences.map((s, i) => (overlaps(s, { start: at, end: at + label.span!.length }) ? i : -1)).filter((i) => i >= 0) : [];
  if (pos.length === 0 && sentences.length === 1) pos = [0];
  if (pos.length === 0) return [];
  return pos.map((i) => ({ ids: feats(i), y: 1, categories: label.categories, weight: 1 }));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** AdaGrad logistic regression over sparse binary features; returns dense weights and the bias. */
export function trainHead(examples: Example[], target: (e: Example) => number, dim: number, seed: number): { w: Float32Array; b: number } {
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const pos = examples.filter((e) => target(e) === 1).length;
  const neg = examples.length - pos;
  const posWeight = pos ? Math.min(Number(process.env.POS_CAP ?? 1), Math.sqrt(neg / pos)) : 1;
  const order = examples.map((_, i) => i);
  const rand = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const e = examples[k];
      const y = target(e);
      const x = e.ids.length ? 1 / Math.sqrt(e.ids.length) : 0;
      let z = 0;
      for (const id of e.ids) z += w[id];
      z = b + z * x;
      const g = (sigmoid(z) - y) * e.weight * (y === 1 ? posWeight : 1);
      for (const id of e.ids) {
        const gi = g * x + L2 * w[id];
        g2[id] += gi * gi;
        w[id] -= (LR * gi) / Math.sqrt(g2[id]);
      }
      gb += g * g;
      b -= (LR * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

function prune(w: Float32Array, keep: number): { idx: number[]; w: number[]; scale: number } {
  const nz = [...w.keys()].filter((i) => w[i] !== 0);
  nz.sort((a, c) => Math.abs(w[c]) - Math.abs(w[a]));
  const kept = nz.slice(0, keep).sort((a, c) => a - c);
  const max = kept.reduce((m, i) => Math.max(m, Math.abs(w[i])), 0) || 1;
  const scale = max / 127;
  const idx: number[] = [];
  const q: number[] = [];
  let last = 0;
  for (const i of kept) {
    const v = Math.round(w[i] / scale);
    if (v === 0) continue;
    idx.push(i - last);
    last = i;
    q.push(v);
  }
  return { idx, w: q, scale: Number(scale.toPrecision(6)) };
}

/** Platt scaling: p = sigmoid(a z + b) fitted by gradient descent on (z, y). */
function platt(z: number[], y: number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      const d = sigmoid(a * z[i] + b) - y[i];
      ga += d * z[i];
      gb += d;
    }
    a -= (0.5 * ga) / z.length;
    b -= (0.5 * gb) / z.length;
  }
  return { a: Number(a.toFixed(5)), b: Number(b.toFixed(5)) };
}

interface DevMessage {
  flag: boolean;
  human: boolean;
  /** Per sentence: calibrated p, and whether a rule the model may silence spoke there. */
  sentences: { p: number; rule: boolean; any: boolean }[];
  /** A rule finding outside any sentence (draft-level). */
  draftRule: boolean;
}

function simulate(dev: DevMessage[], threshold: number, fine: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const m of dev) {
    const pred = m.draftRule || m.sentences.some((s) => (s.rule ? s.p >= fine : !s.any && s.p >= threshold));
    if (pred && m.flag) tp++;
    else if (pred) fp++;
    else if (m.flag) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall };
}

/**
 * The learned-finding threshold: the lowest at which learned findings (sentences no rule spoke
 * about) are right at least `precision` of the time on dev, counted by message, once at least
 * `minFlags` messages get one; 1.01 (never) when no threshold reaches it.
 */
function learnedThreshold(dev: readonly DevMessage[], thresholds: readonly number[], precision: number, minFlags: number): number {
  let threshold = 1.01;
  for (const t of [...thresholds].sort((a, b) => b - a)) {
    let right = 0;
    let wrong = 0;
    for (const m of dev) {
      if (!m.sentences.some((x) => !x.any && x.p >= t)) continue;
      if (m.flag) right++;
      else wrong++;
    }
    if (right + wrong < minFlags) continue;
    if (right / (right + wrong) < precision) break;
    threshold = t;
  }
  return threshold;
}

function main() {
  const t0 = performance.now();
  const train = loadSplit('train');
  const dev = loadSplit('dev');
  console.log(`train ${train.length} items, dev ${dev.length} items`);
  const outDir = process.env.OUT_DIR ?? path.join(ROOT, 'lib/engine/learned/weights');
  mkdirSync(outDir, { recursive: true });
  const dim = 1 << 18;

  // READER=consensus (or results-first) trains one reader only: for experiments, written to OUT_DIR.
  for (const reader of READERS.filter((r) => !process.env.READER || r === process.env.READER)) {
    const packs = loadBuiltinPacksFromDisk(reader);
    const examples = train.flatMap((it) => examplesOf(it, reader, packs));
    const pos = examples.filter((e) => e.y === 1);
    console.log(`\n[${reader}] ${examples.length} sentences (${pos.length} positive)`);
    const flag = trainHead(examples, (e) => e.y, dim, SEED);
    const heads = ['flag', ...CATEGORIES[reader]];
    const cat = CATEGORIES[reader].map((c, i) => trainHead(pos, (e) => (e.categories[0] === c || e.categories.includes(c) ? 1 : 0), dim, SEED + i + 1));
    const weights: ReaderWeights = {
      reader,
      version: 1,
      hashBits: 18,
      heads,
      bias: [flag.b, ...cat.map((c) => c.b)].map((b) => Number(b.toFixed(5))),
      sparse: [prune(flag.w, KEEP_FLAG), ...cat.map((c) => prune(c.w, KEEP_CATEGORY))],
      calibration: { a: 1, b: 0 },
      packs: packs.map((p) => p.id),
      shapes: SHAPES[reader],
      threshold: 0.5,
      fine: 0,
    };

    // Calibrate on dev sentences (the same sentence examples, from the dev split).
    let model = new LearnedModel(weights);
    const devEx = dev.flatMap((it) => examplesOf(it, reader, packs));
    const zs = devEx.map((e) => model.scores({ ids: [...e.ids] })[0]);
    weights.calibration = platt(zs, devEx.map((e) => e.y));
    model = new LearnedModel(weights);

    // The rules the model may silence: those that were noisy on dev (at least 3 messages, under
    // half of them flagged by the annotators). The rest are precise enough to stand on their own.
    const devFindings = dev.map((it) => analyze(it.text, { packs, audience: reader }).findings);
    const ruleStats = new Map<string, { tp: number; fp: number }>();
    for (const [k, it] of dev.entries()) {
      for (const key of new Set(devFindings[k].map((f) => `${f.pack}/${f.rule}`))) {
        const st = ruleStats.get(key) ?? { tp: 0, fp: 0 };
        if (it.labels[reader].flag) st.tp++;
        else st.fp++;
        ruleStats.set(key, st);
      }
    }
    // With NOISY_AT_HALF also: at most half right over 3+ messages (a coin toss is not precise), or
    // never right over 2+ (dev 2026-12-06, consensus: clean human-written mail with a finding 49 -> 36
    // of 1,547 at the same recall).
    const noisy = [...ruleStats]
      .filter(([, st]) => (st.tp + st.fp >= 3 && (NOISY_AT_HALF[reader] ? st.tp / (st.tp + st.fp) <= 0.5 : st.tp / (st.tp + st.fp) < 0.5)) || (NOISY_AT_HALF[reader] && st.tp === 0 && st.fp >= 2))
      .map(([k]) => k)
      .sort();
    console.log(`  rules that were noisy on dev (3+ messages, ${NOISY_AT_HALF[reader] ? 'at most half flagged; or 2+, none flagged' : 'under half flagged'}): ${noisy.join(', ') || '-'}`);
    if (GATE_NOISY_ONLY) {
      weights.gated = noisy;
      model = new LearnedModel(weights);
    }
    // Dev messages combined with the rules of this reader's packs.
    const certain = new Set(packs.flatMap((p) => p.rules.filter((x) => x.certain).map((x) => `${p.id}/${x.id}`)));
    const devMessages: DevMessage[] = dev.map((it, k) => {
      const findings = devFindings[k];
      const sentences = judgedSentences(it.text);
      let draftRule = false;
      const perSentence = sentences.map(() => [] as typeof findings);
      const gatedFindings: typeof findings = [];
      for (const f of findings) {
        const i = f.scope === 'draft' ? -1 : sentenceOf(sentences, f);
        if (i < 0 || !model.mayDrop(f.pack, f.rule)) draftRule = true;
        else gatedFindings.push(f);
        if (i >= 0) perSentence[i].push(f);
      }
      const context = draftContext(sentences.map((s) => s.masked));
      const rows = sentences.map((s, i) => {
        const p = model.judge(s.masked, { index: i, count: sentences.length, context: context[i] }, ruleKeys(perSentence[i])).p;
        if (perSentence[i].some((f) => certain.has(`${f.pack}/${f.rule}`))) draftRule = true;
        return { p, rule: perSentence[i].some((f) => gatedFindings.includes(f)), any: perSentence[i].length > 0 };
      });
      return { flag: it.labels[reader].flag, human: it.human, sentences: rows, draftRule };
    });
    const rulesOnly = simulate(devMessages, 2, 0);
    console.log(`  dev, rules only: P ${rulesOnly.precision.toFixed(3)} R ${rulesOnly.recall.toFixed(3)} (${rulesOnly.tp}/${rulesOnly.fp}/${rulesOnly.fn})`);
    // Candidate thresholds: the dev sentences' own probabilities (every distinct decision point).
    const quantiles = (v: number[], n: number) => {
      const sorted = [...v].sort((a, b) => a - b);
      return [...new Set(Array.from({ length: n + 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.floor((i / n) * (sorted.length - 1)))]))];
    };
    const free = devMessages.flatMap((m) => m.sentences.filter((x) => !x.any).map((x) => x.p));
    const ruled = devMessages.flatMap((m) => m.sentences.filter((x) => x.rule).map((x) => x.p));
    const thresholds = [...quantiles(free.filter((p) => p > 0.05), 200), 1.01];
    // Optionally capped (MAX_FINE): tried at 0.25 with GATE_NOISY_ONLY=1 - dev precision 0.65,
    // clean human-written mail with a finding 4.0%, against 0.74 and 2.3% for the default.
    const fines = [0, ...quantiles(ruled, 40)].filter((f) => f <= MAX_FINE);
    // 1. The learned-finding threshold, for precision >= 0.9 on dev; where that is out of reach,
    //    the next step down (0.8), said in the output and meta.
    //    A precision must rest on at least 5% of the dev messages to flag (consensus 25, results-first
    //    5): with a fixed 5, a threshold that reached 0.9 on five messages flagged almost nothing
    //    (tried 2026-12-06 with the shape cues counted three times: consensus dev recall 0.20).
    const minFlags = Math.max(5, Math.ceil(0.05 * dev.filter((it) => it.labels[reader].flag).length));
    let learnedPrecision = TARGET_PRECISION;
    let threshold = learnedThreshold(devMessages, thresholds, TARGET_PRECISION, minFlags);
    if (threshold > 1) {
      learnedPrecision = FALLBACK_PRECISION;
      threshold = learnedThreshold(devMessages, thresholds, FALLBACK_PRECISION, Math.max(10, minFlags));
    }
    // 2. The "fine" threshold: where a rule's finding (not marked certain) is dropped, chosen for
    //    the best F0.5 of the two layers together (precision counts double: false alarms are what
    //    makes people uninstall a checker).
    const f05 = (m: { precision: number; recall: number }) => (m.precision + m.recall ? (1.25 * m.precision * m.recall) / (0.25 * m.precision + m.recall) : 0);
    let best = { threshold, fine: 0, ...simulate(devMessages, threshold, 0) };
    for (const fine of fines) {
      const m = simulate(devMessages, threshold, fine);
      if (f05(m) > f05(best)) best = { threshold, fine, ...m };
    }
    weights.threshold = Number(best.threshold.toFixed(4));
    weights.fine = best.fine;
    weights.meta = {
      learnedFindingPrecisionTarget: learnedPrecision,
      seed: SEED,
      epochs: EPOCHS,
      trainItems: train.length,
      trainSentences: examples.length,
      trainPositives: pos.length,
      dev: { precision: Number(best.precision.toFixed(3)), recall: Number(best.recall.toFixed(3)), rulesOnlyPrecision: Number(rulesOnly.precision.toFixed(3)), rulesOnlyRecall: Number(rulesOnly.recall.toFixed(3)) },
    };
    console.log(
      `  learned findings chosen for dev precision >= ${learnedPrecision}\n  dev, rules + learned: threshold ${weights.threshold} fine ${weights.fine}: P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)} (${best.tp}/${best.fp}/${best.fn})`,
    );
    for (const [label, part] of [['human-written', devMessages.filter((m) => m.human)], ['model-written', devMessages.filter((m) => !m.human)]] as const) {
      const r = simulate(part, 2, 0);
      const c = simulate(part, best.threshold, best.fine);
      const clean = part.filter((m) => !m.flag);
      const cleanFlagged = (t: number, f: number) => clean.filter((m) => m.draftRule || m.sentences.some((x) => (x.rule ? x.p >= f : !x.any && x.p >= t))).length;
      console.log(
        `    ${label} dev (${part.length}): rules only P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}, clean with a finding ${cleanFlagged(2, 0)}/${clean.length}; ` +
          `combined P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)}, clean with a finding ${cleanFlagged(best.threshold, best.fine)}/${clean.length}`,
      );
    }
    const file = path.join(outDir, `${reader}.json`);
    writeFileSync(file, JSON.stringify(weights) + '\n');
    console.log(`  wrote ${path.relative(ROOT, file)} (${weights.sparse.reduce((n, h) => n + h.idx.length, 0)} weights)`);
  }
  console.log(`\ndone in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith('train.ts')) main();
