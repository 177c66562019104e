/**
 * Score a rewrite against an assignment's goals: for each goal, met or not, and one sentence
 * saying why. Pure: takes the engine's result for the text (so the page, the builder's preview
 * and the tests share it), touches no DOM and no storage.
 */
import type { AnalyzeResult, Category, Finding, Severity } from '../engine/types';
import { severityRank } from '../engine/types';
import { findAsk, mentions } from './ask';
import type { Goal } from './schema';

export interface GoalResult {
  kind: Goal['kind'];
  /** The goal as the learner reads it. */
  label: string;
  met: boolean;
  /** What was met or missed, in one sentence. */
  explanation: string;
}

export interface Score {
  goals: GoalResult[];
  met: number;
  total: number;
  passed: boolean;
  friction: number;
  words: number;
  findingsByCategory: Partial<Record<Category, number>>;
  findingsBySeverity: Partial<Record<Severity, number>>;
}

/** Words as a reader counts them ("don't", "sign-off" and "3pm" are one word each). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.:][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function listOf(items: readonly string[], conjunction = 'or'): string {
  const quoted = items.map((i) => `“${i}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/**
 * The sentences that say why a goal is met or not, as templates with {placeholders}: English
 * here; the practice page passes its own language's (lib/i18n, keys `explain.*`).
 */
export const EXPLANATIONS = {
  harmonyMet: 'Harmony is {harmony}, at least the {least} asked.',
  harmonyMissed: 'Harmony is {harmony}, below the {least} asked.',
  noneLeft: 'None left.',
  stillFlagged: 'Still flagged: {where}: {message}{more}',
  wholeDraft: 'the draft as a whole',
  more: ' (and {count} more)',
  askClear: 'The ask is clear: {sentence} ({action}, {when}).',
  anyAction: 'an action',
  anyWhen: 'a date or time',
  noAsk: 'No request to do {action} is left: say what you are asking for, and by when.',
  noWhen: '{sentence} asks for it, but without {when}.',
  noAction: '{sentence} is a request, but it does not name {action}.',
  notAsked: '{sentence} mentions it, but does not ask for it.',
  words: '{count} words.',
  tooMany: '{count} words: {over} too many.',
  allMentioned: 'Everything is mentioned.',
  missing: 'Missing: {list}.',
  noneThere: 'None of them is there.',
  stillThere: 'Still there: {list}.',
  quote: '“{text}”',
  comma: ', ',
  or: ' or ',
  and: ' and ',
  semicolon: '; ',
} as const;
export type ExplanationWords = Record<keyof typeof EXPLANATIONS, string>;

function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** listOf and quote, in the words given. */
function phrasing(words: ExplanationWords) {
  const q = (text: string) => fill(words.quote, { text });
  return {
    say: (key: keyof ExplanationWords, params?: Record<string, string | number>) => fill(words[key], params),
    list: (items: readonly string[], conjunction: 'or' | 'and' = 'or') => {
      const quoted = items.map(q);
      return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(words.comma)}${words[conjunction]}${quoted[quoted.length - 1]}`;
    },
    quote: (text: string, max = 60) => {
      const t = text.replace(/\s+/g, ' ').trim();
      return q(t.length > max ? `${t.slice(0, max - 1)}…` : t);
    },
  };
}

const SEVERITY_NAMES: Record<Severity, string> = { info: 'note', suggestion: 'suggestion', warning: 'warning' };

/** The goal as the learner reads it before submitting. */
export function describeGoal(goal: Goal): string {
  if (goal.label) return goal.label;
  switch (goal.kind) {
    case 'max-friction':
      // One scale everywhere: harmony (100 - friction, higher is better), as the compose window shows.
      return `Harmony at least ${100 - goal.max}`;
    case 'no-findings': {
      const what = goal.atOrAbove && goal.atOrAbove !== 'info' ? `${SEVERITY_NAMES[goal.atOrAbove]}-level finding${goal.atOrAbove === 'suggestion' ? ' or worse' : ''}` : 'finding';
      const where = goal.categories ? ` about ${goal.categories.join(' or ')}` : '';
      return `No ${what}${where}`;
    }
    case 'ask': {
      const action = goal.action ? `to ${goal.action[0]}` : 'for an action';
      const when = goal.when ? ` by ${goal.when[0]}` : ' with a date or time';
      return `The ask is still there: a request ${action}${when}`;
    }
    case 'max-words':
      return `At most ${goal.max} words`;
    case 'must-mention':
      return `Mentions ${goal.phrases.map((p) => (typeof p === 'string' ? `“${p}”` : listOf(p))).join(', ')}`;
    case 'must-not-mention':
      return `Does not say ${listOf(goal.phrases)}`;
  }
}

function countBy<K extends string>(findings: readonly Finding[], key: (f: Finding) => K): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

/** Whether one goal is met by `text` (whose engine result is `result`), and why (in `words`). */
export function scoreGoal(goal: Goal, text: string, result: AnalyzeResult, words: ExplanationWords = EXPLANATIONS): GoalResult {
  const base = { kind: goal.kind, label: describeGoal(goal) };
  const { say, list: listOf, quote } = phrasing(words);
  switch (goal.kind) {
    case 'max-friction': {
      const met = result.friction <= goal.max;
      const harmony = 100 - result.friction;
      const least = 100 - goal.max;
      return { ...base, met, explanation: say(met ? 'harmonyMet' : 'harmonyMissed', { harmony, least }) };
    }
    case 'no-findings': {
      const floor = severityRank(goal.atOrAbove ?? 'info');
      const hits = result.findings.filter(
        (f) => severityRank(f.severity) >= floor && (!goal.categories || goal.categories.includes(f.category)),
      );
      if (hits.length === 0) return { ...base, met: true, explanation: say('noneLeft') };
      const first = hits[0];
      const where = first.scope === 'draft' ? say('wholeDraft') : quote(first.text);
      const more = hits.length > 1 ? say('more', { count: hits.length - 1 }) : '';
      return { ...base, met: false, explanation: say('stillFlagged', { where, message: first.message, more }) };
    }
    case 'ask': {
      const { found, partial } = findAsk(text, goal);
      if (found) return { ...base, met: true, explanation: say('askClear', { sentence: quote(found.sentence, 90), action: found.action, when: found.when }) };
      const action = goal.action ? listOf(goal.action) : say('anyAction');
      const when = goal.when ? listOf(goal.when) : say('anyWhen');
      let explanation: string;
      if (!partial) explanation = say('noAsk', { action });
      else if (partial.missing === 'when') explanation = say('noWhen', { sentence: quote(partial.sentence), when });
      else if (partial.missing === 'action') explanation = say('noAction', { sentence: quote(partial.sentence), action });
      else explanation = say('notAsked', { sentence: quote(partial.sentence) });
      return { ...base, met: false, explanation };
    }
    case 'max-words': {
      const count = countWords(text);
      const met = count <= goal.max;
      return { ...base, met, explanation: met ? say('words', { count }) : say('tooMany', { count, over: count - goal.max }) };
    }
    case 'must-mention': {
      const missing = goal.phrases
        .map((p) => (typeof p === 'string' ? [p] : p))
        .filter((alternatives) => !alternatives.some((a) => mentions(text, a)));
      if (missing.length === 0) return { ...base, met: true, explanation: say('allMentioned') };
      return { ...base, met: false, explanation: say('missing', { list: missing.map((m) => listOf(m)).join(words.semicolon) }) };
    }
    case 'must-not-mention': {
      const present = goal.phrases.filter((p) => mentions(text, p));
      if (present.length === 0) return { ...base, met: true, explanation: say('noneThere') };
      return { ...base, met: false, explanation: say('stillThere', { list: listOf(present, 'and') }) };
    }
  }
}

export function scoreAttempt(goals: readonly Goal[], text: string, result: AnalyzeResult, words: ExplanationWords = EXPLANATIONS): Score {
  const results = goals.map((g) => scoreGoal(g, text, result, words));
  const met = results.filter((r) => r.met).length;
  return {
    goals: results,
    met,
    total: results.length,
    passed: met === results.length,
    friction: result.friction,
    words: countWords(text),
    findingsByCategory: countBy(result.findings, (f) => f.category),
    findingsBySeverity: countBy(result.findings, (f) => f.severity),
  };
}
