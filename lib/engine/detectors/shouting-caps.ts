/**
 * Words in ALL CAPS read as raised voice ("I need this NOW"), but most capitalised words in
 * workplace mail are acronyms (API, EOD, NASA). A run of capitalised words is shouting when it
 * holds a word of 5+ letters that is not a known acronym, or a short word that is plainly not one
 * (NOW, NOT, MUST), or two or more non-acronym words in a row. A draft written entirely in capitals
 * is shouting throughout. Capitals in a sentence of thanks or celebration are left alone.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

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
const SHOUTY_SHORT = new Set(
  'NOW NOT NO YES MUST NEED DO DONT DON\'T STOP NEVER ALL YOU YOUR THIS THAT WHY WHAT HOW WHO WHEN WILL CAN SO VERY ONLY READ ANY EVER ARE IS GET FIX SEND'.split(' '),
);
/** Capitals in thanks or celebration ("Thank you SO much", "CONGRATS") are warmth, not a raised voice. */
const WARMTH = /\b(?:thank|thanks|thx|congrat\w*|welcome|love|awesome|amazing|great|well done|yay|woo+|happy|proud|bravo)\b/i;

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

function isShouted(word: string): boolean {
  const w = word.replace(/’/g, "'");
  if (ACRONYMS.has(w)) return false;
  if (w.replace(/'/g, '').length >= 5) return true;
  return SHOUTY_SHORT.has(w);
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
    for (const run of runs) {
      const nonAcronym = run.filter((w) => !ACRONYMS.has(w.word)).length;
      const before = ctx.text.slice(Math.max(0, run[0].start - 20), run[0].start);
      const after = ctx.text.slice(run[run.length - 1].end, run[run.length - 1].end + 24);
      const technical =
        TECH_AFTER.test(after) ||
        TECH_BEFORE.test(before) ||
        run.every((w) => CODE_WORDS.has(w.word)) ||
        /^[_\p{Lu}\d]/u.test(ctx.text.charAt(run[run.length - 1].end)) ||
        /[_\p{Lu}\d]$/u.test(ctx.text.charAt(run[0].start - 1));
      if (!technical && (run.some((w) => isShouted(w.word)) || nonAcronym >= 2)) {
        out.push({ start: run[0].start, end: run[run.length - 1].end, groups: {} });
      }
    }
    return out;
  },
};
