/**
 * Blame through cause: a failure traced to the reader or a named person or team.
 * - "This outage happened because you didn't run the tests" (cause + negated action);
 * - "Kenji's mistake cost us the demo slot", "Your team's sloppiness cost us the client"
 *   (someone's error + cost us / lost us / broke);
 * - "You're the reason we missed the deadline";
 * - "If sales had given us accurate requirements, we wouldn't be in this mess" (a counterfactual
 *   in the modal perfect about another team; "if you had" belongs to an existing rule).
 *
 * Left alone: the writer's own part ("because I didn't check", "my mistake cost us a day"),
 * neutral reasons ("because you didn't have access, I've added you"), success ("you're the reason
 * we won"), and questions.
 *
 * Groups: `act` - the action not done ("run the tests"), for the cause shape (which is only taken
 * after the failure it explains: "As you didn't mention a date, I assumed Friday" is a reason);
 * `who` and `err` - the possessive and the error ("Kenji's", "mistake"), for the cost shape;
 * `what` - the failure named ("we missed the deadline"), for the reason shape; `agent` - the team
 * or person in a counterfactual ("sales").
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const AGENT = "(?:you|your team|you guys|you all|your side|your department|(?:the )?[a-z]+ team|(?:the )?(?:sales|marketing|finance|legal|ops|engineering|qa|design|product|support) (?:team|people|folks)?|[A-Z][a-z]+(?:-san)?)";
const DID_NOT = "(?:didn't|did not|forgot to|failed to|never|couldn't be bothered to|didn't bother to|neglected to|chose not to|decided not to)";
const ACTIONS = '(?:run|test|check|read|follow|send|update|tell|review|reply|respond|flag|escalate|document|communicate|back up|lock|merge|fix|inform|warn|book|confirm|submit|approve|sign|ask|mention|share|deploy|verify|double-check|proofread|notify|hand over|prepare|finish|deliver|order|renew|schedule)';
/** Negated action after a cause word; case-sensitive only for names (see find). */
const DONE_PAST =
  '(?:sent|ran|tested|checked|read|followed|updated|told|reviewed|replied|responded|flagged|escalated|documented|communicated|backed up|locked|merged|fixed|informed|warned|booked|confirmed|submitted|approved|signed|asked|mentioned|shared|deployed|verified|notified|handed over|prepared|finished|delivered|ordered|renewed|scheduled)';
const CAUSE = new RegExp(`\\b(?:because|since|as|all because|just because)\\s+(?<agent>${AGENT})\\s+(?:${DID_NOT}\\s+(?<act>${ACTIONS}\\b[^,;.!?]*)|never\\s+(?<past>${DONE_PAST}\\b[^,;.!?]*))`, 'gi');
const ERROR = "(?:mistake|mistakes|error|errors|delay|delays|bug|bugs|oversight|carelessness|sloppiness|slip|slip-up|negligence|typo|screw-up|screwup|mess|late (?:handoff|handover|delivery|reply|response|changes?|update)|last-minute changes?|bad (?:estimate|data|numbers|code|call))";
const COST = new RegExp(`(?<who>\\b(?:your|your team's|their|his|her|[A-Z][a-z]+(?:-san)?'s|the [a-z]+ team's))\\s+(?<err>(?:[a-z-]+\\s+){0,2}?${ERROR})(?=\\s+(?:has |have |just |really )?(?:cost|lost|broke|delayed|killed|sank|ruined|blew|derailed|caused|set us back)\\b)`, 'gi');
const REASON = /\b(?:you(?:'re| are)|your team(?:'s| is)|you guys are|(?:he|she|they)(?:'s| is| are)) (?:the (?:only )?(?:reason|cause)|(?:the one|the ones) (?:who|that) (?:broke|missed|delayed|caused|lost))(?: (?:why|that))? (?<what>[^,;.!?]+)/gi;
const IF_HAD = new RegExp(`^\\W*if (?:only )?(?<agent>(?:the )?(?:sales|marketing|finance|legal|ops|engineering|qa|design|product|support|vendor|client|[a-z]+ team)|they|[A-Z][a-z]+(?:-san)?)(?: had| 'd)(?:n't| not)?(?: just| only| actually| bothered to)? [a-z]+\\b[^,;.!?]*,? (?:then )?(?:we|this|that|it|none of this|i)(?: [a-z]+)? (?:wouldn't|would not|would never|could have|would have|might have|'d (?:not|never|have))\\b`, 'gi');

const SELF = /^(?:i|we|my|our|me|us|myself)\b/i;
const GOOD = /\b(?:won|win|succeed\w*|made it|on time|early|ahead|hit (?:the|our)|great|thank|thanks|proud|smooth\w*|possible|saved|helped|better|faster)\b/i;

export const causalBlame: CompiledMatcher = {
  groups: ['act', 'who', 'err', 'what', 'agent'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    const lower = ctx.lower;
    const cause = (w.has('because') || w.has('since') || w.has('as')) && /n't\b|\b(?:not|forgot|failed|never|neglected)\b/.test(lower);
    const cost = ['cost', 'lost', 'broke', 'delayed', 'killed', 'sank', 'ruined', 'blew', 'derailed', 'caused', 'back'].some((x) => w.has(x));
    const reason = w.has('reason') || w.has('cause') || w.has('one') || w.has('ones');
    const ifHad = w.has('if') && (w.has('had') || w.has('d')) && /\b(?:would|could|might)/.test(lower);
    if (!(cause || cost || reason || ifHad) || ctx.isQuestion) return [];
    const text = ctx.text.replace(/’/g, "'");
    const out: RawMatch[] = [];
    const push = (m: RegExpMatchArray, name: string, start = m.index!, end = m.index! + m[0].length) => {
      const v = m.groups?.[name];
      const groups: RawMatch['groups'] = {};
      if (v !== undefined) {
        const at = m.index! + m[0].lastIndexOf(v);
        groups[name] = { start: at, end: at + v.replace(/\s+$/, '').length };
      }
      out.push({ start, end: Math.min(end, m.index! + m[0].replace(/\s+$/, '').length), groups });
    };
    if (cause) {
      CAUSE.lastIndex = 0;
      for (const m of text.matchAll(CAUSE)) {
        if (SELF.test(m.groups!.agent) || !/^(?:you|your|the|[a-z]+ team)/i.test(m.groups!.agent) && !/^[A-Z]/.test(m.groups!.agent)) continue;
        // "As you didn't mention a date, I assumed Friday": a cause that opens the sentence is
        // the writer's reason for acting; blame names the failure first ("X broke because ...").
        if (!/\p{L}/u.test(text.slice(0, m.index!))) continue;
        if (m.groups!.past !== undefined) {
          // "because Ken never sent the sign-off": the act is the past form.
          const v = m.groups!.past.replace(/\s+$/, '');
          const at = m.index! + m[0].lastIndexOf(m.groups!.past);
          out.push({ start: m.index!, end: at + v.length, groups: { act: { start: at, end: at + v.length } } });
        } else push(m, 'act');
      }
    }
    if (cost && !out.length) {
      COST.lastIndex = 0;
      for (const m of text.matchAll(COST)) {
        if (/^(?:my|our)\b/i.test(m.groups!.who) || GOOD.test(text)) continue;
        const who = m.groups!.who;
        const err = m.groups!.err;
        const errAt = m.index! + m[0].lastIndexOf(err);
        out.push({
          start: m.index!,
          end: m.index! + m[0].length,
          groups: { who: { start: m.index!, end: m.index! + who.length }, err: { start: errAt, end: errAt + err.length } },
        });
      }
    }
    if (reason && !out.length) {
      REASON.lastIndex = 0;
      for (const m of text.matchAll(REASON)) {
        if (GOOD.test(m.groups!.what)) continue;
        push(m, 'what');
      }
    }
    if (ifHad && !out.length) {
      IF_HAD.lastIndex = 0;
      for (const m of text.matchAll(IF_HAD)) {
        if (/^(?:i|we)$/i.test(m.groups!.agent) || GOOD.test(text)) continue;
        const lead = /^\W*/.exec(m[0])![0].length;
        const agent = m.groups!.agent;
        const agentAt = m.index! + m[0].indexOf(agent, lead + 3);
        out.push({ start: m.index! + lead, end: ctx.text.length - (/[\s.!?…]*$/.exec(ctx.text)![0].length), groups: { agent: { start: agentAt, end: agentAt + agent.length } } });
      }
    }
    return out;
  },
};
