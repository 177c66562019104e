/**
 * The shipped learned models, loaded lazily (each reader's weights are their own chunk, fetched
 * the first time a draft for that reader is checked) and kept once loaded.
 */
import { LearnedModel, type ReaderWeights } from './model';

const loaded = new Map<string, Promise<LearnedModel | undefined>>();

export function loadLearned(reader: string): Promise<LearnedModel | undefined> {
  let p = loaded.get(reader);
  if (!p) {
    p = (async () => {
      if (reader === 'consensus') return new LearnedModel((await import('./weights/consensus.json')).default as unknown as ReaderWeights);
      if (reader === 'results-first') return new LearnedModel((await import('./weights/results-first.json')).default as unknown as ReaderWeights);
      return undefined;
    })();
    loaded.set(reader, p);
  }
  return p;
}
