/**
 * A giant draft (a pasted log, a whole document) is not checked whole in the page: the part
 * around the caret is, a paragraph-aligned window, and the findings are moved back to the whole
 * draft's offsets. The page never freezes on it; the CLI has its own limit (lib/cli/text.ts).
 */
import type { AnalyzeResult, Finding } from './types';

/** Drafts longer than this (UTF-16 code units) are checked in part. */
export const PAGE_DRAFT_LIMIT = 60_000;
/** The size of the part checked around the caret. */
export const PAGE_PART = 30_000;
/** How far a window edge may move to reach a line break (else it moves to a space). */
const ALIGN = 2_000;

export interface Part {
  start: number;
  end: number;
}

/** The whole text when it is short enough; else a window around `caret` (-1: unknown, the start). */
export function partNear(text: string, caret: number, limit = PAGE_DRAFT_LIMIT, size = PAGE_PART): Part {
  if (text.length <= limit) return { start: 0, end: text.length };
  const at = caret < 0 ? 0 : Math.min(caret, text.length);
  let start = Math.max(0, Math.min(at - size / 2, text.length - size));
  let end = Math.min(text.length, start + size);
  start = alignStart(text, start);
  end = alignEnd(text, end);
  return { start, end };
}

function alignStart(text: string, i: number): number {
  if (i <= 0) return 0;
  const nl = text.lastIndexOf('\n', i);
  if (nl >= 0 && i - nl <= ALIGN) return nl + 1;
  for (let k = i; k < Math.min(text.length, i + 200); k++) if (text[k] === ' ') return k + 1;
  return i;
}

function alignEnd(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const nl = text.indexOf('\n', i);
  if (nl >= 0 && nl - i <= ALIGN) return nl;
  for (let k = i; k > Math.max(0, i - 200); k--) if (text[k] === ' ') return k;
  return i;
}

function shift(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by };
}

/** A result for `text.slice(part.start, part.end)` in the offsets of the whole text. */
export function resultInWhole(result: AnalyzeResult, part: Part): AnalyzeResult {
  if (part.start === 0) return result;
  return {
    ...result,
    findings: result.findings.map((f) => shift(f, part.start)),
    ...(result.tips ? { tips: result.tips.map((f) => shift(f, part.start)) } : {}),
  };
}
