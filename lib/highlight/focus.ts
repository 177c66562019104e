/**
 * A calm page: what to underline for each finding, and which findings share one underline.
 *
 * A finding's span is what its suggestion replaces, often the whole sentence (a rewrite that
 * keeps the rest). The words that trigger it are the ones its first suggestion changes, so the
 * underline goes under those: "You need to send the report." -> "Could you send the report?"
 * underlines "You need to". A short span (a few words) is underlined whole. A sentence-level
 * finding with no words to point at gets a quiet mark on its first word; a draft-level one is
 * not drawn at all (it lives in the indicator's list). Findings whose underlines overlap share
 * one underline, and one card lists them all.
 */
import type { Finding, Severity } from '../engine/types';
import { severityRank } from '../engine/types';

/** Spans of at most this many words are underlined whole. */
const SHORT_SPAN_WORDS = 5;
/** A long span with nothing to compare: this many words from its start are underlined. */
const LEAD_WORDS = 3;

export interface Focus {
  start: number;
  end: number;
  /** 'quiet': a sentence or draft-level judgement, marked softly on its first word. */
  kind: 'underline' | 'quiet';
}

interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[^\s\p{L}\p{N}]/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0]) }));
}

/** table[i][j]: the length of the longest common subsequence of a[i..] and b[j..] (by token text). */
function lcsTable(a: Token[], b: Token[]): number[][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i].text === b[j].text ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

/**
 * Align `a` (the original's tokens) with `b` (the suggestion's) by their longest common
 * subsequence. Returns, per original token, whether it changed (not kept), and the original
 * indices before which suggestion words were inserted (a.length: at the end). Insertions are
 * taken before deletions, so "everyone will report" -> "everyone to report" inserts "to" before
 * "will", not before "report".
 */
function align(a: Token[], b: Token[]): { changed: boolean[]; insertedBefore: Set<number> } {
  const n = a.length;
  const m = b.length;
  const table = lcsTable(a, b);
  const changed = new Array<boolean>(n).fill(true);
  const insertedBefore = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].text === b[j].text) {
      changed[i] = false;
      i++;
      j++;
    } else if (j < m && (i === n || table[i][j + 1] >= table[i + 1][j])) {
      if (b[j].word) insertedBefore.add(i);
      j++;
    } else i++;
  }
  return { changed, insertedBefore };
}

/**
 * The words of `text` that `suggestion` changes (offsets into text): the first run of words
 * that are changed or have new words put right before them, holding at least one changed word.
 * With only insertions, the word next to the first one. Punctuation alone never counts.
 */
function changedWords(text: string, suggestion: string): { start: number; end: number } | null {
  const a = tokens(text);
  const { changed, insertedBefore } = align(a, tokens(suggestion));
  const words = a.map((t, i) => ({ t, i })).filter(({ t }) => t.word);
  if (words.length === 0) return null;
  let prev = -1;
  let run: { t: Token; i: number }[] = [];
  const runs: (typeof run)[] = [];
  for (const w of words) {
    let touched = false;
    for (let k = prev + 1; k <= w.i; k++) if (insertedBefore.has(k)) touched = true;
    prev = w.i;
    if (changed[w.i] || touched) run.push(w);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const hot = runs.find((r) => r.some(({ i }) => changed[i]));
  if (hot) {
    // Trailing words that were only touched by an insertion are not part of the trigger.
    while (hot.length > 1 && !changed[hot[hot.length - 1].i]) hot.pop();
    return { start: hot[0].t.start, end: hot[hot.length - 1].t.end };
  }
  if (runs.length) return { start: runs[0][0].t.start, end: runs[0][0].t.end };
  // Only an insertion at the very end: the last word.
  if (insertedBefore.size) {
    const last = words[words.length - 1].t;
    return { start: last.start, end: last.end };
  }
  return null;
}

/** A piece of a suggestion: kept from the original, or new words. */
export interface Piece {
  text: string;
  inserted: boolean;
}

/**
 * A suggestion cut into what it keeps from the original and what it adds (word level), so the
 * card can mark the change. The pieces join back into exactly the suggestion.
 */
export function suggestionPieces(original: string, suggestion: string): Piece[] {
  const a = tokens(original);
  const b = tokens(suggestion);
  const n = a.length;
  const m = b.length;
  const table = lcsTable(a, b);
  const inserted = new Array<boolean>(m).fill(true);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].text === b[j].text) {
      inserted[j] = false;
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  const pieces: Piece[] = [];
  const push = (text: string, ins: boolean) => {
    if (!text) return;
    const last = pieces[pieces.length - 1];
    if (last && last.inserted === ins) last.text += text;
    else pieces.push({ text, inserted: ins });
  };
  let at = 0;
  b.forEach((t, j) => {
    // The space before a token goes with it when both it and the token before are new.
    const gap = suggestion.slice(at, t.start);
    push(gap, inserted[j] && j > 0 && inserted[j - 1]);
    push(t.text, inserted[j]);
    at = t.end;
  });
  push(suggestion.slice(at), false);
  return pieces;
}

/** What to draw for one finding (offsets into the analysed text), or null: list only. */
export function focusOf(f: Finding): Focus | null {
  if (f.scope === 'draft' || f.end <= f.start) return null;
  // The engine says which words drove it (a learned finding): underline those (one mark, from the
  // first to the last of them, kept inside the finding's span).
  const marks = (f.marks ?? []).filter((m) => m.end > m.start && m.start >= f.start && m.end <= f.end);
  if (marks.length) {
    return { start: Math.min(...marks.map((m) => m.start)), end: Math.max(...marks.map((m) => m.end)), kind: 'underline' };
  }
  const words = tokens(f.text).filter((t) => t.word);
  if (words.length === 0) return null;
  if (f.scope === 'span' && words.length <= SHORT_SPAN_WORDS) return { start: f.start, end: f.end, kind: 'underline' };
  const changed = f.suggestions.length ? changedWords(f.text, f.suggestions[0]) : null;
  if (changed) return { start: f.start + changed.start, end: f.start + changed.end, kind: 'underline' };
  if (f.scope === 'span') {
    // A long span with no suggestion to compare (withheld where findings share a sentence): its
    // rule matched at the start and the span runs on to the end of the sentence ({{rest}}), so
    // the first words are the trigger.
    const lead = words[Math.min(words.length, LEAD_WORDS) - 1];
    return { start: f.start + words[0].start, end: f.start + lead.end, kind: 'underline' };
  }
  // A judgement on the whole sentence: a quiet mark on its first word.
  return { start: f.start + words[0].start, end: f.start + words[0].end, kind: 'quiet' };
}

/** One drawn mark and the findings it opens. */
export interface MarkGroup {
  start: number;
  end: number;
  kind: Focus['kind'];
  severity: Severity;
  /** In reading order; the card lists them all. */
  findings: Finding[];
}

/**
 * Group the findings by what is drawn: findings whose marks overlap share one mark (the union of
 * their words, the highest severity; an underline wins over a quiet mark). Findings with nothing
 * to draw (draft-level) are returned apart, for the list.
 */
export function groupFindings(findings: readonly Finding[]): { groups: MarkGroup[]; unmarked: Finding[] } {
  const marked: { f: Finding; focus: Focus }[] = [];
  const unmarked: Finding[] = [];
  for (const f of findings) {
    const focus = focusOf(f);
    if (focus) marked.push({ f, focus });
    else unmarked.push(f);
  }
  marked.sort((a, b) => a.focus.start - b.focus.start || b.focus.end - a.focus.end);
  const groups: MarkGroup[] = [];
  for (const { f, focus } of marked) {
    const g = groups[groups.length - 1];
    if (g && focus.start < g.end) {
      g.end = Math.max(g.end, focus.end);
      g.findings.push(f);
      if (severityRank(f.severity) > severityRank(g.severity)) g.severity = f.severity;
      if (focus.kind === 'underline') g.kind = 'underline';
    } else {
      groups.push({ start: focus.start, end: focus.end, kind: focus.kind, severity: f.severity, findings: [f] });
    }
  }
  for (const g of groups) g.findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.start - b.start);
  return { groups, unmarked };
}
