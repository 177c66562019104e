/**
 * Judgement on the labelled corpus (tests/data/corpus): precision and recall of "any finding"
 * per reader, for the rules alone and for rules + the learned layer, per category, on the subtle
 * and hard-negative subsets, the share of clean human-written messages that get a finding, and
 * the share of flagged items where clicking suggestions until none is left ends clean.
 */
import { analyze, type AnalyzeOptions } from '../../lib/engine/analyze';
import { applySuggestion } from '../../lib/engine/apply';
import { loadBuiltinPacksFromDisk } from '../../lib/cli/builtins';
import { WEIGHTS_DIR, learnedFromDisk } from '../../lib/cli/learned';
import { READERS, type CorpusItem, type Reader } from './corpus';

export interface Figures {
  n: number;
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  cleanHumanFlagged: string;
  subtleRecall: string;
  hardNegativesFlagged: string;
  perCategory: string;
  endsClean: string;
}

const ratio = (a: number, b: number) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '-');

/** Apply suggestions (a sentence's combined rewrite first) until no finding is left, at most 12 clicks. */
export function clickUntilClean(text: string, opts: AnalyzeOptions): boolean {
  let t = text;
  for (let step = 0; step < 12; step++) {
    const r = analyze(t, opts);
    if (r.findings.length === 0) return true;
    const withRewrite = r.findings.find((f) => f.rewrite?.suggestions.length);
    if (withRewrite?.rewrite) {
      t = applySuggestion(t, withRewrite.rewrite, withRewrite.rewrite.suggestions[0]);
      continue;
    }
    const f = r.findings.find((x) => x.suggestions.length);
    if (!f) return false;
    t = applySuggestion(t, f, f.suggestions[0]);
  }
  return false;
}

/**
 * The engine for a reader: its built-in packs, and the learned layer when asked. Throws when the
 * packs or the weights are missing, so "rules only" and "rules + learned" never quietly describe
 * some other engine.
 */
function engineFor(reader: Reader, withLearned: boolean): AnalyzeOptions {
  const packs = loadBuiltinPacksFromDisk(reader);
  if (packs.length === 0) throw new Error(`no built-in pack for the ${reader} reader loaded from rules/`);
  if (!withLearned) return { packs, audience: reader };
  const learned = learnedFromDisk(reader);
  if (!learned) throw new Error(`the learned weights for the ${reader} reader are missing (${WEIGHTS_DIR}/${reader}.json): run \`npm run train\``);
  return { packs, audience: reader, learned };
}

export function judge(items: readonly CorpusItem[], reader: Reader, withLearned: boolean): Figures {
  const opts = engineFor(reader, withLearned);
  const pred = items.map((it) => analyze(it.text, opts).findings.length > 0);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  items.forEach((it, i) => {
    const y = it.labels[reader].flag;
    if (pred[i] && y) tp++;
    else if (pred[i]) fp++;
    else if (y) fn++;
  });
  const idx = (f: (it: CorpusItem) => boolean) => items.map((it, i) => (f(it) ? i : -1)).filter((i) => i >= 0);
  const cleanHuman = idx((it) => it.human && !it.labels[reader].flag);
  const subtle = idx((it) => it.subtle && it.labels[reader].flag);
  const hard = idx((it) => it.hard_negative);
  const cats = [...new Set(items.filter((it) => it.labels[reader].flag).map((it) => it.labels[reader].categories[0] ?? '?'))].sort();
  const perCategory = cats
    .map((c) => {
      const ii = idx((it) => it.labels[reader].flag && it.labels[reader].categories[0] === c);
      return `${c} ${ii.filter((i) => pred[i]).length}/${ii.length}`;
    })
    .join(', ');
  const caught = idx((it) => it.labels[reader].flag).filter((i) => pred[i]);
  const clean = caught.filter((i) => clickUntilClean(items[i].text, opts)).length;
  return {
    n: items.length,
    precision: tp + fp ? tp / (tp + fp) : NaN,
    recall: tp + fn ? tp / (tp + fn) : NaN,
    tp,
    fp,
    fn,
    cleanHumanFlagged: ratio(cleanHuman.filter((i) => pred[i]).length, cleanHuman.length),
    subtleRecall: ratio(subtle.filter((i) => pred[i]).length, subtle.length),
    hardNegativesFlagged: ratio(hard.filter((i) => pred[i]).length, hard.length),
    perCategory,
    endsClean: ratio(clean, caught.length),
  };
}

export function report(title: string, items: readonly CorpusItem[], log: (s: string) => void): void {
  log(`${title}: ${items.length} items (${items.filter((i) => i.human).length} human-written)`);
  for (const reader of READERS) {
    const pos = items.filter((it) => it.labels[reader].flag).length;
    log(`  reader ${reader}: ${pos} flagged by the annotators`);
    for (const learned of [false, true]) {
      const f = judge(items, reader, learned);
      const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
      log(
        `    ${learned ? 'rules + learned' : 'rules only     '}  P ${fmt(f.precision)} R ${fmt(f.recall)} (TP/FP/FN ${f.tp}/${f.fp}/${f.fn})` +
          `  clean human-written with a finding ${f.cleanHumanFlagged}`,
      );
      log(`      subtle recall ${f.subtleRecall}; hard negatives flagged ${f.hardNegativesFlagged}; suggestions until clean ${f.endsClean}`);
      log(`      recall per category: ${f.perCategory || '-'}`);
    }
  }
}
