/** The learned layer for the command line: the shipped weights read from disk, once per reader. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LearnedModel, type ReaderWeights } from '../engine/learned/model';

// From the repository root (two levels up, from lib/cli/ or from the built dist/cli/ alike).
export const WEIGHTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lib', 'engine', 'learned', 'weights');
const cache = new Map<string, LearnedModel | undefined>();

export function learnedFromDisk(reader: string): LearnedModel | undefined {
  if (!cache.has(reader)) {
    const file = join(WEIGHTS_DIR, `${reader}.json`);
    cache.set(reader, existsSync(file) ? new LearnedModel(JSON.parse(readFileSync(file, 'utf8')) as ReaderWeights) : undefined);
  }
  return cache.get(reader);
}
