/**
 * The lexicon of politeness cues: every word list or pattern that says "this sentence thanks,
 * gives a reason, greets, invites a reply, hedges, apologises, says please, orders, ..." is
 * defined here, once, and read by everything that needs it:
 *
 * - the draft-level detectors, through the sentence cues (detectors/cues.ts): no thanks anywhere,
 *   a request with no reason, a decision with no invitation, no clear ask;
 * - the friction score and the learned layer, through the politeness strategies (politeness.ts,
 *   learned/features.ts);
 * - the clarity guard (clarity.ts): is a span a request, which hedges does a sentence stack;
 * - the draft context (context.ts): is a sentence already softened (a pack rule's `softened`
 *   exception);
 * - the signature finder (mask.ts): which line is a sign-off.
 *
 * Every pattern runs on a LOWER-CASE sentence with straight apostrophes (SentenceContext.lower,
 * or `lowerCue(text)`), has no global flag (so `test` keeps no state), and is linear (no nested
 * quantifiers). Where the earlier definitions disagreed, the wider correct one was kept, with
 * ../shared/LABELLING.md as the standard; the near misses each pattern refuses are in
 * tests/unit/engine/lexicon.test.ts.
 */

/** The form every cue expects: lower case, curly apostrophes straightened. */
export function lowerCue(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

// ---------------------------------------------------------------------------------------------
// Courtesy: thanks, praise, apology, greeting, sign-off
// ---------------------------------------------------------------------------------------------

/**
 * What makes "thanks to ..." a cause ("thanks to the delay"): it thanks no one (you, everyone, the
 * team) and no one for anything ("thanks to Kenji for the fix" is gratitude).
 */
const CAUSAL_THANKS_TAIL = " to (?!(?:you|u|y'all|yourself|everyone|everybody|all|both|each|whoever|anyone|anybody|those|the (?:whole )?team|team)\\b)(?![^.!?]{0,60}\\bfor\\b)";

/**
 * Gratitude: "thanks", "thank you", "thx", "appreciate(d)", "grateful", "cheers". Not "thanks to
 * the delay" (a cause), unless someone is thanked for something ("thanks to the team for ...").
 */
export const GRATITUDE = new RegExp(
  `\\b(?:thank(?:s(?!${CAUSAL_THANKS_TAIL})|ing|ful)?|thx|ty|tia|appreciat(?:e|ed|es|ing|ion)|grateful|gratitude|cheers)\\b`,
);

/** Praise for the reader's work: "great work", "well done", "kudos", "congratulations". */
export const PRAISE =
  /\b(?:(?:great|good|nice|excellent|fantastic|amazing|awesome|brilliant|superb|outstanding|terrific|wonderful|solid) (?:work|job|effort|catch|progress|teamwork)|well done|kudos|bravo|congrat\w*|hats off|shout-?out)\b/;

/** An apology: "sorry", "apologies", "I apologise", "my mistake", "excuse me". */
export const APOLOGY =
  /\b(?:sorry|apologi[sz](?:e|ed|es|ing)|apologies|oops|whoops|woops|excuse me|forgive me|pardon me|my (?:bad|mistake|fault))\b/;

/** Acknowledging the reader at all - thanks, praise or an apology (what "no thanks anywhere" looks for). */
export const ACKNOWLEDGEMENT = new RegExp(`${GRATITUDE.source}|${PRAISE.source}|${APOLOGY.source}`);

/**
 * A sentence that opens with a greeting: "Hi", "Dear", "Good morning", "Hope you're well", "Hope
 * all is well". Not "Hope this helps" (a closing courtesy, not a greeting).
 */
export const GREETING =
  /^\W*(?:hi|hello|hey|hiya|dear|greetings|howdy|good (?:morning|afternoon|evening|day)|hope (?:you|u|y'all|all|everyone|everybody|this (?:email |message |note )?finds))\b/;

/**
 * A salutation line on its own ("Hi team,", "Dear Ms Sato,", "Team,", "Morning all!"): where the
 * body of a draft has not started yet. Not "All the tests pass." (a sentence, not a salutation).
 */
export const SALUTATION =
  /^\W*(?:hi|hello|hey|hiya|dear|greetings|howdy|good (?:morning|afternoon|evening|day)|morning|afternoon|team|all|everyone|folks)\b[^.!?]{0,40}[,!:]?\s*$/;

/** The words of a sign-off ("Best regards", "Thanks", "All the best"); spaces as [ \t] so it never spans lines. */
export const SIGN_OFF_PHRASE =
  '(?:(?:best|kind|warm|warmest|many|with)[ \\t]+)?(?:regards|wishes|thanks|thank you|cheers|sincerely|best|yours|respectfully|all the best)';

/** A sign-off on its own: "Best regards,", "Thanks,", "Cheers Ken", the close rather than the body. */
export const SIGN_OFF = new RegExp(`^\\W*${SIGN_OFF_PHRASE}(?:\\s+\\w+){0,2}\\s*[,.!]?\\s*$`);

/** Opening with praise or agreement ("Great point", "Nice, ..."): deference to the reader. */
export const DEFERENCE =
  /^\W*(?:great|good|nice|interesting|cool|excellent|awesome|wonderful|brilliant|impressive|fantastic|amazing|congrat\w*|well done|kudos|bravo)\b/;

// ---------------------------------------------------------------------------------------------
// Asking nicely: please, modal questions, indirect requests, softeners, cushions
// ---------------------------------------------------------------------------------------------

/** "please" (and its chat spellings); not the verb ("it should please the client"). */
export const PLEASE = /\b(?:please|pls|plz)\b(?! (?:the|him|her|them|everyone|everybody|anyone|nobody|our|their|his|my)\b)/;

/** "Please ..." as the first word: in a request it often reads as an order with a courtesy stuck on. */
export const PLEASE_START = /^\W*(?:please|pls|plz)\b/;

/** A counterfactual ask: "could you", "would you" - room to say no. */
export const COULD_YOU = /\b(?:could|would) (?:you|u)\b/;

/** An indicative ask: "can you", "will you" - a request, but a more direct one than "could you". */
export const CAN_YOU = /\b(?:can|will) (?:you|u)\b/;

/**
 * An indirect request: the ask put as a wish, a wonder or a condition ("would it be possible",
 * "I was wondering if", "when you have a moment", "I'd appreciate", "no rush").
 */
export const INDIRECT_REQUEST =
  /\b(?:would it be possible|is it possible|would you mind|do you mind|if you (?:don't|do not) mind|if you (?:could|can|have time|get a chance)|i was wondering|i wondered|i wonder(?: if| whether)|would you be (?:willing|able|interested)|would you like|would you consider|when you (?:have|get) a (?:moment|chance|minute|sec)|at your (?:earliest )?convenience|no rush|if possible|i'd (?:be grateful|appreciate)|i would (?:be grateful|appreciate)|let me know|happy to|may i (?:ask|suggest)|out of curiosity|(?:just |i was |i'm )curious)\b/;

/**
 * Softeners that turn an order into a request ("please", "could you", "would it be possible",
 * "when you have a moment", "perhaps"): a rule with the `softened` exception leaves such a
 * sentence alone. Narrower than INDIRECT_REQUEST on purpose: "let me know" or "happy to" beside a
 * bare order ("Send it today and let me know") does not soften the order.
 */
export const SOFTENER =
  /\b(?:please|pls|could you|would you|can you|would it be possible|is it possible|if you could|if possible|when you (?:have|get) a (?:moment|chance|minute|sec)|(?:i'd|i would|we'd|we would) (?:really )?appreciate|would you mind|i was wondering|i wonder if|do you think|perhaps|maybe|if it's not too much trouble|no rush|when convenient|at your (?:earliest )?convenience|if you don't mind|would you be (?:able|willing))\b/;

/**
 * Cushions that name the reader without making them the owner of the ask ("at your convenience",
 * "when you get a chance", "thank you"): the clarity guard looks past them for who does what.
 */
export const CUSHION =
  /\b(?:at your (?:earliest )?convenience|when(?:ever)? you (?:get|have) a (?:chance|moment|minute|sec)|if you (?:can|could|don't mind|have time)|thank you|thanks)\b/;

// ---------------------------------------------------------------------------------------------
// Opening the door: invitations to respond
// ---------------------------------------------------------------------------------------------

/**
 * An invitation to respond or an offer of help: "let me know", "what do you think?", "any
 * questions", "happy to discuss", "open to other ideas", "feel free", "does that work?". Not "my
 * thoughts are", "I have concerns", "there is nothing to discuss", "not open to debate". A
 * question ("?") invites a reply too; the sentence cues count it beside this pattern.
 */
export const INVITATION =
  /\b(?:let (?:me|us) know|what do you think|what are your thoughts|what would you (?:suggest|prefer|recommend)|(?:any|your|share (?:your|any)|welcome (?:your|any)) (?:thoughts|feedback|input|views|opinions?|perspectives?|ideas|questions|concerns|objections|suggestions|comments|take)|(?:thoughts|feedback|questions|comments|input) (?:welcome|appreciated)|(?:happy|glad|keen) to (?:discuss|talk|chat|hear|answer|explain|help|change|adjust|revisit|walk)|open(?<!(?:not|isn't|no longer|never) open) to|reach out|hear (?:from you|your|what you)|how about|what about|would (?:that|this|it) work|does (?:that|this|it) (?:work|sound)|is (?:that|this|it) (?:ok|okay|alright|fine)|if you (?:like|prefer|disagree|see it differently|have (?:any )?(?:questions|concerns|thoughts|ideas))|feel free|i can help|can i help|(?:let's|we can|we could|could we|can we|shall we|happy to) (?:discuss|talk|chat|go over|look at)|(?:raise|flag) (?:any )?(?:questions|concerns|issues)|(?:to|will|'ll|can|could|should) (?:discuss|talk (?:it|this|about))(?<!(?:nothing|no need|not) to discuss)|(?:would|'d) (?:love|like) to hear|push back)\b|\bthoughts\?|\b(?:ok|okay)\?/;

// ---------------------------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------------------------

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

/**
 * A reason or purpose given: "because", "since the client ...", "so that", "so we can", "due to",
 * "ahead of the audit", "otherwise", "as the build is red", "to make sure", "given that". Not
 * "since Monday" (time), "as you know" / "as discussed" (a reminder), "due to arrive" (a
 * schedule), "so" opening a sentence (a discourse marker), "I need you to make sure" (an order).
 */
export const REASON = new RegExp(
  `\\b(?:${[
    'because',
    `since(?! (?:${DAY}|${MONTH}|last|yesterday|today|this (?:morning|week|month|year|quarter)|then|early|ages|forever|\\d|the (?:start|beginning)|(?:we|i|you|they) (?:last|first)\\b))`,
    'so that',
    // not "So we ..." opening a sentence (a discourse marker); lookbehinds sit after the word, so
    // they run only where the word is
    'so(?<=\\S\\s+so) (?:we|i|you|they|everyone|the team)',
    'in order to',
    'owing to',
    `thanks(?=${CAUSAL_THANKS_TAIL})`,
    'due to(?! (?:be|arrive|start|begin|land|ship|launch|expire|end|finish|close|open|go|run|come|leave|return|report)\\b)',
    '(?:the|one|another|for (?:this|that|the same)) reasons?',
    'ahead of',
    'otherwise',
    'as(?<!\\b(?:such|soon|same|much|many|well|far|long|good|early|late) as) (?!(?:you|we|i|they|everyone) (?:know|knew|said|say|mentioned|discussed|agreed|requested|asked|can see|may know|might know|promised|noted|explained|already|probably|all)\\b)(?!(?:it|this|things) (?:stands|is now)\\b)(?:the|we|our|this|it|they|you|i)',
    'which (?:will|would|helps?|lets?|means)',
    '(?:this|that) (?:will|would) (?:help|let|allow|mean|save|make)',
    'that way',
    'to(?<!\\byou to) (?:help|make sure|ensure|avoid|keep (?:the|us|everyone|things|it) (?:on|in|informed|updated|safe|moving|simple|running)|prepare for|get ready|meet (?:the|our|a|this) (?:deadline|target|date|goal)|unblock|reduce|save)',
    'given (?:that|the)',
    'for the (?:client|customer|meeting|review|launch|audit|board|release|deadline)',
  ].join('|')})\\b`,
);

// ---------------------------------------------------------------------------------------------
// Hedges
// ---------------------------------------------------------------------------------------------

/**
 * A hedge: the writer softens their own claim ("I think", "maybe", "perhaps", "it seems", "not
 * sure", "kind of", "a bit", "in my view"). A courtesy for one reader, self-undermining when
 * stacked for the other; REAL_UNCERTAINTY tells a hedge that carries information apart.
 */
export const HEDGE =
  /\b(?:i think|i believe|i guess|i suppose|i feel|i suspect|i assume|i'm not sure|i am not sure|not sure|maybe|perhaps|possibly|probably|presumably|might|may be|seems?|seemed|appears?|somewhat|suggest(?:ion|ed|s)?|wonder(?:ing)?|likely|sort of|kind of|a bit|a little|i'd say|it looks like|if i understand|as far as i (?:know|can tell)|in my (?:opinion|view)|imo|imho|unless i'm)\b/;

/** "just", the minimiser ("I just wanted to ask"), also an intensifier ("just do it"): counted with the hedges by the clarity guard. */
export const JUST = /\bjust\b/;

/**
 * When a hedge is information, not self-undermining: the sentence says what is still unknown or
 * pending ("I think the outage started at 09:40, but the logs are still loading"), asks for
 * confirmation, or gives an estimate ("about 3", "roughly", a range).
 */
export const REAL_UNCERTAINTY =
  /\b(?:still (?:loading|checking|waiting|investigating|confirming|coming in|running|digging|looking|verifying|collecting|gathering|pending|being)|not (?:yet )?(?:confirmed|verified|final|certain|sure yet)|(?:un|yet to be )(?:confirmed|verified)|to be confirmed|tbc|tbd|pending|(?:i|we)(?:'ll| will) (?:confirm|verify|double-check|check|update you|let you know|know more)|(?:haven't|have not|didn't|did not) (?:yet )?(?:checked|verified|confirmed|seen|had a chance)|(?:can|could|would) (?:you|someone|anyone) (?:confirm|check|verify|correct)|please (?:confirm|correct|check)|need to (?:double-check|check|confirm|verify)|(?:double|re)-?check(?:ing)?|from memory|off the top of my head|if i remember (?:correctly|right)|iirc|as far as i (?:know|can tell)|roughly|approximately|about \d|around \d|~\s?\d|\d+\s?(?:-|to)\s?\d+\s?(?:%|percent|days|hours|weeks|minutes)|(?:the )?(?:logs|data|numbers|results|figures|report|tests?) (?:are|is|were|was) (?:still|not yet|incomplete|partial)|more (?:on|when) (?:this|that)|will update|once (?:i|we) (?:know|hear|have|get|see))\b|\?\s*$/;

// ---------------------------------------------------------------------------------------------
// Requests, orders, decisions
// ---------------------------------------------------------------------------------------------

/**
 * An obligation put on the reader: "you need to", "you must", "you should", "you'd better",
 * "I need you to", "make sure", "don't you dare". Not "you will" (also "you will see that ...").
 */
export const OBLIGATION =
  /\b(?:you|u) (?:need to|needs to|have to|must|should|shouldn't|ought to|had better|'d better|better)\b|\byou'd better\b|\bi (?:need|want|expect) you to\b|\bmake sure\b|\bdon't (?:you )?(?:ever|dare)\b/;

/**
 * A request or an order aimed at the reader - the spans where softening could lose who does
 * what: an ask ("could you", "please", "kindly", "would it be possible", "let's"), an obligation
 * (OBLIGATION), an order ("you will"), a need ("I need your ..."), or a deadline ("by Friday").
 * A bare command ("Send me ...") is the imperative detector's (detectors/imperative-opener.ts).
 */
export const REQUEST = new RegExp(
  [
    '\\b(?:could|can|would|will) you\\b',
    '\\bplease\\b',
    '\\bkindly\\b',
    '\\b(?:i|we) need (?:you|from you|your)\\b',
    '\\bneed your\\b',
    OBLIGATION.source,
    '\\byou will\\b',
    "\\bi(?:'d| would) like (?:you|your)\\b",
    '\\bare you able to\\b',
    '\\bwould it be possible\\b',
    '\\b(?:can|could) we\\b',
    "\\blet's\\b",
    "\\bi(?:'m| am) asking\\b",
    `\\bby (?:${DAY}|tomorrow|today|tonight|eod|cob|end of|the end)`,
  ].join('|'),
);

/**
 * A decision handed to the reader: by "we", management or a body ("we have decided", "it was
 * decided", "effective immediately", "from now on", "we will be moving to"); not the writer's
 * own plan ("I decided to leave early", "Paul and I concluded that I should send it").
 */
export const DECISION =
  /(?<!\band )\b(?:we|management|leadership|the (?:team|company|board|committee))\s+(?:have|has|'ve)?\s*(?:decided|chosen|finali[sz]ed)\b|\bit (?:has been|was|is) (?:decided|determined)\b|\bgoing forward,?\s+(?:everyone|all|you|we|the team)\b|\b(?:effective|starting) (?:immediately|today|tomorrow|monday|next)\b|\bfrom now on\b|\bwe (?:will|are going to|'ll) (?:be )?(?:moving|switching|changing|replacing|dropping|cancel(?:l?ing)?|discontinu|stop)/;

// ---------------------------------------------------------------------------------------------
// The other politeness strategies (Danescu-Niculescu-Mizil et al. 2013; see politeness.ts)
// ---------------------------------------------------------------------------------------------

/** "by the way", "btw": a request put as an aside. */
export const BY_THE_WAY = /\b(?:by the way|btw|incidentally)\b/;
/** "we", "our", "let's": the task shared. */
export const FIRST_PERSON_PLURAL = /\b(?:we|our|ours|us|let's|ourselves)\b/;
/** "I", "my": the writer speaks for themself. */
export const FIRST_PERSON = /\b(?:i|me|my|mine|myself|i'm|i've|i'd|i'll)\b/;
/** A sentence opening with "I" or "my". */
export const FIRST_PERSON_START = /^\W*(?:i|i'm|i've|i'd|i'll|my|mine|myself)\b/;
/** "would/could" not aimed at the reader ("it would help if", "I could send"), "if possible". */
export const SUBJUNCTIVE = /\b(?:would|could)\b(?! (?:you|u)\b)|\bif (?:possible|so|that's ok|it's ok|you (?:can|could|have|get|want|like|prefer))\b/;
/** Warm words ("glad", "helpful", "appreciate", "hope"): a small positive lexicon. */
export const POSITIVE_WORD =
  /\b(?:good|great|nice|glad|happy|pleased|helpful|useful|welcome|excellent|wonderful|awesome|fantastic|lovely|brilliant|terrific|perfect|fine|fair|kind|kindly|love|enjoy(?:ed)?|hope|hopefully|interesting|valuable|impressive|thoughtful|support|agree|well done|best|better|improve(?:d|ment)?|benefit|pleasure|appreciate|grateful|excited|exciting)\b/;
/** A smiley or a friendly emoji (runs on the text as written, not lower-cased). */
export const SMILEY = /(?:^|\s)(?:[:;]-?[)D]|\^_?\^|<3)(?=\s|$)|[\u{1F600}-\u{1F64F}\u{1F642}\u{1F917}\u{1F44D}\u{1F64F}]/u;

/** A question ending ("?", any closing quote or bracket aside); runs on the text as written. */
export const QUESTION_END = /[?？][\s"')\]”’]*$/;
/** A question opening with a question word ("What ...?", "Why ...?"). */
export const DIRECT_QUESTION = /^(?:what|why|who|whom|whose|how|where|when|which)\b/;
/** A yes/no question put straight to the reader ("Did you read it?"), not through a modal. */
export const YOU_QUESTION = /^(?:do|did|does|have|has|are|were|is|was|don't|didn't|haven't|aren't|weren't)\s+(?:you|u)\b/;
/** "why", "how come", "what on earth": a question that asks for a justification. */
export const WHY_QUESTION = /\bwhy\b|\bhow come\b|\bwhat (?:on earth|the hell|the heck)\b/;
/** A negative question ("Don't you think ...?", "Why didn't you ...?"). */
export const NEGATIVE_QUESTION =
  /^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|won't|wouldn't|shouldn't|can't|couldn't)\b|\bwhy (?:not|don't|didn't|can't|won't|wouldn't|isn't|aren't|haven't|hasn't)\b/;
/** Discourse words a question may open with before its real first word ("So did you ...?"). */
export const QUESTION_LEAD = /^(?:so|and|but|then|well|also),?\s+/;
/** A direct start ("So ...", "But ...", "Look, ..."). */
export const DIRECT_START = /^(?:so|then|and|but|or|well|also|now|look|listen|again)\b/;
/** "you", "your": the reader addressed. */
export const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves|you're|you've|you'd|you'll|u|ur)\b/;
/** A sentence opening with "you" or "your". */
export const SECOND_PERSON_START = /^(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b/;
/** Telling the reader what they did wrong ("you deleted", "you keep ignoring", "you forgot"). */
export const ACCUSATION =
  /\b(?:you|u)(?:'ve| have| had)? (?:just |already |again |clearly |obviously |simply |still |even )?(?:deleted|removed|reverted|undid|changed|ignored|ignore|broke|missed|forgot|failed|misunderstood|misread|misrepresented|violated|keep|kept|continue[ds]?|refuse[ds]?|didn't|did not|haven't|have not|never|don't|do not)\b/;
/** Courtesy taken back in the same breath ("Thanks, but ...", "Sorry, but ...", "With respect, but"). */
export const BUT_AFTER_COURTESY =
  /\b(?:thanks?(?: you)?|sorry|with (?:all due )?respect|no offen[cs]e|i appreciate (?:that|it|this|your \w+)|i understand|fair enough|i see)\b[^.!?]{0,40}?,?\s+but\b/;
/**
 * A bare command opening the sentence, from a word list (no tagging): the cheap stand-in for the
 * imperative detector that the politeness features use, since they run on text alone.
 */
export const BARE_IMPERATIVE_START =
  /^(?:add|answer|ask|avoid|bring|change|check|clean|consider|correct|delete|do|don't|explain|fix|follow|get|give|go|include|keep|leave|look|make|move|put|quit|read|remember|remove|rename|repeat|reply|respond|restore|revert|review|rewrite|see|send|show|sign|stop|submit|take|tell|think|try|undo|update|use|wait|write|cut|drop|finish|focus|hurry|provide|refrain|report|resolve|return|revise|sort|start|talk)\b/;
/** Insisting on the facts ("in fact", "actually", "as I said", "to be clear"). */
export const FACTUALITY =
  /\b(?:in fact|actually|the point is|the fact (?:is|that)|the truth is|the reality is|in reality|of course|as i said|as i (?:already )?(?:explained|mentioned|stated|told you)|the thing is|let me be clear|to be clear)\b/;
/** Intensifiers ("obviously", "really", "always", "at all"). */
export const INTENSIFIER =
  /\b(?:obviously|clearly|seriously|really|totally|completely|absolutely|utterly|simply|just|ever|always|never|whatsoever|at all|even|already)\b/;
/** Harsh or negative words ("wrong", "sloppy", "unacceptable", "failed"): a small negative lexicon. */
export const NEGATIVE_WORD =
  /\b(?:wrong|bad|worse|worst|stupid|dumb|idiot\w*|ridiculous|nonsense|absurd|silly|pointless|useless|worthless|terrible|awful|horrible|pathetic|lame|lazy|sloppy|careless|incompetent|unacceptable|disappointing|disappointed|annoying|annoyed|irritating|rude|insult\w*|offensive|lie|lies|lying|liar|false|misleading|biased|bias|unfair|garbage|crap\w*|damn\w*|hell|sucks?|shit\w*|fuck\w*|hate|blame|fault|failed|fail|fails|failure|mess|messed|broke|broken|problem|problems|issue|complain\w*|abuse\w*|attack\w*|threat\w*|ignore[ds]?|ignoring|refuse[ds]?|irrelevant|nobody|nothing|waste|wasted|confus\w*|puzzl\w*|baffl\w*|surprised|disagree\w*|mistake|mistakes|weird|strange|upset|angry|frustrat\w*|disrupt\w*|destroy\w*|damag\w*)\b/;
/** Insistent punctuation ("??", "?!"); runs on the text as written. */
export const INSISTENT_PUNCTUATION = /[!?]{2,}|\?!|!\?/;
/** A shouted word (four capitals or more); runs on the text as written. */
export const SHOUTED_WORD = /(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])/u;
