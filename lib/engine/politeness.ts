/**
 * Politeness-strategy features, in the spirit of Danescu-Niculescu-Mizil et al. (2013), "A
 * computational approach to politeness with application to social factors" (ACL): gratitude,
 * deference, greetings, "please" (and "please" as the first word), apologies, hedges, indirect
 * ("by the way"), counterfactual modals ("could/would you"), direct questions ("why/what ...?"),
 * direct starts ("so/but/and ..."), first/second person starts, factuality ("in fact", "actually"),
 * small positive/negative lexicons, and a few surface cues (exclamation marks, several questions).
 *
 * Cheap on purpose: a handful of regular expressions per sentence, each a cue of lexicon.ts; no
 * parse. Each sentence's markers are cached by its text, so re-checking after an edit only looks
 * at the changed sentence. A text's features are binary (does any sentence show the strategy?), so they do not
 * grow with the length of an email; the findings carry the "how much" (see friction.ts).
 */
import {
  ACCUSATION,
  APOLOGY,
  BARE_IMPERATIVE_START,
  BUT_AFTER_COURTESY,
  BY_THE_WAY,
  COULD_YOU,
  CAN_YOU,
  DEFERENCE,
  DIRECT_QUESTION,
  DIRECT_START,
  FACTUALITY,
  FIRST_PERSON,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON_START,
  GRATITUDE,
  GREETING,
  HEDGE,
  INDIRECT_REQUEST,
  INSISTENT_PUNCTUATION,
  INTENSIFIER,
  INVITATION,
  lowerCue,
  NEGATIVE_QUESTION,
  NEGATIVE_WORD,
  OBLIGATION,
  PLEASE,
  PLEASE_START,
  POSITIVE_WORD,
  QUESTION_END,
  QUESTION_LEAD,
  REASON,
  SECOND_PERSON,
  SECOND_PERSON_START,
  SHOUTED_WORD,
  SMILEY,
  SUBJUNCTIVE,
  WHY_QUESTION,
  YOU_QUESTION,
} from './lexicon';


/** The features, in a fixed order (friction.ts holds one weight per name). */
export const POLITENESS_FEATURES = [
  // Usually polite.
  'gratitude',
  'apology',
  'greeting',
  'deference',
  'please',
  'counterfactualModal',
  'indicativeModal',
  'indirectRequest',
  'invitation',
  'hedge',
  'byTheWay',
  'firstPersonPlural',
  'firstPersonStart',
  'firstPerson',
  'subjunctive',
  'positiveLexicon',
  'reason',
  'smiley',
  // Usually blunt or confrontational.
  'pleaseStart',
  'question',
  'youQuestion',
  'directQuestion',
  'whyQuestion',
  'negativeQuestion',
  'directStart',
  'secondPersonStart',
  'secondPerson',
  'obligationOnYou',
  'accusation',
  'butAfterCourtesy',
  'bareImperative',
  'factuality',
  'intensifier',
  'negativeLexicon',
  'exclamation',
  'insistentPunctuation',
  'severalQuestions',
  'shoutedWord',
] as const;
export type PolitenessFeature = (typeof POLITENESS_FEATURES)[number];
/** The strategies that usually read as courteous (the rest usually read as blunt). */
export const POLITE_FEATURES = POLITENESS_FEATURES.slice(0, POLITENESS_FEATURES.indexOf('pleaseStart'));
export const N_POLITENESS = POLITENESS_FEATURES.length;

const IDX = Object.fromEntries(POLITENESS_FEATURES.map((n, i) => [n, i])) as Record<PolitenessFeature, number>;

interface Markers {
  /** 0/1 per feature (severalQuestions is set on the whole text, not here). */
  on: Uint8Array;
  question: boolean;
}

function sentenceMarkers(original: string): Markers {
  const s = original.trim();
  const lower = lowerCue(s);
  // The first word after openers such as quotes, dashes or "@name,".
  const head = lower.replace(/^[^\p{L}\p{N}]+/u, '');
  const question = QUESTION_END.test(s);
  const on = new Uint8Array(N_POLITENESS);
  const set = (f: PolitenessFeature, v: boolean) => {
    if (v) on[IDX[f]] = 1;
  };
  set('gratitude', GRATITUDE.test(lower));
  set('apology', APOLOGY.test(lower));
  set('greeting', GREETING.test(head));
  set('deference', DEFERENCE.test(head));
  set('pleaseStart', PLEASE_START.test(head));
  set('please', PLEASE.test(lower) && !PLEASE_START.test(head));
  set('counterfactualModal', COULD_YOU.test(lower));
  set('indicativeModal', CAN_YOU.test(lower));
  set('indirectRequest', INDIRECT_REQUEST.test(lower));
  set('invitation', INVITATION.test(lower));
  set('hedge', HEDGE.test(lower));
  set('byTheWay', BY_THE_WAY.test(lower));
  set('firstPersonPlural', FIRST_PERSON_PLURAL.test(lower));
  set('firstPersonStart', FIRST_PERSON_START.test(head));
  set('firstPerson', FIRST_PERSON.test(lower) && !FIRST_PERSON_START.test(head));
  set('subjunctive', SUBJUNCTIVE.test(lower));
  set('positiveLexicon', POSITIVE_WORD.test(lower));
  set('reason', REASON.test(lower));
  set('smiley', SMILEY.test(s));
  set('question', question);
  set('youQuestion', question && YOU_QUESTION.test(head.replace(QUESTION_LEAD, '')));
  set('directQuestion', question && DIRECT_QUESTION.test(head));
  set('whyQuestion', WHY_QUESTION.test(lower));
  set('negativeQuestion', question && NEGATIVE_QUESTION.test(head.replace(QUESTION_LEAD, '')));
  set('directStart', DIRECT_START.test(head));
  set('secondPersonStart', SECOND_PERSON_START.test(head));
  set('secondPerson', SECOND_PERSON.test(lower) && !SECOND_PERSON_START.test(head));
  set('obligationOnYou', OBLIGATION.test(lower));
  set('accusation', ACCUSATION.test(lower));
  set('butAfterCourtesy', BUT_AFTER_COURTESY.test(lower));
  set('bareImperative', !question && BARE_IMPERATIVE_START.test(head));
  set('factuality', FACTUALITY.test(lower));
  set('intensifier', INTENSIFIER.test(lower));
  set('negativeLexicon', NEGATIVE_WORD.test(lower));
  set('exclamation', s.includes('!'));
  set('insistentPunctuation', INSISTENT_PUNCTUATION.test(s));
  set('shoutedWord', SHOUTED_WORD.test(s));
  return { on, question };
}

const MAX_CACHE = 20_000;
const markerCache = new Map<string, Markers>();

function cachedMarkers(sentence: string): Markers {
  let m = markerCache.get(sentence);
  if (m === undefined) {
    m = sentenceMarkers(sentence);
    if (markerCache.size >= MAX_CACHE) markerCache.delete(markerCache.keys().next().value!);
    markerCache.set(sentence, m);
  }
  return m;
}

/** The politeness strategies one sentence shows, by name (features of the learned layer). */
export function sentenceStrategies(sentence: string): PolitenessFeature[] {
  const m = cachedMarkers(sentence);
  const out: PolitenessFeature[] = [];
  for (let i = 0; i < N_POLITENESS; i++) if (m.on[i]) out.push(POLITENESS_FEATURES[i]);
  return out;
}

/** Forget cached sentence markers (for cold timings). */
export function clearPolitenessCache(): void {
  markerCache.clear();
}

/** Binary features of a text given as its sentences (0/1 per POLITENESS_FEATURES entry). */
export function politenessFeatures(sentences: Iterable<string>): Float64Array {
  const x = new Float64Array(N_POLITENESS);
  let questions = 0;
  for (const s of sentences) {
    const m = cachedMarkers(s);
    for (let i = 0; i < N_POLITENESS; i++) if (m.on[i]) x[i] = 1;
    if (m.question) questions++;
  }
  x[IDX.severalQuestions] = questions >= 2 ? 1 : 0;
  return x;
}

/** The same, for a raw text (split at sentence ends and line breaks; for scripts and tests). */
export function politenessFeaturesOfText(text: string): Float64Array {
  return politenessFeatures(text.split(/(?<=[.!?。！？])\s+|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s)));
}
