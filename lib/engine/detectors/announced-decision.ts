/**
 * A decision announced as already made, in plain words: no "we have decided", just the outcome
 * stated as closed ("We are not changing the plan.", "The deadline stays.", "The plan stands.",
 * "The decision has been made.", "This is settled.", "The scope won't change."). The
 * shape: a first-person or impersonal refusal to change something shared, or a statement that a
 * decision exists, with nothing after it that opens it up.
 *
 * Left alone: reassurance ("We're not changing anything for your team", "Nothing changes for
 * you"), openings ("We're not changing the plan yet - let's discuss on Friday", "unless anyone
 * objects", "for now"), questions, conditionals, and a decision made together ("The decision has
 * been made together at the offsite"). "This is final", "It has been decided that" and "The
 * decision has been made to/that/:" belong to existing rules and are not taken here.
 *
 * Also the writer's own proposal pushed through ("Thanks for the input, but we'll go with what I
 * proposed"), and a change to how people work announced with its date and nothing else ("The
 * reorganisation takes effect on the 1st.").
 *
 * Groups: `obj` (what will not change, "the plan"), present in the "not changing" and "stays"
 * shapes.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const THING =
  '(?:the|this|that|our|my|these|those) (?:[a-z-]+ ){0,2}?(?:plan|plans|decision|deadline|deadlines|date|dates|scope|timeline|approach|policy|policies|budget|process|schedule|design|structure|priorities|priority|launch|release|target|targets|numbers|price|pricing|terms|rules?|roadmap|strategy|direction|setup|org chart|reorg|vendor|choice|team structure|headcount|allocation|rota|order)';
/** We are not changing the plan. / We won't be revisiting the decision. / I'm not moving the deadline. */
const NOT_CHANGING = new RegExp(
  `\\b(?:we|i|management|leadership|the board|the company|head office|hq)(?:'re| are|'m| am|'s| is| will not be| won't be|'ll not be| will not| won't| do not| don't| are not going to| aren't going to|'re not going to|'m not going to)(?: not)? (?:changing|change|revisiting|revisit|reconsidering|reconsider|reopening|reopen|moving|move|extending|extend|delaying|delay|shifting|shift|going back on|go back on|rethinking|rethink|touching|touch|adjusting|adjust|budging on|negotiating|negotiate|debating|debate) (?<obj>${THING}|it|this|that|anything|any of (?:this|that|it))\\b`,
  'g',
);
/** The deadline stays. / The plan stands. / The date is not changing. / The scope won't change. */
const STAYS = new RegExp(
  `(?:^|[:;—–]\\s*)\\W*(?:so,? |and |again,? )?(?<obj>${THING}|this|that|it)(?: still)? (?:stays|stands|remains|holds|is not changing|isn't changing|is not going to change|isn't going to change|will not change|won't change|will stay|will stand|will remain|is staying|doesn't change|does not change|won't move|will not move|isn't moving|is not moving|won't be moving|won't budge|will not budge)(?: (?:as (?:it is|is|planned|agreed|announced)|the same|unchanged|where it is|in place|fixed|firm|regardless|no matter what|either way))?\\s*[.!]*\\s*$`,
  'g',
);
/** The decision has been made. / This is decided. / There will be no exceptions. */
const MADE =
  /^\W*(?:so,? |and |again,? )?(?:(?:the|this|my|our) (?:decision|call|matter|question|issue)(?: (?:has been|is|was|'s been|'s)(?: already)? (?:made|taken|closed|settled|decided))|(?:this|that|it)(?: has been|'s been| is|'s)(?: already)? (?:decided|settled|been decided)|(?:this|that|the (?:matter|topic|question|issue)) is closed|(?:this|that)(?:'s| is) (?:just )?how it(?:'s| is) going to be|(?:this|that)(?:'s| is) how it will be|(?:we|i|management|leadership)(?:'ve| have| has) made (?:our|my|the|its|a) (?:decision|call)|(?:this|it|the [a-z]+)(?:'s| is| will be)? (?:happening|going ahead|going to happen|moving forward)\b[^,.;!?]*\b(?:regardless|no matter what|either way))\s*[.!]*\s*$/g;

/** We'll go with what I proposed. / We're sticking with my plan. */
const MINE =
  /\b(?:we(?:'ll| will|'re going to| are going to|'re| are)|i(?:'ll| will|'m going to|'m))(?: just| still)? (?:go|going|stick|sticking|proceed|proceeding) (?:ahead )?with (?:what i (?:proposed|suggested|said|planned|wrote|sent)|my (?:original )?(?:plan|proposal|approach|version|option|idea|design|draft|numbers))\b|\b(?:we|i)(?:'re| are|'ll| will|'m| am)(?: just)? (?:sticking|going to stick|stick) with (?:it|that|this|the decision|our decision|my decision)\b/g;
/** There won't be any changes to the schedule. */
const NO_CHANGES = new RegExp(`\\bthere (?:won't|will not|will be no|are no|is no)(?: be)?(?: any)? (?:more |further )?(?:changes|change|extensions|extension|exceptions|movement) (?:to|on) (?<obj>${THING})\\b`, 'g');

/** The reorganisation takes effect on the 1st. / The new approval policy applies from Monday. */
const CHANGE =
  '(?:the |our |this |a |all )?(?:new |revised |updated )?(?:[a-z-]+ )?(?:reorganisation|reorganization|reorg|restructuring|restructure|policy|process|rota|roster|schedule|hours|rules?|dress code|seating plan|hot-?desking|approval (?:process|flow|chain)|hiring freeze|freeze|budget cuts?|cuts|headcount (?:reduction|cuts?)|relocation|office move|merger|return[- ]to[- ]office|rto|travel policy|expense policy|on-?call rota|working hours|shift pattern|reporting line|reporting lines|org chart|structure|team structure)';
const WHEN_NEXT =
  '(?:on |from |as of |starting |beginning )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|next (?:week|month|quarter|year)|the (?:\\d{1,2}(?:st|nd|rd|th)|first|start of (?:next )?(?:month|quarter|year))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\\d{1,2}/\\d{1,2}|q[1-4]|immediately)';
const TAKES_EFFECT = new RegExp(
  `(?:^|[;:—–]\\s*)\\W*(?<obj>${CHANGE})(?: for (?:all|every|the)[a-z ]{0,30})? (?:takes effect|will take effect|goes into effect|will go into effect|comes into (?:force|effect)|will come into force|is effective|becomes effective|will be effective|applies|will apply|starts|will start|begins|will begin|kicks in|will kick in|is mandatory|becomes mandatory|will be mandatory|goes live|will go live)(?= ${WHEN_NEXT}\\b)`,
  'g',
);

/** Openings and reassurance anywhere in the sentence. */
const OPEN =
  /\b(?:yet|for now|at this stage|at the moment|right now|unless|until|if (?:anyone|you|we|there)|let's|let me know|thoughts|open to|happy to|questions|concerns|feedback|discuss|talk|together|jointly|after (?:discussing|feedback|the vote)|voted|for (?:you|your team|anyone)|nothing (?:changes|will change) for|don't worry|no need to worry|good news|thank|thanks|great|glad|relieved|your (?:role|job|pay|salary|work|team)|for your team)\b/;
const OPEN_MINE =
  /\b(?:yet|for now|unless|until|if (?:anyone|you|we|there)|let's|let me know|thoughts|open to|happy to|questions|concerns|discuss|talk|together|jointly|voted|as (?:you|we|everyone) (?:suggested|agreed))\b/;
/** Good news or a treat: "The new flexible-hours policy starts Monday - enjoy!" */
const WARM_NEWS = /\b(?:enjoy|excited|happy to|pleased to|glad to|celebrat\w*|free|bonus|extra (?:day|leave|holiday)|flexib\w*|more (?:holiday|leave|time off)|welcome|thanks|thank you|great news|good news|feedback|questions|concerns|thoughts|let me know|proposal|proposed|draft|pilot|trial)\b|!/;
const FRAME = /\b(?:if|whether|once|when|before|after|unless|in case|not sure|think|hope|hopefully|wonder|maybe|perhaps)\b[^,]*$/;

export const announcedDecision: CompiledMatcher = {
  groups: ['obj'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    const cue = w.has('effect') || w.has('effective') || w.has('applies') || w.has('apply') || w.has('starts') || w.has('start') || w.has('begins') || w.has('begin') || w.has('kicks') || w.has('mandatory') || w.has('force') || w.has('live') || w.has('with') || w.has('there') || w.has('made') || w.has('regardless') || w.has('either') || w.has('move') || w.has('how') || w.has('not') || w.has('stays') || w.has('stands') || w.has('remains') || w.has('holds') || w.has('decision') || w.has('decided') || w.has('settled') || w.has('closed') || w.has('no') || w.has('call') || w.has('change') || w.has('stay') || w.has('stand') || w.has('remain');
    if (!cue || ctx.isQuestion) return [];
    const lower = ctx.lower;
    // Thanks before "but we'll go with mine" does not open anything up; elsewhere it is good news.
    const shapes = OPEN.test(lower) ? (OPEN_MINE.test(lower) ? [] : [MINE]) : [NOT_CHANGING, STAYS, NO_CHANGES, MADE, MINE, TAKES_EFFECT];
    const out: RawMatch[] = [];
    for (const re of shapes) {
      re.lastIndex = 0;
      for (const m of lower.matchAll(re)) {
        if (FRAME.test(lower.slice(0, m.index!))) continue;
        const lead = /^[:;—–]?\W*(?:(?:so|and|again),? )?/.exec(m[0])![0].length;
        let end = m.index! + m[0].length;
        while (end > m.index! && /[\s.!]/.test(lower[end - 1])) end--;
        const groups: RawMatch['groups'] = {};
        const obj = m.groups?.obj;
        // A change announced with a date, without warmth: "The reorganisation takes effect on the 1st."
        if (re === TAKES_EFFECT && WARM_NEWS.test(lower)) continue;
        if (obj) {
          const at = m.index! + (re === STAYS || re === TAKES_EFFECT ? m[0].indexOf(obj, lead) : m[0].lastIndexOf(obj));
          groups.obj = { start: at, end: at + obj.length };
        }
        out.push({ start: m.index! + lead, end, groups });
      }
      if (out.length) break;
    }
    return out;
  },
};
