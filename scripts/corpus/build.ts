/**
 * npm run corpus: the labelled corpus's gold splits, from the items and the two independent
 * annotations (tests/data/corpus/labels/), with disagreements settled by the adjudication file.
 * Prints agreement (Cohen's kappa per reader) and the make-up of each split.
 *
 *   items/*.jsonl                 real, human-written items (SOURCES.md) and model-written fill (written.jsonl)
 *   ../shared/corpus-seed         model-written seed (train only; read from there, never copied)
 *   labels/<group>/annotator-{a,b}[/chunk-N].jsonl   two annotators, each given only the guide
 *   labels/adjudication.jsonl     {id, reader, flag, categories, span, note} for every disagreement
 *
 * Splits by source and writer (one writer never straddles splits): real items 60/20/20 by a hash
 * of source+writer; seed and fill items go to train only, so dev and test are human-written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, READERS, SEED_FILE, splitFile, type CorpusItem, type Reader, type ReaderLabel, type Split } from '../lib/corpus';

interface RawLabel {
  id: string;
  consensus: ReaderLabel;
  results_first: ReaderLabel;
  subtle?: boolean;
  hard_negative?: boolean;
}
interface Adjudication {
  id: string;
  reader: Reader;
  flag: boolean;
  categories: string[];
  span: string | null;
  note: string;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function labelsOf(dir: string): Map<string, RawLabel> {
  const out = new Map<string, RawLabel>();
  if (!existsSync(dir)) return out;
  const files = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(dir, f)) : [dir];
  for (const f of files) for (const r of readJsonl<RawLabel>(f)) out.set(r.id, r);
  return out;
}

const key = (r: Reader) => (r === 'consensus' ? 'consensus' : 'results_first') as 'consensus' | 'results_first';

function kappa(pairs: [boolean, boolean][]): number {
  const n = pairs.length;
  if (!n) return NaN;
  const po = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

/** The model-written writers whose items are dev rather than train (by writer, like the real items). */
const MODEL_WRITTEN_DEV = new Set(['seed-C', 'written-w5', 'written-w6']);

/** Writer ids carry their source's prefix (enron-..., gh-..., toxicr-...): one writer, one split, across files. */
function bucket(writer: string): Split {
  const h = createHash('sha256').update(writer).digest().readUInt32BE(0) % 100;
  return h < 60 ? 'train' : h < 80 ? 'dev' : 'test';
}

function main() {
  const items: { id: string; text: string; source: string; writer: string; channel: string; role: string; human: boolean; group: string; seed: boolean }[] = [];
  for (const f of readdirSync(path.join(CORPUS_DIR, 'items')).filter((x) => x.endsWith('.jsonl')).sort()) {
    const written = f.startsWith('written');
    for (const r of readJsonl<{ id: string; text: string; source: string; writer: string; channel: string; role: string }>(path.join(CORPUS_DIR, 'items', f))) {
      items.push({ ...r, human: !written, group: written ? 'written' : 'real', seed: false });
    }
  }
  if (existsSync(SEED_FILE)) {
    for (const r of readJsonl<{ id: string; text: string; slice: string }>(SEED_FILE)) {
      items.push({ id: r.id, text: r.text, source: 'seed', writer: `seed-${r.id.split('-')[1][0]}`, channel: 'email', role: r.slice, human: false, group: 'seed', seed: true });
    }
  }
  // labels/<group>/annotator-{a,b}.jsonl or labels/<group>/annotator-{a,b}/*.jsonl
  const annotations = (who: 'a' | 'b') => {
    const out = new Map<string, RawLabel>();
    for (const group of readdirSync(path.join(CORPUS_DIR, 'labels')).sort()) {
      const dir = path.join(CORPUS_DIR, 'labels', group);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of [`annotator-${who}`, `annotator-${who}.jsonl`]) for (const [k, v] of labelsOf(path.join(dir, name))) out.set(k, v);
    }
    return out;
  };
  const a = annotations('a');
  const b = annotations('b');
  const adjFile = path.join(CORPUS_DIR, 'labels/adjudication.jsonl');
  const adj = new Map<string, Adjudication>();
  if (existsSync(adjFile)) for (const r of readJsonl<Adjudication>(adjFile)) adj.set(`${r.id}/${r.reader}`, r);

  // Which items are test items depends on the items alone (not on labels): its hash was committed
  // (TEST-ITEMS.sha256) before any training or tuning, and is printed here to check.
  const testItems = items.filter((it) => it.human && bucket(it.writer) === 'test').map((it) => `${it.id}\t${it.text}`).sort();
  console.log(`test items: ${testItems.length}, sha256 ${createHash('sha256').update(testItems.join('\n')).digest('hex')}`);

  const splits: Record<Split, CorpusItem[]> = { train: [], dev: [], test: [] };
  const pairs: Record<string, [boolean, boolean][]> = {};
  const pending: string[] = [];
  const disagreements: { id: string; reader: Reader }[] = [];
  let unlabelled = 0;
  for (const it of items) {
    const la = a.get(it.id);
    const lb = b.get(it.id);
    if (!la || !lb) {
      unlabelled++;
      continue;
    }
    const labels = {} as Record<Reader, ReaderLabel>;
    let ok = true;
    for (const reader of READERS) {
      const x = la[key(reader)];
      const y = lb[key(reader)];
      (pairs[`${it.group}/${reader}`] ??= []).push([!!x.flag, !!y.flag]);
      if (!!x.flag === !!y.flag) {
        const main = x.flag ? x : y;
        labels[reader] = { flag: !!x.flag, categories: x.flag ? [...new Set([...(x.categories ?? []), ...(y.categories ?? [])])] : [], span: main.span ?? y.span ?? null };
      } else {
        disagreements.push({ id: it.id, reader });
        const d = adj.get(`${it.id}/${reader}`);
        if (!d) {
          pending.push(`${it.id}/${reader}`);
          ok = false;
          continue;
        }
        labels[reader] = { flag: d.flag, categories: d.flag ? d.categories : [], span: d.flag ? d.span : null };
      }
    }
    if (!ok) continue;
    // Model-written items: train, except one seed batch and two of the six written voices, which
    // join dev (its model-written part, reported apart) so that thresholds are not chosen on
    // code-review and Enron mail alone. Never test: the sealed split is human-written only.
    const split: Split = it.human ? bucket(it.writer) : MODEL_WRITTEN_DEV.has(it.writer) ? 'dev' : 'train';
    splits[split].push({
      id: it.id,
      text: it.text,
      source: it.source,
      writer: it.writer,
      channel: it.channel,
      role: it.role,
      split,
      human: it.human,
      labels,
      subtle: labels.consensus.flag && !!(la.subtle || lb.subtle),
      hard_negative: !labels.consensus.flag && !labels['results-first'].flag && !!(la.hard_negative || lb.hard_negative),
    });
  }

  console.log('Agreement on "flag" (Cohen\'s kappa, two independent annotators):');
  for (const [k, p] of Object.entries(pairs)) {
    const agree = p.filter(([x, y]) => x === y).length;
    console.log(`  ${k.padEnd(28)} n=${String(p.length).padStart(5)}  agreement ${(agree / p.length).toFixed(3)}  kappa ${kappa(p).toFixed(3)}`);
  }
  console.log(`disagreements: ${disagreements.length} (${pending.length} not yet adjudicated); items without two annotations: ${unlabelled}`);
  if (process.argv.includes('--disagreements')) {
    writeFileSync('/tmp/nw-disagreements.jsonl', disagreements.map((d) => JSON.stringify(d)).join('\n') + '\n');
    console.log('wrote /tmp/nw-disagreements.jsonl');
  }

  for (const split of ['train', 'dev', 'test'] as Split[]) {
    const rows = splits[split];
    const flagged = (r: Reader) => rows.filter((x) => x.labels[r].flag).length;
    const hn = rows.filter((x) => x.hard_negative).length;
    const su = rows.filter((x) => x.subtle).length;
    const human = rows.filter((x) => x.human).length;
    console.log(
      `${split.padEnd(5)} ${String(rows.length).padStart(5)} items (${human} human-written), consensus flagged ${flagged('consensus')}, results-first flagged ${flagged('results-first')}, ` +
        `hard negatives ${hn} (${((100 * hn) / rows.length).toFixed(1)}%), subtle ${su} (${((100 * su) / rows.length).toFixed(1)}%), writers ${new Set(rows.map((x) => `${x.source}/${x.writer}`)).size}`,
    );
    if (process.argv.includes('--dry-run')) continue;
    // Seed texts stay in ../shared: only their labels are written here.
    const lines = rows.map((r) => JSON.stringify(r.source === 'seed' ? { ...r, text: undefined } : r));
    writeFileSync(splitFile(split), lines.join('\n') + '\n');
  }
}

main();
