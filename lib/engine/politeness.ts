/**
 * Politeness-strategy features, in the spirit of Danescu-Niculescu-Mizil et al. (2013), "A
 * computational approach to politeness with application to social factors" (ACL): gratitude,
 * deference, greetings, "please" (and "please" as the first word), apologies, hedges, indirect
 * ("by the way"), counterfactual modals ("could/would you"), direct questions ("why/what ...?"),
 * direct starts ("so/but/and ..."), first/second person starts, factuality ("in fact", "actually"),
 * small positive/negative lexicons, and a few surface cues (exclamation marks, several questions).
 *
 * Cheap on purpose: a handful of regular expressions per sentence, no parse. Each sentence's
 * markers are cached by its text, so re-checking after an edit only looks at the changed
 * sentence. A text's features are binary (does any sentence show the strategy?), so they do not
 * grow with the length of an email; the findings carry the "how much" (see friction.ts).
 */

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

const GRATITUDE = /\b(?:thanks?|thank(?:s|ing)? you|thx|ty|tia|appreciated?|appreciates|appreciation|grateful|gratitude|cheers)\b/;
const APOLOGY = /\b(?:sorry|apologi[sz]e[ds]?|apologies|oops|whoops|woops|excuse me|forgive me|pardon me|my (?:bad|mistake|fault))\b/;
const GREETING = /^(?:hi|hello|hey|hiya|dear|greetings|howdy|good (?:morning|afternoon|evening)|hope (?:you|this|all))\b/;
const DEFERENCE =
  /^(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|brilliant|impressive|fantastic|amazing|congrat\w*|well done|kudos|bravo)\b/;
const PLEASE = /\b(?:please|pls|plz)\b/;
const PLEASE_START = /^(?:please|pls|plz)\b/;
const COUNTERFACTUAL = /\b(?:could|would) (?:you|u)\b/;
const INDICATIVE = /\b(?:can|will) (?:you|u)\b/;
const INDIRECT =
  /\b(?:would it be possible|is it possible|would you mind|do you mind|if you (?:don't|do not) mind|if you (?:could|can|have time|get a chance)|i was wondering|i wondered|i wonder(?: if| whether)|would you be (?:willing|able|interested)|would you like|would you consider|when you (?:have|get) a (?:moment|chance|minute)|at your convenience|no rush|if possible|i'd (?:be grateful|appreciate)|i would (?:be grateful|appreciate)|let me know|happy to|may i (?:ask|suggest)|out of curiosity|(?:just |i was |i'm )curious)\b/;
/** Asking for the reader's view or offering help ("What do you think?", "How about ...?"). */
const INVITATION =
  /\b(?:what do you think|what are your thoughts|any thoughts|your thoughts|thoughts\?|how about|what about|would that work|does (?:that|this) (?:work|sound)|is (?:that|this) (?:ok|okay|alright|fine)|if you like|feel free|happy to help|i can help|can i help|glad to help|open to)|\b(?:ok|okay)\?/;
const HEDGE =
  /\b(?:i think|i believe|i guess|i suppose|i feel|i suspect|i assume|i'm not sure|i am not sure|not sure|maybe|perhaps|possibly|probably|presumably|might|may be|seems?|seemed|appears?|somewhat|suggest(?:ion|ed|s)?|wonder(?:ing)?|likely|sort of|kind of|a bit|a little|i'd say|it looks like|if i understand|as far as i (?:know|can tell)|in my (?:opinion|view)|imo|imho|unless i'm)\b/;
const BY_THE_WAY = /\b(?:by the way|btw|incidentally)\b/;
const FIRST_PLURAL = /\b(?:we|our|ours|us|let's|ourselves)\b/;
const FIRST = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/;
/** "would/could" not aimed at the reader ("it would help if", "I could send"). */
const SUBJUNCTIVE = /\b(?:would|could)\b(?! (?:you|u)\b)|\bif (?:possible|so|that's ok|it's ok|you (?:can|could|have|get|want|like|prefer))\b/;
const FIRST_START = /^(?:i|i'm|i've|i'd|i'll|my|mine|myself)\b/;
const POSITIVE =
  /\b(?:good|great|nice|glad|happy|pleased|helpful|useful|welcome|excellent|wonderful|awesome|fantastic|lovely|brilliant|terrific|perfect|fine|fair|kind|kindly|love|enjoy(?:ed)?|hope|hopefully|interesting|valuable|impressive|thoughtful|support|agree|well done|best|better|improve(?:d|ment)?|benefit|pleasure|appreciate|grateful|excited|exciting)\b/;
const REASON = /\b(?:because|since|so that|as (?:the|this|it|we|i)|due to|in order to|the reason|given that|otherwise)\b/;
const SMILEY = /(?:^|\s)(?:[:;]-?[)D]|\^_?\^|<3)(?=\s|$)|[\u{1F600}-\u{1F64F}\u{1F642}\u{1F917}\u{1F44D}\u{1F64F}]/u;

const DIRECT_Q = /^(?:what|why|who|whom|whose|how|where|when|which)\b/;
/** A yes/no question put straight to the reader ("Did you read it?"), not through a modal. */
const YOU_Q = /^(?:do|did|does|have|has|are|were|is|was|don't|didn't|haven't|aren't|weren't)\s+(?:you|u)\b/;
const WHY_Q = /\bwhy\b|\bhow come\b|\bwhat (?:on earth|the hell|the heck)\b/;
const NEGATIVE_Q =
  /^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|won't|wouldn't|shouldn't|can't|couldn't)\b|\bwhy (?:not|don't|didn't|can't|won't|wouldn't|isn't|aren't|haven't|hasn't)\b/;
const DIRECT_START = /^(?:so|then|and|but|or|well|also|now|look|listen|again)\b/;
const SECOND_START = /^(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b/;
const SECOND = /\b(?:you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|u|ur)\b/;
const OBLIGATION =
  /\b(?:you|u) (?:need to|needs to|have to|must|should|shouldn't|ought to|had better|'d better|better)\b|\byou'd better\b|\bi (?:need|want|expect) you to\b|\bmake sure\b|\bdon't (?:you )?(?:ever|dare)\b/;
const BARE_IMPERATIVE =
  /^(?:add|answer|ask|avoid|bring|change|check|clean|consider|correct|delete|do|don't|explain|fix|follow|get|give|go|include|keep|leave|look|make|move|put|quit|read|remember|remove|rename|repeat|reply|respond|restore|revert|review|rewrite|see|send|show|sign|stop|submit|take|tell|think|try|undo|update|use|wait|write|cut|drop|finish|focus|get|hurry|provide|refrain|report|resolve|return|revise|sort|start|talk)\b/;
/** Telling the reader what they did wrong ("you deleted", "you keep ignoring", "you forgot"). */
const ACCUSATION =
  /\b(?:you|u)(?:'ve| have| had)? (?:just |already |again |clearly |obviously |simply |still |even )?(?:deleted|removed|reverted|undid|changed|ignored|ignore|broke|missed|forgot|failed|misunderstood|misread|misrepresented|violated|keep|kept|continue[ds]?|refuse[ds]?|didn't|did not|haven't|have not|never|don't|do not)\b/;
/** Courtesy taken back in the same breath ("Thanks, but ...", "Sorry, but ..."). */
const BUT_AFTER_COURTESY = /\b(?:thanks?(?: you)?|sorry|with (?:all due )?respect|no offen[cs]e|i appreciate (?:that|it|this|your \w+)|i understand|fair enough|i see)\b[^.!?]{0,40}?,?\s+but\b/;
const FACTUALITY = /\b(?:in fact|actually|the point is|the fact (?:is|that)|the truth is|the reality is|in reality|of course|as i said|as i (?:already )?(?:explained|mentioned|stated|told you)|the thing is|let me be clear|to be clear)\b/;
const INTENSIFIER = /\b(?:obviously|clearly|seriously|really|totally|completely|absolutely|utterly|simply|just|ever|always|never|whatsoever|at all|even|already)\b/;
const NEGATIVE =
  /\b(?:wrong|bad|worse|worst|stupid|dumb|idiot\w*|ridiculous|nonsense|absurd|silly|pointless|useless|worthless|terrible|awful|horrible|pathetic|lame|lazy|sloppy|careless|incompetent|unacceptable|disappointing|disappointed|annoying|annoyed|irritating|rude|insult\w*|offensive|lie|lies|lying|liar|false|misleading|biased|bias|unfair|garbage|crap\w*|damn\w*|hell|sucks?|shit\w*|fuck\w*|hate|blame|fault|failed|fail|fails|failure|mess|messed|broke|broken|problem|problems|issue|complain\w*|abuse\w*|attack\w*|threat\w*|ignore[ds]?|ignoring|refuse[ds]?|irrelevant|nobody|nothing|waste|wasted|confus\w*|puzzl\w*|baffl\w*|surprised|disagree\w*|mistake|mistakes|weird|strange|upset|angry|frustrat\w*|disrupt\w*|destroy\w*|damag\w*)\b/;
const EXCLAMATION = /!/;
const INSISTENT = /[!?]{2,}|\?!|!\?/;
const SHOUTED = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/u;

interface Markers {
  /** 0/1 per feature (severalQuestions is set on the whole text, not here). */
  on: Uint8Array;
  question: boolean;
}

function sentenceMarkers(original: string): Markers {
  const s = original.trim();
  const lower = s.toLowerCase().replace(/[’‘]/g, "'");
  // The first word after openers such as quotes, dashes or "@name,".
  const head = lower.replace(/^[^\p{L}\p{N}]+/u, '');
  const question = /[?？][\s"')\]]*$/.test(s);
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
  set('counterfactualModal', COUNTERFACTUAL.test(lower));
  set('indicativeModal', INDICATIVE.test(lower));
  set('indirectRequest', INDIRECT.test(lower));
  set('invitation', INVITATION.test(lower));
  set('hedge', HEDGE.test(lower));
  set('byTheWay', BY_THE_WAY.test(lower));
  set('firstPersonPlural', FIRST_PLURAL.test(lower));
  set('firstPersonStart', FIRST_START.test(head));
  set('firstPerson', FIRST.test(lower) && !FIRST_START.test(head));
  set('subjunctive', SUBJUNCTIVE.test(lower));
  set('positiveLexicon', POSITIVE.test(lower));
  set('reason', REASON.test(lower));
  set('smiley', SMILEY.test(s));
  set('question', question);
  set('youQuestion', question && YOU_Q.test(head.replace(/^(?:so|and|but|then|well|also),?\s+/, '')));
  set('directQuestion', question && DIRECT_Q.test(head));
  set('whyQuestion', WHY_Q.test(lower));
  set('negativeQuestion', question && NEGATIVE_Q.test(head.replace(/^(?:so|and|but|then|well),?\s+/, '')));
  set('directStart', DIRECT_START.test(head));
  set('secondPersonStart', SECOND_START.test(head));
  set('secondPerson', SECOND.test(lower) && !SECOND_START.test(head));
  set('obligationOnYou', OBLIGATION.test(lower));
  set('accusation', ACCUSATION.test(lower));
  set('butAfterCourtesy', BUT_AFTER_COURTESY.test(lower));
  set('bareImperative', !question && BARE_IMPERATIVE.test(head));
  set('factuality', FACTUALITY.test(lower));
  set('intensifier', INTENSIFIER.test(lower));
  set('negativeLexicon', NEGATIVE.test(lower));
  set('exclamation', EXCLAMATION.test(s));
  set('insistentPunctuation', INSISTENT.test(s));
  set('shoutedWord', SHOUTED.test(s));
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
