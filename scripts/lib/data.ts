/** The evaluation sets in ../shared/eval as binary tasks (1 = impolite / unreceptive / tough). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EVAL_DIR = process.env.NEMAWASHI_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval');

export interface Example {
  id: string;
  text: string;
  /** 1 = positive class (impolite / unreceptive / tough), 0 = negative. */
  y: number;
}

export interface Task {
  key: TaskKey;
  title: string;
  examples: Example[];
}

export const TASK_KEYS = ['wikipedia', 'stack-exchange', 'receptiveness', 'phone', 'bowl'] as const;
export type TaskKey = (typeof TASK_KEYS)[number];

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

interface Row {
  id: string;
  text: string;
  label?: string;
  score?: number;
}

/**
 * Receptiveness: bottom vs. top quartile of `score` by rank (715 / 715 of 2,860). The README gives
 * the cuts rounded (<= -0.647, >= 0.712); the exact top cut is 0.71149, so ">= 0.712" would keep
 * only 712 texts. Ranking reproduces the README's 715 / 715.
 */
function receptiveQuartiles(rows: Row[]): Example[] {
  const sorted = [...rows].sort((a, b) => a.score! - b.score!);
  const q = Math.floor(rows.length / 4);
  const low = new Set(sorted.slice(0, q));
  const high = new Set(sorted.slice(rows.length - q));
  return rows.filter((r) => low.has(r) || high.has(r)).map((r) => ({ id: r.id, text: r.text, y: low.has(r) ? 1 : 0 }));
}

function quartile(rows: Row[]): Example[] {
  return rows
    .filter((r) => r.label === 'impolite' || r.label === 'polite')
    .map((r) => ({ id: r.id, text: r.text, y: r.label === 'impolite' ? 1 : 0 }));
}

export function loadTask(key: TaskKey): Task {
  const p = (...parts: string[]) => join(EVAL_DIR, ...parts);
  switch (key) {
    case 'wikipedia':
      return { key, title: 'SPC wikipedia', examples: quartile(readJsonl<Row>(p('stanford-politeness', 'wikipedia.jsonl'))) };
    case 'stack-exchange':
      return { key, title: 'SPC stack-exchange', examples: quartile(readJsonl<Row>(p('stanford-politeness', 'stack-exchange.jsonl'))) };
    case 'receptiveness':
      return {
        key,
        title: 'receptiveness',
        examples: receptiveQuartiles(readJsonl<Row>(p('yeomans-receptiveness', 'receptive_train.jsonl'))),
      };
    case 'phone':
    case 'bowl':
      return {
        key,
        title: `${key}_offers`,
        examples: readJsonl<Row>(p('yeomans-negotiation-offers', `${key}_offers.jsonl`)).map((r) => ({
          id: r.id,
          text: r.text,
          y: r.label === 'tough' ? 1 : 0,
        })),
      };
  }
}

export function evalDataPresent(): boolean {
  return existsSync(join(EVAL_DIR, 'stanford-politeness', 'wikipedia.jsonl'));
}

export interface DevRecord {
  id: string;
  text: string;
  flag: boolean;
  category: string | null;
  kind: string;
  note?: string;
}

export function loadDevSet(): DevRecord[] {
  return readJsonl<DevRecord>(join(ROOT, 'tests', 'data', 'dev-set.jsonl'));
}

/** The blind held-out set (tests/data/HOLDOUT.md): measured, never listed, never tuned on. */
export function loadHoldoutSet(): DevRecord[] {
  return readJsonl<DevRecord>(join(ROOT, 'tests', 'data', 'holdout-set.jsonl'));
}
