/**
 * Split (masked) text into sentences with exact offsets. Sentences end at . ! ? (and 。！？)
 * followed by space or end, and at line breaks: email and chat put one thought per line
 * ("Hi team,"). Linear in the length of the text.
 */

export interface Sentence {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'prof', 'vs', 'approx', 'incl', 'dept', 'est', 'fig', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'inc', 'ltd', 'co',
]);

function isTerminal(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === '。' || c === '！' || c === '？' || c === '…';
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000';
}
const CLOSERS = new Set(['"', "'", ')', ']', '”', '’', '」', '』']);

const MAX_SENTENCE = 1000;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && (isSpace(text[from]) || text[from] === '\r')) from++;
    while (to > from && (isSpace(text[to - 1]) || text[to - 1] === '\r')) to--;
    // Very long runs without punctuation are cut at a space so that NLP cost stays linear.
    while (to - from > MAX_SENTENCE) {
      // The last space within the window (never searching back past its start: lastIndexOf
      // would scan to the start of the text on a long run without spaces, quadratic).
      let cut = from + MAX_SENTENCE;
      while (cut > from && text[cut] !== ' ') cut--;
      const at = cut > from ? cut : from + MAX_SENTENCE;
      out.push({ start: from, end: at });
      from = at;
      while (from < to && isSpace(text[from])) from++;
    }
    if (to > from) out.push({ start: from, end: to });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (isTerminal(c)) {
      let j = i + 1;
      while (j < n && (isTerminal(text[j]) || CLOSERS.has(text[j]))) j++;
      const cjk = c === '。' || c === '！' || c === '？';
      if (j >= n || isSpace(text[j]) || text[j] === '\n' || text[j] === '\r' || cjk) {
        if (c === '.' && j === i + 1 && isAbbreviation(text, start, i)) {
          i = j;
          continue;
        }
        push(start, j);
        start = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(start, n);
  return out;
}

/** "e.g." / "Dr." / "No. 5": a period after a known abbreviation that doesn't end the sentence. */
function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[A-Za-z.]/.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (!ABBREVIATIONS.has(word)) return false;
  // "No." on its own is a sentence (a blunt refusal), not an abbreviation.
  if (word === 'no') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return true;
}
