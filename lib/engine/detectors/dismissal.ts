/**
 * Dismissal: waving away the reader's idea, effort or way of working.
 * - "I don't see the point of another meeting", "I don't see the value in ...", "What's the point
 *   of these reviews?", "There's no point discussing it";
 * - "That's not how we do things here", "We don't do it that way here", "That's not the way
 *   things work around here";
 * - "I don't have time for this (nonsense)", "Let's not waste time on edge cases";
 * - "Your concerns aren't our problem" ("Not my problem" alone belongs to an existing rule);
 * - "We've been over this already".
 *
 * Left alone: comfort ("There's no point worrying about it now", "no point in you coming in
 * early, the server is down"), genuine questions that ask for the reason ("I don't see the point
 * of the flag - could you explain what it does?"), and scheduling ("I don't have time for this
 * today, could we do Monday?"). "Not my problem" belongs to an existing rule.
 *
 * Groups: `what` (what is dismissed, for the "see the point" shape: "another meeting").
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const POINT =
  /\b(?:i (?:really |honestly |just |still )?(?:don't|do not|can't|cannot|fail to) (?:see|understand|get) (?:the (?:point|value|use|need|benefit|purpose)|what the point is)|(?:i )?(?:really |honestly )?(?:don't|do not) see any (?:point|value|use|need)|there(?:'s| is) (?:really |honestly |just )?no (?:point|use|sense)|what(?:'s| is) (?:even |really |actually )?the (?:point|use|purpose)|i (?:really |honestly |just |still )?(?:don't|do not|can't|cannot) see why (?:we|you|anyone|they) (?:would )?(?:need|needs|should|have to|must|bother with)|there(?:'s| is) (?:really |honestly |just )?no need for(?= (?:another|more|yet another|a second|any more|this|these|all this|all these)\b))\b/g;
const OUR_WAY =
  /\b(?:that(?:'s| is)|this(?:'s| is)|it(?:'s| is)) (?:just |simply )?not (?:how|the way) (?:we|things|it) (?:do|work|are done|get done|operate|run)(?: (?:things|it|this))?(?: (?:here|around here|in this (?:team|company|office|department)))?\b|\bwe (?:don't|do not) do (?:it|things|that) (?:that way|like that)(?: (?:here|around here))?\b|\bthat(?:'s| is) not (?:our|the) (?:way|culture|style)(?: here| around here)?\b/g;
/** Let's not waste time on edge cases. / No need to waste time discussing it. */
const WASTE = /\b(?:let's|let us|we (?:shouldn't|should not|can't|cannot)|(?:there's )?no (?:need|reason) to) (?:not )?waste (?:any more |more |our |any |much )?(?:time|effort|energy|breath)(?: on| with| discussing| debating| arguing about| talking about| worrying about)?\b/g;
/** Your concerns aren't our problem. / The timeline isn't really my concern. ("is not our problem" belongs to an existing rule.) */
const NOT_OURS = /^(?<what>\W*(?:[a-z'-]+ ){1,6}?)(?:is|are|was|were)n't (?:really |exactly |actually |just )?(?:my|our) (?:problem|concern|headache|issue|lookout|business)\b/g;
/** We've been over this (already). */
const BEEN_OVER = /\bwe(?:'ve| have) (?:already |literally )?(?:been over|been through|gone over|discussed|covered) (?:this|that|it)(?: (?:already|before|many times|several times|multiple times|a (?:dozen|hundred|million) times|more than once|twice))*\b/g;
const CLOSE = /\b(?:i|we) (?:really |honestly |just |simply )?(?:don't|do not) have (?:the )?time for (?:this|that|these|your)\b(?: (?:nonsense|discussion|debate|argument|conversation|again|back-and-forth))?/g;

/** Comfort or reassurance: "no point worrying", "no point in you coming in early". */
const COMFORT = /^\s*(?:(?:in )?(?:worrying|stressing|panicking|rushing|apologi[sz]ing|feeling bad|beating yourself up|waiting|you (?:coming|waiting|staying|rushing|worrying|logging)|us (?:waiting|both)|me (?:waiting|coming)))\b/;
/** Asking for the reason: a question or an invitation to explain in the same sentence. */
const ASKS = /\b(?:could|can|would) you (?:explain|help me understand|walk me through|tell me more)|what am i missing|help me understand|i'm probably missing|i may be missing|i might be missing|am i missing\b/;
/** Scheduling: "no time for this today, could we do Monday?" */
const LATER = /\b(?:today|tonight|this (?:week|morning|afternoon)|right now|until|before|but (?:i|we) can|can we|could we|let's|next week|tomorrow|on \w+day)\b/;

export const dismissal: CompiledMatcher = {
  groups: ['what'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    const point = w.has('why') || w.has('point') || w.has('value') || w.has('use') || w.has('need') || w.has('benefit') || w.has('purpose') || w.has('sense');
    const way = w.has('how') || w.has('way') || w.has('culture') || w.has('style');
    const close = w.has('time');
    const waste = w.has('waste');
    const ours = (w.has('problem') || w.has('concern') || w.has('headache') || w.has('issue') || w.has('lookout') || w.has('business')) && (w.has('my') || w.has('our'));
    const over = w.has('over') || w.has('through') || w.has('discussed') || w.has('covered');
    if (!point && !way && !close && !waste && !ours && !over) return [];
    const lower = ctx.lower;
    const out: RawMatch[] = [];
    if (point && !ASKS.test(lower)) {
      POINT.lastIndex = 0;
      for (const m of lower.matchAll(POINT)) {
        let end = m.index! + m[0].length;
        const rest = lower.slice(end);
        const link = /^\s*(?:of|in|to|with|for|behind)?\s*/.exec(rest)![0];
        const after = rest.slice(link.length);
        if (COMFORT.test(after)) continue;
        const what = /^[^,.;:!?—–()]*/.exec(after)![0].replace(/\s+$/, '').replace(/^(?:even|really|actually) /, '');
        // "What's the point of the flag?" asked alone is a question about a thing: only with a
        // dismissive determiner ("another", "these", "even") does it wave the thing away.
        if (/^what/.test(m[0]) && !/^(?:even|another|yet another|all (?:these|this|those)|these|more|having|doing|any of)\b/.test(after)) continue;
        // "There's no point ..." is dismissal about discussing or doing, not comfort.
        if (/^there/.test(m[0]) && !/^(?:in )?(?:discuss|debat|argu|talk|meet|continu|explain|review|trying|asking|going over|having|another|this|that|these|it\b|even|your)/.test(after)) continue;
        const groups: RawMatch['groups'] = {};
        if (what) {
          const at = end + link.length + (after.length - after.replace(/^(?:even|really|actually) /, '').length);
          groups.what = { start: at, end: at + what.length };
          end = at + what.length;
        }
        out.push({ start: m.index!, end, groups });
      }
    }
    if (way) {
      OUR_WAY.lastIndex = 0;
      for (const m of lower.matchAll(OUR_WAY)) out.push({ start: m.index!, end: m.index! + m[0].length, groups: {} });
    }
    if (waste && !/^\s*(?:no|don't|do not)\b/.test(lower)) {
      WASTE.lastIndex = 0;
      for (const m of lower.matchAll(WASTE)) {
        if (/^no /.test(m[0]) || /^there/.test(m[0])) continue;
        const end = m.index! + m[0].length;
        const what = /^\s*([^,.;:!?—–()]*)/.exec(lower.slice(end))![1].replace(/\s+$/, '');
        if (!what) continue;
        const at = end + lower.slice(end).indexOf(what);
        out.push({ start: m.index!, end: at + what.length, groups: { what: { start: at, end: at + what.length } } });
      }
    }
    if (ours) {
      NOT_OURS.lastIndex = 0;
      const m = NOT_OURS.exec(lower);
      // About the reader's point ("your concerns", "the timeline"), not reassurance ("this isn't our problem to fix alone").
      if (m && /\b(?:your|their|his|her|the|these|those|that|this|it)\b/.test(m.groups!.what) && !/\b(?:but|happy to|let me|i'll|i can|we can|to fix alone|alone|thanks|thank)\b/.test(lower)) {
        const lead = /^\W*/.exec(m[0])![0].length;
        const what = m.groups!.what.slice(lead).replace(/\s+$/, '');
        out.push({ start: m.index! + lead, end: m.index! + m[0].length, groups: { what: { start: m.index! + lead, end: m.index! + lead + what.length } } });
      }
    }
    if (w.has('over') || w.has('through') || w.has('discussed') || w.has('covered')) {
      BEEN_OVER.lastIndex = 0;
      // A recap that follows ("We've covered this before, so here's a summary") serves the reader.
      if (!/\b(?:here(?:'s| is| are)|summary|recap|notes|as a reminder|for (?:anyone|those) who|in the (?:workshop|training|onboarding)|thanks|happy to)\b/.test(lower)) {
        for (const m of lower.matchAll(BEEN_OVER)) out.push({ start: m.index!, end: m.index! + m[0].length, groups: {} });
      }
    }
    if (close && !(LATER.test(lower) && /\btime for\b/.test(lower))) {
      CLOSE.lastIndex = 0;
      for (const m of lower.matchAll(CLOSE)) out.push({ start: m.index!, end: m.index! + m[0].length, groups: {} });
    }
    return out.filter((m) => m.end > m.start);
  },
};
