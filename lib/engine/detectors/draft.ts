/** What draft-level detectors see: every sentence with its cues and absolute offsets. */
import type { SentenceCues } from './cues';

export interface DraftSentence {
  start: number;
  end: number;
  cues: SentenceCues;
}

export interface DraftView {
  sentences: DraftSentence[];
  words: number;
}

/** A draft-level hit: a span in the draft (absolute offsets); may be empty (an insertion point). */
export interface DraftMatch {
  start: number;
  end: number;
}

export interface DraftDetector {
  find(draft: DraftView): DraftMatch[];
  /**
   * A tip, not a finding: an observation about the whole draft (no thanks anywhere, no reason,
   * no clear ask) that is ordinary in terse real mail. The engine shows it only where it changes
   * how the draft lands (see analyze's tip gate), and it never counts.
   */
  tip?: boolean;
}

/** Judging a whole draft needs a draft: a one-line chat message has no "anywhere" to look in. */
export function isDraft(d: DraftView, minSentences: number, minWords: number): boolean {
  return d.sentences.length >= minSentences && d.words >= minWords;
}

/** The first sentence after the greeting ("Hi team,"), where an opening line would go. */
export function bodyStart(d: DraftView): DraftSentence | undefined {
  return d.sentences.find((s) => !s.cues.greeting) ?? d.sentences[0];
}
