/**
 * Blank out the parts of a draft that are not the writer's own words, keeping every offset:
 * masked characters become spaces, line breaks stay. Rules then run on the blanked copy, so a
 * finding can never land inside quoted reply text, a quotation, code, a URL, an email address or
 * a signature.
 */
import { SIGN_OFF_PHRASE } from './lexicon';

const QUOTED_LINE = /^[ \t]*>/;
/** "On Mon, 3 Jun 2024 at 10:02, Aiko Sato <aiko@example.jp> wrote:" (may wrap over two lines). */
const ON_WROTE = /^[ \t]*On\b[^\n]{0,300}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*\r?$/im;
const ORIGINAL_MESSAGE = /^[ \t]*(?:-{2,}[ \t]*(?:Original|Forwarded) Message[ \t]*-{2,}|_{10,})[ \t]*\r?$/im;
/** An Outlook-style header block: From: ... then Sent:/Date: on the next lines. */
const HEADER_BLOCK = /^[ \t]*From:[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:Sent|Date):/im;
const SIG_DASHES = /^-- ?\r?$/m;
/** A sign-off line ("Best regards,", "Thanks,", "Cheers Ken"): the lexicon's sign-off words, one line. */
const SIGN_OFF = new RegExp(`^[ \\t]*${SIGN_OFF_PHRASE}(?:[ \\t]+\\w+)?[ \\t]*[,.!]?[ \\t]*\\r?$`, 'gim');

const CODE_BLOCK = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]{1,500}`/g;
// Every mask is linear on any input (tests/unit/fuzz.test.ts; scripts/bench-hostile.ts measures
// it): a quotation cannot contain its own opening mark, so a run of openers costs one scan, not
// 500 per opener; an address starts where a run of address characters starts (the lookbehind),
// so a 100,000-character word is scanned once, not once per character.
const DOUBLE_QUOTED = /"[^"\n]{1,500}"|“[^“”\n]{1,500}”|«[^«»\n]{1,500}»|「[^「」\n]{1,500}」/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export interface Masked {
  /** Same length as the input; masked characters are spaces. */
  text: string;
  /** Where the quoted reply / signature tail begins (text.length when there is none). */
  bodyEnd: number;
}

export function maskNonAuthored(input: string): Masked {
  // Ranges to blank, applied once at the end (splitting a long draft into an array of characters
  // and joining it again cost more than everything else here).
  const ranges: [number, number][] = [];
  const blank = (from: number, to: number) => {
    if (to > from) ranges.push([from, to]);
  };
  const blankAll = (re: RegExp) => {
    re.lastIndex = 0;
    for (const m of input.matchAll(re)) blank(m.index!, m.index! + m[0].length);
  };

  let bodyEnd = input.length;
  for (const re of [ON_WROTE, ORIGINAL_MESSAGE, HEADER_BLOCK, SIG_DASHES]) {
    const m = re.exec(input);
    if (m && m.index < bodyEnd) bodyEnd = m.index;
  }
  bodyEnd = Math.min(bodyEnd, signOffTail(input, bodyEnd));
  blank(bodyEnd, input.length);

  // Quoted lines anywhere (inline replies).
  let lineStart = 0;
  while (lineStart < input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = input.length;
    if (QUOTED_LINE.test(input.slice(lineStart, Math.min(lineEnd, lineStart + 64)))) blank(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }

  blankAll(CODE_BLOCK);
  blankAll(INLINE_CODE);
  blankAll(URL);
  blankAll(EMAIL);
  blankAll(DOUBLE_QUOTED);
  return { text: applyBlanks(input, ranges), bodyEnd };
}

/** The input with every character in the ranges except line breaks turned into a space. */
function applyBlanks(input: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return input;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, pos);
    if (end <= from) continue;
    out += input.slice(pos, from) + input.slice(from, end).replace(/[^\n\r]/g, ' ');
    pos = end;
  }
  return out + input.slice(pos);
}

/**
 * A sign-off line ("Best regards," / "Thanks,") near the end starts the signature: the lines
 * after it (name, title, phone) are not the message. The sign-off itself stays in.
 */
function signOffTail(input: string, bodyEnd: number): number {
  SIGN_OFF.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = SIGN_OFF.exec(input); m && m.index < bodyEnd; m = SIGN_OFF.exec(input)) last = m;
  if (!last) return bodyEnd;
  const afterLine = input.indexOf('\n', last.index);
  if (afterLine === -1) return bodyEnd;
  const tail = input.slice(afterLine + 1, bodyEnd);
  const lines = tail.split('\n').filter((l) => l.trim() !== '');
  // A signature is a few short lines; anything longer is more message.
  const looksLikeSignature = (l: string) =>
    l.trim().length <= 80 &&
    /^[\p{Lu}\d+(@]/u.test(l.trim()) &&
    (!/[.!?]$/.test(l.trim()) || /\b(?:inc|ltd|co|corp|llc)\.$/i.test(l.trim()));
  if (lines.length <= 6 && lines.every(looksLikeSignature)) return afterLine + 1;
  return bodyEnd;
}
