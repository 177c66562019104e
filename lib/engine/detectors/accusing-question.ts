/**
 * Rhetorical and accusing questions: a question whose shape carries a reproach aimed at the
 * reader or "anyone" ("Whose idea was it to ...?", "How hard is it to ...?", "Did anyone even
 * ...?", "What part of X don't you understand?", "Why wasn't this caught?"). A question about a
 * thing asked neutrally ("Why did the build fail?", "How hard would it be to add a filter?") and
 * a writer's question about themselves ("Why didn't I think of that?") keep their shape but not
 * the reproach, and are left alone.
 *
 * Only questions are looked at, and only those holding one of a few cue words; no tagging unless
 * the opener needs a verb after it (checked from the lexicon, see lib/nlp).
 *
 * The span is the question up to its final punctuation: the reproach is in the whole shape.
 * Groups: `act` - the action the question is about, where the shape has one ("update the
 * ticket" in "How hard is it to update the ticket?"), ending before the final punctuation.
 */
import { mayBeVerb } from '../../nlp';
import { couldBeImperative } from './imperative-opener';
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const CUES = ['joke', 'how', 'whose', 'who', 'what', 'why', 'anyone', 'anybody', 'nobody', 'one', 'were', 'was', 'are', 'can', 'is', 'do', 'does', 'did', 'has', 'have', 'must', 'should'];

/** Reader, third parties addressed as a group, or "anyone": whom the reproach is aimed at. */
const ANYONE = "(?:anyone|anybody|no one|no-one|nobody|someone|somebody|any of you|none of you|you guys|you all|your team|your side)(?: here| at all| on (?:your|the) team)?";
const DONE = '(?:done|fixed|tested|caught|reviewed|checked|flagged|raised|mentioned|communicated|escalated|finished|handled|addressed|documented|noticed|followed up|followed|completed|double-checked|proofread|signed off|spotted|prevented|avoided|thought through|planned|discussed|shared|updated|answered|replied to|closed|merged)';
const TOLD = '(?:told|informed|consulted|included|copied|cc[\x27]?d|invited|asked|notified|warned|updated|looped in|kept in the loop)';
/** Verbs of simple, expected courtesies: "how hard is it to reply?" is a reproach, "to migrate" is not. */
const SIMPLE = '(?:just|simply|actually|even|remember|reply|respond|answer|read|follow|show up|turn up|let (?:me|us|people|someone) know|tell|copy|cc|include|fill in|fill out|send|return|call|put|write|update|check|communicate|inform|notify|ask|say|click|spell|use|look|pick up|show|open|attend|be on time|do (?:your|what|as)|keep|get (?:a |an )?(?:straight |simple |clear |quick |proper )?(?:answer|reply|response|update))';

interface Shape {
  re: RegExp;
  /** Words one of which the question must hold for the shape to be tried (skips compiling it). */
  needs: string[];
  /** The shape has an action after it; 'required': without a verb there, it is not this shape. */
  act?: boolean | 'required';
}

const SHAPES: Shape[] = [
  // How hard is it (for you) to update the ticket?  How hard can it be?
  { needs: ['hard', 'difficult'], re: new RegExp(`\\bhow (?:hard|difficult) is it (?:for (?:you|your team|anyone|people|them|everyone) )?to (?=${SIMPLE}\\b)`, 'g'), act: 'required' },
  { needs: ['hard', 'difficult'], re: /\bhow (?:hard|difficult) can (?:it|that|this) (?:possibly |really )?be\b/g },
  // Why is it so hard to get a straight answer?  Is it really that hard to reply?
  { needs: ['hard', 'difficult'], re: new RegExp(`\\b(?:why is it so (?:hard|difficult)|is it (?:really )?(?:that|so) (?:hard|difficult)) (?:for (?:you|your team|anyone|people|them) )?to (?=${SIMPLE}\\b)`, 'g'), act: 'required' },
  // Do you ever read your email?  Does your team ever check the tickets?
  { needs: ['ever'], re: /\b(?:do|does) (?:you|your team|you guys|anyone|anybody) ever (?=(?:(?:read|check|open|look at) (?:your|my|the|our|these|those|any) (?:[a-z]+ )?(?:emails?|mail|messages|inbox|slack|tickets?|docs?|wiki|spec|specs|chat|notes|comments|reviews?|replies|calendar|invites?)|reply|respond|answer|test (?:your|the|anything)|update (?:the|your) (?:ticket|tickets|status|board|tracker))\b)/g, act: 'required' },
  // How many times do I have to ask?
  { needs: ['times'], re: /\bhow many (?:more )?times (?:do|must|will|should|have|did) (?:i|we) (?:have to |need to |got to )?(?:ask|tell|say|remind|explain|repeat|mention|write|request|chase|go over|send)\b[^?]*/g },
  // Whose idea was it to ship this?  Who thought it was a good idea to ...?
  { needs: ['whose'], re: /\bwhose (?:bright |brilliant |great |clever )?idea was (?:it|this|that)(?: (?:exactly|anyway))?(?: to (?=\S))?/g, act: true },
  { needs: ['thought', 'decided'], re: /\bwho (?:thought|decided) (?:it was|it would be|it'd be|this was|that was) a (?:good|great|smart|bright|clever|fine) idea(?: to (?=\S))?/g, act: true },
  // Did anyone even look?  Is anyone actually reading these?  Did nobody think to check?  Has anyone bothered to test it?
  {
    needs: ['anyone', 'anybody', 'nobody', 'one', 'someone', 'somebody', 'guys', 'all', 'team', 'side'],
    re: new RegExp(`\\b(?:did|does|do|has|have|is|are|was|were|will|can) ${ANYONE} (?:even (?:bother(?:ed)? to )?|actually (?:bother(?:ed)? to )?(?=(?:read|look|check|test|review|listen|open|try|think|care|run)\\w*\\b)|ever (?=(?:read|check|test|review|listen|look)\\w*\\b)|(?:bother|bothered) to |(?:think|thought) to )`, 'g'),
    act: 'required',
  },
  // Does no one check the calendar?  Did nobody read the brief?
  { needs: ['one', 'nobody'], re: /\b(?:did|does|do|has|have|can|could) (?:no one|no-one|nobody)(?: here)? (?=[a-z])/g, act: 'required' },
  // Was anyone going to tell me?  Were you ever planning to mention it?
  { needs: ['going', 'planning', 'intending', 'gonna'], re: /\b(?:was|were) (?:anyone|anybody|you|you guys|your team)(?: ever| even)? (?:going|planning|intending|gonna) to (?:tell|let|inform|mention|share|reply|respond|answer|warn|loop)\b[^?]*/g },
  // What part of "no" don't you understand?
  { needs: ['part'], re: /\bwhat part of .{1,60}? (?:don't|do not|didn't|did not) (?:you|they|your team|you guys) (?:understand|get|follow)\b/g },
  // Why wasn't this caught?  Why wasn't I told?  Why is this still not done?
  { needs: ['why'], re: new RegExp(`\\bwhy (?:(?:wasn't|isn't|weren't|hasn't|haven't|hadn't) (?:this|that|it|these|those)(?: one)?(?: ever| even| already)?(?: been)?|(?:was|is|were|has|have|had) (?:this|that|it|these|those)(?: one)?(?: been)? not(?: been)?) ${DONE}\\b`, 'g') },
  { needs: ['why'], re: new RegExp(`\\bwhy (?:(?:wasn't|weren't|haven't|hasn't) (?:i|we|my team|our team)(?: ever| even)?(?: been)?|(?:was|were|have|has) (?:i|we|my team|our team)(?: been)? not(?: been)?) ${TOLD}\\b`, 'g') },
  { needs: ['still'], re: /\bwhy (?:is|are) (?:this|that|it|these|those)(?: one)? still (?:not\b|broken|unresolved|unfinished|outstanding|stuck|undone)/g },
  { needs: ['why'], re: new RegExp(`\\bwhy (?:didn't|did not|doesn't|does not|hasn't|has not|won't|can't|couldn't|did) (?:anyone|anybody|no one|nobody|none of you|your team|you guys|you all) (?:ever |even |just )?(?=[a-z])`, 'g'), act: true },
  // How is this still not done?  How could you miss that?
  { needs: ['not'], re: /\bhow (?:is|was|are) (?:this|that|it|these|those) (?:still )?not (?:done|fixed|finished|ready|sorted|resolved|merged|shipped)\b/g },
  { needs: ['could', 'can', 'did'], re: /\bhow (?:could|can|did) (?:you|anyone|anybody|your team|you guys|no one|nobody) (?:possibly |even |just )?(?:not (?:see|notice|know|check|test)|miss|forget|ignore|overlook|let this|skip|lose|approve this|think (?:this|that|it) was|be so)\b/g },
  // Did you not read the brief?  Who signed off on this mess?
  { needs: ['not'], re: /\b(?:did|do|have) you not (?:even )?(?:read|see|check|get|receive|look at|understand|notice|listen)\b[^?]*/g },
  { needs: ['mess', 'garbage', 'nonsense', 'disaster', 'rubbish', 'junk'], re: /\bwho(?:'s| is)? (?:signed off on|approved|wrote|made|did|built|shipped|merged|responsible for) (?:this|that) (?:mess|garbage|nonsense|disaster|rubbish|junk)\b/g },
  // Why am I only hearing about this now?  Why does this keep happening?  Is this a joke?
  { needs: ['hearing', 'finding', 'learning'], re: /\bwhy am i (?:only |just )*(?:hearing|finding out|learning) (?:about )?(?:this|that|it)\b[^?]*/g },
  { needs: ['keep', 'keeps'], re: /\bwhy (?:does (?:this|that|it) keep (?:happening|breaking|failing|slipping|going wrong)|do (?:we|you|you guys|your team|they) keep (?:missing|breaking|forgetting|having|getting|making|skipping|ignoring))\b[^?]*/g },
  { needs: ['joke'], re: /\bis (?:this|that) (?:a joke|some kind of (?:a )?joke|some sort of joke)(?=\s*[?!.]*\s*$)/g },
  // What were you thinking?  Are you even listening?  Is that too much to ask?  Do I have to do everything myself?
  { needs: ['thinking'], re: /\bwhat (?:were|was) (?:you|you guys|your team|they|he|she) (?:even )?thinking\b/g },
  { needs: ['listening', 'reading', 'paying', 'kidding', 'serious'], re: /\bare you (?:even |actually )?(?:listening|reading (?:my|these|the)|paying attention|kidding me|serious right now)\b/g },
  { needs: ['much'], re: /\bis (?:it|that|this) (?:really )?too much to ask(?: (?:for|that|you to|to) (?=\S))?/g, act: true },
  { needs: ['everything', 'spell', 'remind', 'repeat', 'keep', 'explain', 'ask'], re: /\b(?:do|must|should) i (?:really )?(?:have to|need to)? ?(?:do everything myself|spell (?:it|this) out|remind you|repeat myself|keep (?:asking|reminding|chasing)|explain (?:this|it) again|ask (?:again|twice|every time))\b/g },
  { needs: ['can'], re: /\bcan't you (?:just |even |ever )?(?:read|see|follow|understand|manage|remember|get anything|do anything|figure)\b/g },
];

/** Openers allowed before the question proper: "So", "Honestly,", "Seriously,", "And", a name with its comma. */
const OPENER = /^(?:\W*(?:(?:so|and|but|ok|okay|honestly|seriously|really|again|also|sorry|please),?|\p{Lu}\p{Ll}+(?:-san)?,)\s+)*/iu;

/** Warmth in the same question: "Whose idea was it to order cake? Best idea ever" is praise. */
const WARM = /\b(?:love|loved|genius|thank|thanks|kudos|brilliant|amazing|fantastic|awesome|delicious|best idea|great idea|so fun|well done)\b/;

export const accusingQuestion: CompiledMatcher = {
  groups: ['act'],
  find(ctx: SentenceContext): RawMatch[] {
    if (!ctx.isQuestion) return [];
    const words = ctx.words;
    if (!CUES.some((w) => words.has(w))) return [];
    const lower = ctx.lower;
    const questionEnd = ctx.text.length - /[\s?!.…"')\]”’]*$/.exec(ctx.text)![0].length;
    const out: RawMatch[] = [];
    for (const shape of SHAPES) {
      if (!shape.needs.some((x) => words.has(x))) continue;
      // Each shape must start the question (after an opener) or a clause within it.
      shape.re.lastIndex = 0;
      for (const m of lower.matchAll(shape.re)) {
        const at = m.index!;
        const before = lower.slice(0, at);
        if (before.length > (OPENER.exec(ctx.text)?.[0].length ?? 0) && !/(?:[,;:—–-]|\band|\bbut|\bso)\s*$/.test(before)) continue;
        const end = at + m[0].length;
        if (/\bwhose|\bwho (?:thought|decided)/.test(m[0]) && WARM.test(lower)) continue;
        // The question is the shape: the span runs to the end of the question, punctuation aside.
        const match: RawMatch = { start: at, end: Math.max(end, questionEnd), groups: {} };
        if (shape.act) {
          const tail = /^\s*([^?!.]*?)\s*[?!.]*\s*$/.exec(ctx.text.slice(end));
          const act = tail?.[1] ?? '';
          // The action opens with a verb (after "just", "even", ...): "look at the logs", "reading these".
          const first = /^(?:(?:just|simply|even|actually|really|at least|ever)\s+)*([\p{L}']+)/u.exec(act)?.[1];
          if (act && first && (couldBeImperative(first) || (/(?:ing|ed)$/.test(first) && mayBeVerb(first)))) {
            const s = end + ctx.text.slice(end).indexOf(act);
            match.groups.act = { start: s, end: s + act.length };
          } else if (shape.act === 'required') continue;
        }
        out.push(match);
        break;
      }
      if (out.length) break;
    }
    return out;
  },
};
