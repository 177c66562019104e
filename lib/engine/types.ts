/**
 * Plain data passed between the engine, the command line, the extension and the practice page.
 * Offsets are UTF-16 code units into the analysed text (what `String.prototype.slice` uses).
 */

export const SEVERITIES = ['info', 'suggestion', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'imposition',
  'decision',
  'confrontation',
  'blame',
  'pressure',
  'dismissal',
  'absolutism',
  'bluntness',
  'condescension',
  'shouting',
  'acknowledgement',
  'vagueness',
  'hedging',
  'clarity',
  'sarcasm',
  'over-apology',
  'indirection',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a finding attaches: a phrase, a whole sentence, or the whole draft. */
export type FindingScope = 'span' | 'sentence' | 'draft';

export interface Finding {
  rule: string;
  pack: string;
  category: Category;
  severity: Severity;
  scope: FindingScope;
  start: number;
  end: number;
  /** Always equal to `analysedText.slice(start, end)`. */
  text: string;
  message: string;
  why: string;
  /** 0-3 replacement texts for [start, end). */
  suggestions: string[];
  /** For a learned finding (whole sentence): the words that drove it, to underline (absolute offsets). */
  marks?: { start: number; end: number }[];
  /**
   * Where a sentence holds several findings: rewrites of the whole sentence [start, end) that
   * leave none of them (re-checked before they are offered).
   */
  rewrite?: { start: number; end: number; suggestions: string[] };
}

export interface AnalyzeResult {
  findings: Finding[];
  /** 0 = nothing likely to land as imposed or confrontational; 100 = very likely. */
  friction: number;
  /** 0-100: is the ask clear (a request, with a when, without stacked hedges)? 100 = clear. */
  clarity: number;
  /**
   * Draft-level tips (no thanks anywhere, a request with no reason, no clear ask): shown apart
   * from the findings, never counted, and only where they change how the draft lands.
   */
  tips: Finding[];
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}
