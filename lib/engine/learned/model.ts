/**
 * A trained linear model for one reader: a "flag" head (may this sentence land badly with this
 * reader?) and one head per category, over the hashed features of features.ts. Inference is a
 * dot product; the flag head's score is calibrated (Platt scaling fitted on the dev split) into
 * a probability. Weights are data (weights/<reader>.json, written by scripts/train.ts), sparse
 * and quantised, loaded once.
 */
import { HASH_BITS, sentenceFeatures, type Position, type SentenceFeatures } from './features';

/** The shipped form of a reader's model (see scripts/train.ts). */
export interface ReaderWeights {
  reader: string;
  version: number;
  hashBits: number;
  /** 'flag' first, then the categories. */
  heads: string[];
  bias: number[];
  /** Per head: bucket indices (delta-encoded, ascending) and int8 weights times scale. */
  sparse: { idx: number[]; w: number[]; scale: number }[];
  /** p = sigmoid(a * z + b) for the flag head's raw score z. */
  calibration: { a: number; b: number };
  /** A learned finding appears at or above this calibrated probability (chosen on dev for precision). */
  threshold: number;
  /** Below this, a rule's finding that is not marked certain is dropped (chosen on dev). */
  fine: number;
  /**
   * The packs the model was trained beside: only their findings may be dropped where it reads a
   * sentence as fine (a team's own rules are not second-guessed by a model that never saw them).
   */
  packs?: string[];
  /**
   * The rules ("pack/rule") the model may silence: those that were noisy on real dev mail
   * (scripts/train.ts). Rules not listed keep their findings; without the list, every rule of
   * the trained packs may be silenced.
   */
  gated?: string[];
  /** The model reads the shape cues of shapes.ts (features.ts); absent in older weights: no. */
  shapes?: boolean;
  /** Provenance: corpus sizes, seed, date; not used at run time. */
  meta?: Record<string, unknown>;
}

/** Built-in packs, when older weights do not say. */
const DEFAULT_TRAINED_PACKS = ['nemawashi/core', 'nemawashi/results-first'];

export interface Judgement {
  /** Calibrated probability that the sentence may land badly with this reader. */
  p: number;
  /** The most likely category (by its head's score). */
  category: string;
  features: SentenceFeatures;
  /** Per token: its share of the flag score (positive pushes towards a flag). */
  contributions: Float64Array;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export class LearnedModel {
  readonly reader: string;
  readonly threshold: number;
  readonly fine: number;
  readonly categories: string[];
  /** Packs whose findings the model may drop (see ReaderWeights.packs). */
  readonly trainedPacks: ReadonlySet<string>;
  private readonly gated: ReadonlySet<string> | undefined;
  /**
   * The weights as a dense table: per hashed bucket, 1 + its row in `rows` (0: no head weighs
   * it); each row holds one weight per head. Built in one pass over typed arrays: a Map of one
   * small array per bucket (20,000 of them) cost a command-line check ~10 ms more to build and
   * to carry through garbage collection, for the same numbers.
   */
  private readonly rowOf: Int32Array;
  private readonly rows: Float32Array;
  private readonly nHeads: number;
  private readonly bias: Float32Array;
  private readonly cal: { a: number; b: number };
  private readonly cache = new Map<string, Judgement>();

  constructor(readonly weights: ReaderWeights) {
    this.reader = weights.reader;
    this.threshold = weights.threshold;
    this.fine = weights.fine;
    this.nHeads = weights.heads.length;
    this.categories = weights.heads.slice(1);
    this.trainedPacks = new Set(weights.packs ?? DEFAULT_TRAINED_PACKS);
    this.gated = weights.gated ? new Set(weights.gated) : undefined;
    this.bias = Float32Array.from(weights.bias);
    this.cal = weights.calibration;
    // One pass; rows are allocated for every entry (an upper bound: a bucket most heads weigh
    // takes one row), so no pass counts them first. Cold code runs interpreted: passes cost.
    const size = 1 << Math.max(weights.hashBits, HASH_BITS);
    this.rowOf = new Int32Array(size);
    this.rows = new Float32Array(weights.sparse.reduce((n, head) => n + head.idx.length, 0) * this.nHeads);
    let n = 0;
    weights.sparse.forEach((head, h) => {
      let at = 0;
      for (let i = 0; i < head.idx.length; i++) {
        at += head.idx[i];
        if (at >= size) continue; // beyond the hashed space: no feature can reach it
        let row = this.rowOf[at];
        if (row === 0) this.rowOf[at] = row = ++n;
        this.rows[(row - 1) * this.nHeads + h] = head.w[i] * head.scale;
      }
    });
  }

  /** Where a bucket's weights start in `rows`, or -1 when no head weighs it. */
  private rowStart(id: number): number {
    const r = this.rowOf[id] ?? 0;
    return r === 0 ? -1 : (r - 1) * this.nHeads;
  }

  /** May the model silence this rule's finding where it reads the sentence as fine? */
  mayDrop(pack: string, rule: string): boolean {
    return this.trainedPacks.has(pack) && (!this.gated || this.gated.has(`${pack}/${rule}`));
  }

  /** Raw scores per head: features are binary and L2-normalised (each worth 1/sqrt(count)), as in training. */
  scores(f: Pick<SentenceFeatures, 'ids'>): Float32Array {
    const z = new Float32Array(this.nHeads);
    const x = f.ids.length ? 1 / Math.sqrt(f.ids.length) : 0;
    for (const id of f.ids) {
      const at = this.rowStart(id);
      if (at >= 0) for (let h = 0; h < this.nHeads; h++) z[h] += this.rows[at + h];
    }
    for (let h = 0; h < this.nHeads; h++) z[h] = this.bias[h] + z[h] * x;
    return z;
  }

  /** Forget cached judgements (benchmarks time a cold check with this). */
  clearCache(): void {
    this.cache.clear();
  }

  calibrate(z: number): number {
    return sigmoid(this.cal.a * z + this.cal.b);
  }

  /** `rules`: the rules that spoke about this sentence, as "category" and "pack/rule" keys (see ruleKeys). */
  judge(sentence: string, pos: Position, rules: readonly string[] = []): Judgement {
    const key = `${pos.count === 1 ? 'o' : pos.index === 0 ? 'f' : pos.index === pos.count - 1 ? 'l' : 'm'}\u0000${pos.context?.join(',') ?? ''}\u0000${rules.join(',')}\u0000${sentence}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const features = sentenceFeatures(sentence, pos, rules, this.weights.shapes === true);
    const z = this.scores(features);
    let best = 1;
    for (let h = 2; h < this.nHeads; h++) if (z[h] > z[best]) best = h;
    const contributions = new Float64Array(features.tokens.length);
    const x = features.ids.length ? 1 / Math.sqrt(features.ids.length) : 0;
    features.ids.forEach((id, i) => {
      const a = features.from[i];
      if (a < 0) return;
      const at = this.rowStart(id);
      const w = at >= 0 ? this.rows[at] : 0;
      if (!w) return;
      const b = features.to[i];
      for (let t = a; t <= b; t++) contributions[t] += (w * x) / (b - a + 1);
    });
    const j: Judgement = { p: this.calibrate(z[0]), category: this.weights.heads[best] ?? 'bluntness', features, contributions };
    if (this.cache.size > 5000) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, j);
    return j;
  }

  /**
   * The words that drove a judgement: the tokens with the largest positive contributions
   * (at most three, each at least a third of the largest), as sentence-relative ranges, merged
   * where adjacent.
   */
  drivers(j: Judgement): { start: number; end: number }[] {
    const order = [...j.contributions.keys()].filter((t) => j.contributions[t] > 0 && /[\p{L}\p{N}]/u.test(j.features.tokens[t].norm));
    order.sort((a, b) => j.contributions[b] - j.contributions[a]);
    if (order.length === 0) return [];
    const top = j.contributions[order[0]];
    const picked = order.filter((t) => j.contributions[t] >= top / 3).slice(0, 3).sort((a, b) => a - b);
    const out: { start: number; end: number }[] = [];
    for (const t of picked) {
      const tok = j.features.tokens[t];
      const last = out[out.length - 1];
      if (last && picked.includes(t - 1) && j.features.tokens[t - 1].end <= tok.start) last.end = tok.end;
      else out.push({ start: tok.start, end: tok.end });
    }
    return out;
  }
}

/** The rule features of a sentence: each finding's category and its pack/rule id. */
export function ruleKeys(findings: readonly { category: string; pack: string; rule: string }[]): string[] {
  return [...new Set(findings.flatMap((f) => [f.category, `${f.pack}/${f.rule}`]))].sort();
}
