/**
 * Words in ALL CAPS read as raised voice ("I need this NOW"), but most capitalised words in
 * real workplace mail are not: acronyms (API, EOD, NYMEX), company and product names (ENRON),
 * labels (CONFIDENTIAL, "ACTION REQUIRED:", [DRAFT]), defined terms ("the Master Agreement
 * (MSA)") and code. So capitals count as shouting only when they are ordinary English words used
 * for emphasis: an emphasis word (NOW, NOT, MUST, BEFORE, TODAY...), or a run holding two or more
 * English words ("GET IT DONE"). A single unknown capitalised word is taken for a name or an
 * acronym, whatever its length. A draft written entirely in capitals is shouting throughout.
 * Capitals in a sentence of thanks or celebration are left alone.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';
import { knownWord, lexiconTag } from '../../nlp';

const ACRONYMS = new Set(
  (
    'ASAP FYI API APIS CEO CTO CFO COO CMO CIO VP SVP EVP HR PR QA UI UX URL URLS PDF CSV SQL AWS GCP EOD EOW COB ETA OOO ' +
    'KPI KPIS OKR OKRS ROI USA UK EU UN NASA JSON YAML HTML CSS HTTP HTTPS IT OK TBD TBA TBC FAQ RSVP IMO IMHO IIRC BTW ' +
    'JST PST PDT EST EDT CET UTC GMT FY YOY MOM SLA SLAS SDK CLI GPU CPU RAM SSD USB VPN DNS IP TCP UDP NDA SOW RFP RFC ' +
    'POC MVP CI CD PRD LGTM WIP TODO FIXME NB PS PPS AM PM ID IDS OS IOS MAC PC TV AI ML LLM NLP SAAS B2B B2C CRM ERP SAP ' +
    'IBM SONY NTT KDDI NEC JR JP US NY LA SF AOB ATM DM PM RE FW FWD CC BCC GDPR SOC ISO SKU SKUS ARR MRR QBR EMEA APAC ' +
    'LATAM NATO UNICEF OECD MBA PHD CPA ESG DEI OKAY NOTE'
  ).split(' '),
);
/** Words that, in capitals, are emphasis rather than a name: the raised voice itself. */
const EMPHASIS = new Set(
  (
    "NOW NOT NO YES MUST NEED NEEDS DO DONT DON'T DOESN'T DIDN'T CAN'T WON'T ISN'T STOP NEVER ALWAYS ALL YOU YOUR THIS THAT WHY " +
    'WHAT HOW WHO WHEN WILL CAN SO VERY ONLY READ ANY EVER ARE IS GET FIX SEND AGAIN TODAY TONIGHT TOMORROW IMMEDIATELY ' +
    'URGENT URGENTLY RIGHT BEFORE AFTER EVERYONE EVERYBODY NOBODY NOTHING EVERYTHING MANDATORY REQUIRED IMPORTANT ' +
    'CRITICAL PLEASE REALLY SERIOUSLY ABSOLUTELY OBVIOUSLY CLEARLY EXACTLY STILL YET FINALLY DONE BACK HERE ' +
    'SHOULD HAVE HAS HAD WAS WERE BE ME MY WE THEY OUR'
  ).split(' '),
);
/** Capitals in thanks or celebration ("Thank you SO much", "CONGRATS") are warmth, not a raised voice. */
const WARMTH = /\b(?:thank|thanks|thx|congrat\w*|welcome|love|awesome|amazing|great|well done|good (?:work|job)|keep up|yay|woo+|happy|proud|bravo)\b/i;

/**
 * Capitals that name something technical rather than raise the voice: an error or UI text
 * ("404 NOT FOUND", "shows ACCESS DENIED"), a control or setting ("the STOP button", "DEBUG flag"),
 * code words ("LEFT JOIN", "TRUE", CUSTOMER_ID).
 */
const TECH_AFTER = /^\s*(?:button|flag|key|field|mode|error|message|status|page|screen|column|table|label|option|setting|variable|command|state|code|value|tab|menu|banner|sign|light|switch|header|query|clause|statement|keyword|constant|macro|env|environment)s?\b/i;
const TECH_BEFORE = /(?:\b(?:shows?|showing|displays?|returns?|returned|got|gets|says|said|reads?|prints?|logs?|throws?|set to|equals?)|\d{3})\s*$/i;
const CODE_WORDS = new Set(
  'SELECT FROM WHERE JOIN LEFT RIGHT INNER OUTER NULL TRUE FALSE AND OR NOT IN ON GROUP ORDER BY HAVING LIMIT INSERT UPDATE DELETE CREATE DROP TABLE INTO VALUES SET DEBUG INFO WARN WARNING ERROR FATAL TRACE OK FOUND DENIED FORBIDDEN UNAUTHORIZED GET POST PUT PATCH HEAD OPTIONS DISTINCT COUNT UNION CASE WHEN THEN ELSE END'.split(' '),
);

const CAPS_WORD = /(?<![\p{L}\p{N}_])\p{Lu}[\p{Lu}'’]*\p{Lu}(?![\p{L}\p{N}_])/gu;

/** An English word, as opposed to a name, an acronym or a code. */
function isEnglish(word: string): boolean {
  const w = word.replace(/’/g, "'");
  if (ACRONYMS.has(w)) return false;
  return EMPHASIS.has(w) || knownWord(w) || knownWord(w.replace(/'.*$/, ''));
}

/** A label rather than a sentence: at the start of a line and followed by ":" / " -", or in brackets. */
function isLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/[[(<]\s*$/.test(before) && /^\s*[\])>]/.test(after)) return true;
  if (/(?:^|\n)[\s*#>-]*$/.test(before) && /^[ \t]*(?:[:–—]|-\s|\r?\n|$)/.test(after)) return true;
  return false;
}

export const shoutingCaps: CompiledMatcher = {
  groups: [],
  find(ctx: SentenceContext): RawMatch[] {
    if (WARMTH.test(ctx.text)) return [];
    const words = [...ctx.text.matchAll(CAPS_WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
    if (words.length === 0) return [];
    // Group words that follow each other (only spaces/punctuation between them) into runs.
    const runs: (typeof words)[] = [];
    for (const w of words) {
      const run = runs[runs.length - 1];
      if (run && /^[\s,!.?-]*$/.test(ctx.text.slice(run[run.length - 1].end, w.start))) run.push(w);
      else runs.push([w]);
    }
    const out: RawMatch[] = [];
    // Capitals defined in the sentence itself ("Master Services Agreement (MSA)") are a term.
    const defined = new Set([...ctx.text.matchAll(/\(([\p{Lu}\d&-]{2,})\)/gu)].map((m) => m[1]));
    const lettersOnly = ctx.text.replace(/[^\p{L}]/gu, '');
    const allCaps = words.length >= 3 && lettersOnly.length >= 12 && lettersOnly === lettersOnly.toUpperCase();
    for (const run of runs) {
      const before = ctx.text.slice(Math.max(0, run[0].start - 20), run[0].start);
      const after = ctx.text.slice(run[run.length - 1].end, run[run.length - 1].end + 24);
      const technical =
        TECH_AFTER.test(after) ||
        TECH_BEFORE.test(before) ||
        run.every((w) => CODE_WORDS.has(w.word)) ||
        /^[_\p{Lu}\d]/u.test(ctx.text.charAt(run[run.length - 1].end)) ||
        /[_\p{Lu}\d]$/u.test(ctx.text.charAt(run[0].start - 1)) ||
        // Codes joined by hyphens or slashes (PWR-GAS-LT, AGG-GASIII, N/A).
        /^[-/]\w/u.test(ctx.text.slice(run[run.length - 1].end, run[run.length - 1].end + 2)) ||
        /\w[-/]$/u.test(ctx.text.slice(Math.max(0, run[0].start - 2), run[0].start)) ||
        run.some((w, k) => k > 0 && /^[-/]$/.test(ctx.text.slice(run[k - 1].end, w.start)));
      if (technical || run.every((w) => defined.has(w.word))) continue;
      if (!allCaps && isLabel(ctx.text, run[0].start, run[run.length - 1].end)) continue;
      const english = run.filter((w) => isEnglish(w.word) && !defined.has(w.word));
      const emphasis = english.some((w) => EMPHASIS.has(w.word.replace(/’/g, "'")));
      // Two English words in capitals are a raised voice when they say something ("GET IT DONE",
      // "THIS IS WRONG"); a run of names and nouns is a heading or a label ("GROSS POSITION",
      // "US GAS DAILY", "BOOK ID").
      const saying = english.some((w) => !/^(?:Noun|Singular|Plural|ProperNoun|Adjective|Uncountable|Place|City|Country|FirstName|LastName|Organization|Value)$/.test(lexiconTag(w.word) ?? 'Noun'));
      if (allCaps || emphasis || (english.length >= 2 && saying)) {
        out.push({ start: run[0].start, end: run[run.length - 1].end, groups: {} });
      }
    }
    return out;
  },
};
