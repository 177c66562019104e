/**
 * Blame in the modal perfect: hindsight about what the reader, "someone" or an unnamed agent
 * should have done ("This should have been done last week", "You could have told me",
 * "Someone should've caught this"). The modal perfect (should/could/ought to + have + participle)
 * is the shape; it is blame when the missed action is one people are expected to do (catch,
 * test, tell, check...) and the agent is not the writer.
 *
 * Left alone: the writer's own hindsight ("I should have caught this", "we could have planned
 * better", "this should have been caught by me"), expectations about a delivery ("It should have
 * been sent to you by now, let me check"), idioms ("it could have been worse"), questions and
 * conditionals. Existing rules already take "you should have" + verb; this detector takes the
 * passive, "could/might have" aimed at the reader, and "someone should have".
 *
 * Groups: `subj` (the impersonal subject of a passive, "This", "The migration"), `part` (the
 * participle, "done", "caught"), `verb` (the reader's missed action, "told"), always the ones
 * the shape has.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const PART =
  '(?:done|caught|fixed|tested|checked|reviewed|flagged|raised|mentioned|communicated|escalated|finished|handled|addressed|documented|noticed|spotted|prevented|avoided|sorted|sorted out|resolved|completed|submitted|approved|signed off|planned|thought through|discussed|shared|updated|followed up|double-checked|proofread|merged|shipped|sent|delivered|included|clarified|confirmed|agreed|cleared|backed up|informed|told|notified|consulted|warned|run|copied|asked|involved|briefed)';
const TELL =
  '(?:told|mentioned|warned|asked|said|let (?:me|us|them|someone|the team) know|checked|called|informed|copied|cc[\x27]?d|flagged|raised|replied|responded|answered|looked|read|tested|thought|given (?:me|us) (?:a )?(?:heads[- ]up|warning|notice)|double-checked|spoken|talked|reached out|pinged|waited|asked first)';

/** Passive: "This should have been done last week." */
const PASSIVE = new RegExp(
  `\\b(?<subj>this|that|it|these|those|(?:the|this|that|these|those|your|their|his|her|[a-z]+'s) [a-z-]+(?: [a-z-]+)?)(?: really| clearly| obviously| definitely| honestly| surely)? (?<modal>(?:should|ought to|could|must|would)(?: really| clearly| obviously| definitely)?(?: have|'ve| of) (?:already )?been|(?:was|were) supposed to (?:have been|be)(?: already)?) (?:(?:properly|actually|better|thoroughly|fully) )?(?<part>${PART})\\b`,
  'g',
);
/** "That email should never have been sent to the client." */
const NEVER = new RegExp(
  `\\b(?<subj>this|that|it|(?:the|this|that|your|their|[a-z]+'s) [a-z-]+(?: [a-z-]+)?) (?:should|ought to)(?: never| not|n't) have been (?<part>sent|released|shipped|merged|approved|published|deployed|signed|shared|forwarded|promised|announced|posted|pushed|committed|agreed|accepted|launched)\\b`,
  'g',
);
/** Reader: "You could have told me." ("you should have" + verb belongs to an existing rule.) */
const READER = new RegExp(
  `\\b(?<who>you|you guys|your team|you all)(?: really| clearly| obviously| at least| easily| just)? (?:could|might|would)(?: at least)?(?: have|'ve| of) (?:at least )?(?:just )?(?<verb>${TELL})\\b`,
  'g',
);
/** "Someone should have caught this." */
const SOMEONE = new RegExp(
  `\\b(?<who>someone|somebody|anyone|anybody|one of you|one of your team|your team|you guys)(?: really| clearly| obviously| at least)? (?:should|ought to|could)(?: have|'ve| of) (?:at least )?(?:just )?(?<verb>caught|checked|tested|told|warned|noticed|spotted|flagged|raised|reviewed|fixed|mentioned|asked|called|said|informed|updated|double-checked|looked|read|thought|stopped|prevented|done|followed up|escalated|sent|proofread|confirmed|verified|cancelled|canceled|replied|responded)\\b`,
  'g',
);

/** The writer owns it: "I should have caught this", "my fault", "by me". */
const SELF =
  /\b(?:i|we)(?:'ve| have| had| 'd| would| should| could)?(?: really| definitely| probably)? (?:should|could|ought to|might)(?: have|'ve| of)\b|\b(?:by|on) (?:me|us|my (?:side|end|team)|our (?:side|end))\b|\b(?:my|our) (?:fault|mistake|bad|miss|responsibility|oversight|review|error)\b|\bi (?:missed|forgot|overlooked|dropped|messed)\b|\bthat's on (?:me|us)\b|\bi take (?:full )?responsibility\b/;
/** An expectation about delivery or state, usually followed by a check: not blame. */
const EXPECTATION =
  /\b(?:by now|already|yet)\b|\blet me (?:check|look|chase|find out|see)\b|\bi(?:'ll| will) (?:check|look|chase|follow up|find out)\b|\b(?:can|could) you (?:check|confirm|let me know|see)\b|\bif (?:not|it hasn't|you haven't|you didn't)\b|\bin (?:version|v\d|release|the \d)|\bautomatically\b/;
/** Conditional or hypothetical frame before the shape. */
const FRAME = /\b(?:if|whether|unless|wonder|wondering|think|thought|might|maybe|perhaps|otherwise|in case|could it be that|i guess)\b[^,]*$/;
/** Idioms and counterfactual relief: "it could have been worse", "could have been a disaster". */
const IDIOM = /\b(?:could|would|might)(?: have|'ve) been (?:worse|much worse|a lot worse|a disaster|far worse)\b|\b(?:could|would|might)(?: have|'ve) been avoided if (?:i|we)\b/;
/** Warmth: "You could have told me, I'd have loved to help!" */
const WARM = /\b(?:thank|thanks|grateful|appreciate|love(?:d)? to|happy to|glad to|no worries|no problem|don't worry|it's fine|all good|no harm done)\b/;

export const modalPerfectBlame: CompiledMatcher = {
  groups: ['subj', 'part', 'verb'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!(w.has('have') || w.has('of') || w.has('supposed') || w.has('shouldn')) || !(w.has('supposed') || w.has('should') || w.has('shouldn') || w.has('could') || w.has('might') || w.has('ought') || w.has('must') || w.has('would'))) return [];
    if (ctx.isQuestion) return [];
    const lower = ctx.lower;
    if (SELF.test(lower) || IDIOM.test(lower) || WARM.test(lower)) return [];
    const out: RawMatch[] = [];
    for (const re of [PASSIVE, NEVER, READER, SOMEONE]) {
      re.lastIndex = 0;
      for (const m of lower.matchAll(re)) {
        const start = m.index!;
        if (FRAME.test(lower.slice(0, start))) continue;
        const g = m.groups!;
        if (re === PASSIVE || re === NEVER) {
          if (/^(?:must|would)\b/.test(g.modal)) {
            // "must have been caught" is a guess about the past, "would have been done" a counterfactual.
            continue;
          }
          if (EXPECTATION.test(lower)) continue;
        }
        const groups: RawMatch['groups'] = {};
        const put = (name: string) => {
          const v = g[name];
          if (v === undefined) return;
          const at = start + m[0].lastIndexOf(v);
          groups[name] = name === 'subj' ? { start, end: start + v.length } : { start: at, end: at + v.length };
        };
        put('subj');
        put('part');
        put('verb');
        out.push({ start, end: start + m[0].length, groups });
      }
      if (out.length) break;
    }
    return out;
  },
};
