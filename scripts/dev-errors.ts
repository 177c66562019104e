/**
 * npx tsx scripts/dev-errors.ts [consensus|results-first] [--learned|--rules] [--json FILE]
 *
 * The corpus DEV split's errors for one reader (never the test split): each false negative with
 * its labelled categories, span and the highest learned probability among its sentences, and each
 * false positive with the findings that fired. For error analysis while tuning detectors and the
 * learned layer; prints a summary by category first.
 */
import { writeFileSync } from 'node:fs';
import { analyze, judgedSentences } from '../lib/engine/analyze';
import { loadBuiltinPacksFromDisk } from '../lib/cli/builtins';
import { learnedFromDisk } from '../lib/cli/learned';
import { draftContext } from '../lib/engine/learned/features';
import { loadSplit, type Reader } from './lib/corpus';

const reader = (process.argv.find((a) => a === 'consensus' || a === 'results-first') ?? 'consensus') as Reader;
const withLearned = !process.argv.includes('--rules');
const jsonAt = process.argv.indexOf('--json');
const packs = loadBuiltinPacksFromDisk(reader);
const learned = withLearned ? learnedFromDisk(reader) : undefined;
const dev = loadSplit('dev');
const rows = dev.map((it) => {
  const r = analyze(it.text, { packs, audience: reader, learned });
  const sentences = judgedSentences(it.text);
  const ctx = draftContext(sentences.map((s) => s.masked));
  const ps = learned ? sentences.map((s, i) => learned.judge(s.masked, { index: i, count: sentences.length, context: ctx[i] }).p) : [];
  return { it, label: it.labels[reader], findings: r.findings.map((f) => `${f.rule}[${f.severity}] "${f.text}"`), pmax: ps.length ? Math.max(...ps) : 0 };
});
const fn = rows.filter((r) => r.label.flag && r.findings.length === 0);
const fp = rows.filter((r) => !r.label.flag && r.findings.length > 0);
const byCat = new Map<string, { all: number; miss: number }>();
for (const r of rows.filter((x) => x.label.flag)) {
  const c = r.label.categories[0] ?? '?';
  const s = byCat.get(c) ?? { all: 0, miss: 0 };
  s.all++;
  if (r.findings.length === 0) s.miss++;
  byCat.set(c, s);
}
console.log(`reader ${reader}, ${withLearned ? 'rules + learned' : 'rules only'}: FN ${fn.length}, FP ${fp.length}`);
for (const [c, s] of [...byCat].sort()) console.log(`  ${c.padEnd(14)} missed ${s.miss}/${s.all}`);
console.log('\nFALSE NEGATIVES');
for (const r of fn) console.log(`- [${r.label.categories.join(',')}]${r.it.subtle ? ' subtle' : ''}${r.it.human ? '' : ' model'} p=${r.pmax.toFixed(2)} span=${JSON.stringify(r.label.span)}\n    ${JSON.stringify(r.it.text.slice(0, 300))}`);
console.log('\nFALSE POSITIVES');
for (const r of fp) console.log(`- ${r.it.id}${r.it.hard_negative ? ' hard-neg' : ''}${r.it.human ? '' : ' model'} ${r.findings.join('; ')}\n    ${JSON.stringify(r.it.text.slice(0, 300))}`);
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(rows.map((r) => ({ id: r.it.id, flag: r.label.flag, pred: r.findings.length > 0 }))));
