/**
 * The unsupervised baselines of ../shared/eval/README.md, for `npm run eval`: computed here on the
 * same texts where the scorer is fully specified (word count, write-good's warnings, alex's
 * messages: both are dev dependencies), and read from the README at run time where it is not
 * (lexicon-tiny and lexicon-tiny+: the README lists their cues only in part, "a fixed list of 66
 * entries (add, answer, ...)", so they cannot be recomputed). Nothing is copied by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { text as alexText } from 'alex';
import { EVAL_DIR, type Task, type TaskKey } from './data';
import { rocAuc } from './stats';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];

/** A scorer computed on each text (higher = more imposing), named as in the README's table. */
export const COMPUTED: { scorer: string; score: (text: string) => number }[] = [
  { scorer: 'write-good #warnings', score: (t) => writeGood(t).length },
  { scorer: 'alex #messages', score: (t) => alexText(t).messages.length },
  { scorer: 'word count', score: (t) => t.split(/\s+/).filter(Boolean).length },
];

/** The README's scorers that cannot be recomputed (their cue lists are not published in full). */
export const QUOTED = ['lexicon-tiny', 'lexicon-tiny+'] as const;

/** README table column order. */
const README_COLUMNS: TaskKey[] = ['wikipedia', 'stack-exchange', 'receptiveness', 'phone', 'bowl'];

/**
 * The README's "Unsupervised baselines" ROC AUC table, parsed: scorer -> task -> AUC. Throws when
 * the README or the table is missing, so a baseline is never silently absent.
 */
export function readmeBaselines(): Map<string, Record<TaskKey, number>> {
  const file = join(EVAL_DIR, 'README.md');
  if (!existsSync(file)) throw new Error(`${file} not found: the baselines are read from it`);
  const rows = new Map<string, Record<TaskKey, number>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | scorer | a | b | c | d | e |  -> ['', scorer, a..e, '']
    if (cells.length !== 8 || !/^0\.\d{3}$/.test(cells[2])) continue;
    if (rows.has(cells[1])) continue; // the first table (ROC AUC) comes before the accuracy table
    rows.set(cells[1], Object.fromEntries(README_COLUMNS.map((k, i) => [k, Number(cells[2 + i])])) as Record<TaskKey, number>);
  }
  for (const s of [...QUOTED, ...COMPUTED.map((c) => c.scorer)]) {
    if (!rows.has(s)) throw new Error(`${file}: no "${s}" row in the baselines table`);
  }
  return rows;
}

/** ROC AUC of each computed scorer on a task. */
export function computedAucs(task: Task): Record<string, number> {
  const y = task.examples.map((e) => e.y);
  return Object.fromEntries(COMPUTED.map((c) => [c.scorer, rocAuc(task.examples.map((e) => c.score(e.text)), y)]));
}
