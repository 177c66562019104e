/**
 * Is the ask still there? Softening a draft must not soften away the request itself. An ask is
 * a sentence that requests something (a question to "you", "please", "I'd be grateful if", a
 * bare imperative ...), naming the action (a verb in any form, or a noun the coach listed), with
 * a date or time in the same sentence or the one next to it ("Could you send the figures? We
 * need them by Friday.").
 *
 * Cheap rules do most of the work: regular expressions for request cues and date/time
 * expressions; compromise (through lib/nlp) only for verbs (lemmas and the imperative mood), and
 * only on sentences that have a request cue or could open with a verb.
 */
import { maskNonAuthored } from '../engine/mask';
import { splitSentences } from '../engine/sentences';
import { couldBeImperative } from '../engine/detectors/imperative-opener';
import { parse } from '../nlp';
import { escapeRegExp } from '../util/escape-regexp';

export interface AskSpec {
  /** Verbs ("send") or nouns ("sign-off"); one of them names the action. Any verb when absent. */
  action?: readonly string[];
  /** Words the date/time must contain ("Friday"). Any date or time expression when absent. */
  when?: readonly string[];
}

export interface AskFound {
  /** The request sentence, as written. */
  sentence: string;
  start: number;
  end: number;
  /** The word that names the action, as written. */
  action: string;
  /** The date or time expression, as written (possibly in the next or previous sentence). */
  when: string;
}

export interface AskResult {
  found: AskFound | null;
  /** The closest miss, to explain what is missing: a request with the action but no date ... */
  partial: { sentence: string; missing: 'when' | 'action' | 'request' } | null;
}

/** Phrasings that ask someone to do something (tested on lower case). */
const REQUEST_CUE = new RegExp(
  [
    String.raw`\b(?:could|can|would|will|might) (?:you|we|your team|the team|they)\b`,
    String.raw`\bplease\b`,
    String.raw`\bkindly\b`,
    String.raw`\bwould (?:it|that|this) (?:be possible|work|be ok(?:ay)?|be all right)\b`,
    String.raw`\b(?:is|was) it possible\b`,
    String.raw`\bwould you (?:mind|be able|be willing)\b`,
    String.raw`\bi(?:'d| would)? (?:really )?(?:appreciate|be (?:very |most )?grateful|be thankful)\b`,
    String.raw`\bi(?:'d| would) (?:like|love) (?:you|your|to ask|to request|us|the team|it if)\b`,
    String.raw`\b(?:i|we)(?:'d| would| will| do| really| still)? (?:need|want|expect|require|ask|request) (?:you|your|the team|that)\b`,
    String.raw`\b(?:i|we)(?:'d| would| will| do| really| still)? (?:need|require) (?:the|this|that|it|them|a|an|to|your)\b`,
    String.raw`\byou (?:need to|have to|must|should)\b`,
    String.raw`\b(?:let's|let us|shall we)\b`,
    String.raw`\bi(?:'m| am) hoping (?:you|we|the team)\b`,
    String.raw`\bi hope (?:you|we|the team) (?:can|could|will)\b`,
    String.raw`\bit would (?:help|be (?:great|helpful|ideal|wonderful))\b`,
    String.raw`\b(?:make sure|ensure)\b`,
    String.raw`\bmay i ask\b`,
    String.raw`\bi (?:ask|request) that\b`,
    String.raw`\bwe(?:'d| would) (?:appreciate|be grateful|like|love)\b`,
  ].join('|'),
);

const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri)\b\.?`;
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const NUMBER_WORD = String.raw`\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|forty-eight|a couple of|a few`;

/** Date and time expressions (tested on lower case). */
const DATE_TIME = new RegExp(
  [
    String.raw`\b(?:${WEEKDAY})`,
    // "12 June", "June 12th", "may 5" (but not the modal "may"), "mid-March", "early April"
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:${MONTH}|may)\b`,
    String.raw`\b(?:${MONTH}|may) \d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\b(?:mid|early|late|end of|beginning of|start of)[- ](?:${MONTH})\b`,
    String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december)\b`,
    String.raw`\bthe \d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b`,
    // 3pm, 3 p.m., 15:00, noon, "at 10"
    String.raw`\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b(?:noon|midday|midnight|tonight|today|tomorrow|eod|eow|cob|close of business|o'clock)\b`,
    String.raw`\bend of (?:the )?(?:day|week|month|quarter|year|sprint|business)\b`,
    String.raw`\b(?:this|next|coming|following) (?:morning|afternoon|evening|week|month|quarter|year|sprint|${WEEKDAY})`,
    String.raw`\b(?:within|in|over) (?:the next )?(?:${NUMBER_WORD}) (?:business |working )?(?:minutes?|hours?|days?|weeks?|months?)\b`,
    // A quarter is a deadline only with a preposition: "by Q3" (not "the Q3 numbers").
    String.raw`\b(?:by|before|until|in|end of|start of) (?:the )?q[1-4]\b`,
    String.raw`\b(?:by|before|until|on|after) (?:the )?(?:weekend|week's end|month's end)\b`,
  ].join('|'),
  'g',
);

const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|on|at|due|for|from)\s+(?:the\s+)?$/;

/** Words that are verbs but never the action being asked for. */
const AUXILIARIES = new Set([
  'be', 'have', 'do', 'can', 'could', 'would', 'will', 'shall', 'should', 'may', 'might', 'must',
  'need', 'want', 'like', 'love', 'appreciate', 'hope', 'let', 'mind', 'ask', 'request', 'expect', 'require',
  'thank', 'help', 'know', 'think', 'make', 'ensure', 'wonder',
]);

interface SentenceInfo {
  start: number;
  end: number;
  original: string;
  lower: string;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** A phrase as a case-insensitive regular expression on word boundaries (letters and digits). */
export function phraseRegExp(phrase: string): RegExp {
  const body = normalise(phrase.trim()).split(' ').map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

/** Does the text contain the phrase (any case, curly or straight apostrophes, any spacing)? */
export function mentions(text: string, phrase: string): boolean {
  return phraseRegExp(phrase).test(normalise(text));
}

/** Date/time expressions in a (lower-case) text: [start, end) pairs. */
export function findDateTimes(lower: string): { start: number; end: number }[] {
  return [...lower.matchAll(DATE_TIME)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function dateIn(s: SentenceInfo, when: readonly string[] | undefined): string | null {
  if (when?.length) {
    for (const w of when) {
      const m = phraseRegExp(w).exec(s.lower);
      if (m) return s.original.slice(m.index, m.index + m[0].length);
    }
    return null;
  }
  // Prefer a deadline ("by Friday") over a date that only describes something ("Monday's call").
  const all = findDateTimes(s.lower);
  const d = all.find((m) => DEADLINE_BEFORE.test(s.lower.slice(Math.max(0, m.start - 20), m.start))) ?? all[0];
  return d ? s.original.slice(d.start, d.end).trim() : null;
}

/** The infinitive of every verb in a sentence, with the word as written. */
function verbsOf(text: string): { lemma: string; word: string }[] {
  const verbs = parse(text).verbs().json() as { text: string; verb?: { infinitive?: string }; terms?: { text: string; tags: string[] }[] }[];
  const out: { lemma: string; word: string }[] = [];
  for (const v of verbs) {
    const lemma = (v.verb?.infinitive ?? '').toLowerCase().split(/\s+/)[0];
    if (!lemma) continue;
    // The main verb is the last verb-tagged term of the chunk ("could review" -> "review").
    const terms = v.terms ?? [];
    const main = [...terms].reverse().find((t) => t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal'));
    out.push({ lemma, word: (main?.text ?? v.text).replace(/[^\p{L}\p{N}'-]+$/u, '') });
  }
  return out;
}

const lemmaCache = new Map<string, string>();
/** "sending" -> "send"; a phrase that is not a verb stays as it is. */
function lemmaOf(word: string): string {
  const w = normalise(word.trim());
  let lemma = lemmaCache.get(w);
  if (lemma === undefined) {
    const verb = w.includes(' ') ? undefined : verbsOf(`Please ${w} it.`).find((v) => v.lemma !== 'please');
    lemma = verb?.lemma ?? w;
    lemmaCache.set(w, lemma);
  }
  return lemma;
}

/** Imperatives that are courtesies or pointers, not asks: "Thank you ...", "Enjoy ...", "See below". */
const NOT_AN_ASK = new Set(['thank', 'thanks', 'welcome', 'enjoy', 'have', 'hope', 'wish', 'excuse', 'pardon', 'forgive', 'see', 'find', 'note', 'congratulations', 'sorry']);

function hasRequest(s: SentenceInfo): boolean {
  if (REQUEST_CUE.test(s.lower)) return true;
  // A bare imperative: "Send me the figures by Friday." / "So, send ..."
  const first = /^[^\p{L}]*(?:(?:so|and|also|then|now|ok|okay),?\s+)?([\p{L}'-]+)/u.exec(s.lower)?.[1];
  if (!first || NOT_AN_ASK.has(first) || !couldBeImperative(first)) return false;
  return parse(s.original).has('^(so|and|also|then|now|ok|okay)? #Imperative');
}

function actionIn(s: SentenceInfo, action: readonly string[] | undefined): string | null {
  const verbs = verbsOf(s.original);
  if (!action?.length) return verbs.find((v) => !AUXILIARIES.has(v.lemma))?.word ?? null;
  for (const a of action) {
    // A noun or a multi-word phrase ("sign-off", "go ahead") is matched as written.
    const m = phraseRegExp(a).exec(s.lower);
    if (m) return s.original.slice(m.index, m.index + m[0].length);
    const lemma = lemmaOf(a);
    const verb = verbs.find((v) => v.lemma === lemma);
    if (verb) return verb.word;
  }
  return null;
}

/** Find the ask in a draft (quoted reply and signature are left out, as the engine does). */
export function findAsk(text: string, spec: AskSpec = {}): AskResult {
  const masked = maskNonAuthored(text).text;
  const sentences: SentenceInfo[] = splitSentences(masked)
    .map((s) => ({ start: s.start, end: s.end, original: text.slice(s.start, s.end), lower: normalise(masked.slice(s.start, s.end)) }))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.lower));

  let partial: AskResult['partial'] = null;
  const rank = { request: 0, action: 1, when: 2 } as const;
  const miss = (s: SentenceInfo, missing: 'when' | 'action' | 'request') => {
    if (!partial || rank[missing] > rank[partial.missing]) partial = { sentence: s.original.trim(), missing };
  };

  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const request = hasRequest(s);
    const action = request || spec.action?.length ? actionIn(s, spec.action) : null;
    if (!request) {
      if (action && spec.action?.length) miss(s, 'request');
      continue;
    }
    if (!action) {
      miss(s, 'action');
      continue;
    }
    // The date may sit in this sentence or the one next to it.
    const neighbours = [s, sentences[i + 1], sentences[i - 1]].filter((n): n is SentenceInfo => !!n);
    let when: string | null = null;
    for (const n of neighbours) if ((when = dateIn(n, spec.when))) break;
    if (!when) {
      miss(s, 'when');
      continue;
    }
    return { found: { sentence: s.original.trim(), start: s.start, end: s.end, action, when }, partial: null };
  }
  return { found: null, partial };
}
