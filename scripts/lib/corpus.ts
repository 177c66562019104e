/**
 * The labelled corpus (tests/data/corpus/, see docs/labelling.md): adjudicated gold labels for
 * both readers, split by source and writer into train / dev / test. Seed items (written for the
 * project, ../shared/corpus-seed) are train-only and are read from ../shared, never copied here.
 * The test split is sealed: only `npm run eval -- --sealed` reads it (loadSplit refuses
 * otherwise), and its SHA-256 was committed before any tuning (tests/data/corpus/TEST.sha256).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS_DIR = path.join(ROOT, 'tests/data/corpus');
export const SEED_FILE = process.env.NEMAWASHI_SEED ?? path.join(ROOT, '..', 'shared', 'corpus-seed', 'consensus-seed.jsonl');

export const READERS = ['consensus', 'results-first'] as const;
export type Reader = (typeof READERS)[number];
export type Split = 'train' | 'dev' | 'test';

export interface ReaderLabel {
  flag: boolean;
  categories: string[];
  span: string | null;
}

export interface CorpusItem {
  id: string;
  text: string;
  source: string;
  writer: string;
  channel: string;
  role: string;
  split: Split;
  /** Human-written (real) or model-written (seed, fill). The test split is human-written only. */
  human: boolean;
  labels: Record<Reader, ReaderLabel>;
  subtle: boolean;
  hard_negative: boolean;
}

export function splitFile(split: Split): string {
  return path.join(CORPUS_DIR, 'splits', `${split}.jsonl`);
}

let seedTexts: Map<string, string> | undefined;
function seedText(id: string): string {
  if (!seedTexts) {
    if (!existsSync(SEED_FILE)) throw new Error(`seed corpus not found at ${SEED_FILE} (set NEMAWASHI_SEED)`);
    seedTexts = new Map(
      readFileSync(SEED_FILE, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; text: string })
        .map((r) => [r.id, r.text]),
    );
  }
  const t = seedTexts.get(id);
  if (t === undefined) throw new Error(`seed item ${id} missing from ${SEED_FILE}`);
  return t;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Read a split. The test split only with `{ sealed: true }`, after checking its committed hash. */
export function loadSplit(split: Split, opts: { sealed?: boolean } = {}): CorpusItem[] {
  const file = splitFile(split);
  if (split === 'test') {
    if (!opts.sealed) throw new Error('the test split is sealed: only `npm run eval -- --sealed` reads it');
    const want = readFileSync(path.join(CORPUS_DIR, 'TEST.sha256'), 'utf8').trim().split(/\s+/)[0];
    const got = sha256(file);
    if (want !== got) throw new Error(`tests/data/corpus/splits/test.jsonl changed since it was sealed (sha256 ${got}, sealed ${want})`);
  }
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} not found: run \`npm run corpus\``);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l) as CorpusItem & { text?: string };
      return { ...r, text: r.text ?? seedText(r.id) };
    });
}
