/**
 * What the matchers see of one sentence: its (masked) text, lazily its tags, its words, and
 * whether it is a question or already softened. Built once per sentence per check.
 */
import { parse, type Doc } from '../nlp';
import { lowerCue, QUESTION_END, SOFTENER } from './lexicon';

const CONTRACTIONS: Record<string, string[]> = {
  "n't": ['not'],
  "'re": ['are'],
  "'m": ['am'],
  "'s": ['is', 'has'],
  "'ve": ['have'],
  "'ll": ['will'],
  "'d": ['would', 'had'],
};

export class SentenceContext {
  private _doc: Doc | undefined;
  private _words: Set<string> | undefined;
  readonly lower: string;

  /** `text` is the masked sentence; `original` the same span of the user's text. */
  constructor(
    readonly text: string,
    readonly original: string,
  ) {
    this.lower = lowerCue(text);
  }

  get doc(): Doc {
    this._doc ??= parse(this.text);
    return this._doc;
  }

  /** Where the imperative check found a command verb (relative to the sentence), once known. */
  imperative: { start: number; end: number } | null | undefined;

  /** Lower-case words, with contractions also expanded ("don't" gives don't, do, not). */
  get words(): Set<string> {
    if (!this._words) {
      const words = new Set<string>();
      for (const m of this.lower.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
        const w = m[0];
        words.add(w);
        const apo = w.indexOf("'");
        if (apo > 0) {
          const suffix = w.slice(apo);
          if (w === "won't") words.add('will').add('not');
          else if (w === "can't") words.add('can').add('not');
          else if (suffix === "n't") words.add(w.slice(0, -3)).add('not');
          else {
            words.add(w.slice(0, apo));
            for (const x of CONTRACTIONS[suffix] ?? []) words.add(x);
          }
        }
        if (w === 'cannot') words.add('can').add('not');
      }
      this._words = words;
    }
    return this._words;
  }

  get isQuestion(): boolean {
    return isQuestion(this.text);
  }

  /** Already softened ("please", "could you", "when you have a moment"): the lexicon's SOFTENER. */
  get isSoftened(): boolean {
    return SOFTENER.test(this.lower);
  }
}

const QUESTION_OPENER =
  /^(?:\W*)(?:can|could|would|will|do|does|did|is|are|was|were|should|shall|may|might|have|has|had|any|what|why|how|when|where|who|which)\b[\s\S]*$/i;

/** A question: ends with "?" (any closing quote or bracket aside), or opens like one in chat style. */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (QUESTION_END.test(t)) return true;
  if (/[.!。！]\s*$/.test(t)) return false;
  return QUESTION_OPENER.test(t) && /^\W*\w+\s+(?:you|we|i|they|he|she|it|someone|anyone|there|this|that)\b/i.test(t);
}
