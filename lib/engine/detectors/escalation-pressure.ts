/**
 * Escalation used as pressure: bringing the reader's boss into it ("I'm copying your director so
 * this gets resolved", "Looping in your manager", "I'll raise this with your VP if it slips
 * again"). The shape: a verb of copying, adding or raising + someone's superior (your/their/a
 * name's manager, boss, director, VP, head of ..., lead, supervisor).
 *
 * Left alone: the writer's own manager ("I'm copying my manager so she can approve the budget"),
 * copying a superior at their request or for an approval they must give ("as she asked", "for
 * sign-off", "so he can approve"), copying them to praise the reader ("so she sees what a great
 * job you did"), questions ("Should I loop in your manager?") and offers ("happy to loop in your
 * manager if that helps").
 *
 * Groups: `boss` (the superior, "your director").
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

const BOSS =
  "(?:your|their|his|her|the team's|your team's|[a-z][a-z-]*'s) (?:(?:line|direct|skip-level|skip level|regional|department|general|country|senior|project) )?(?:boss|manager|director|vp|svp|evp|supervisor|lead|team lead|head of [a-z]+|superior|higher-ups|ceo|cto|cfo|coo|managing director|department head|division head|chief)";
const VERB =
  "(?:copy(?:ing)?|copied|cc(?:'?(?:ing|d|ed))?|add(?:ing|ed)?|loop(?:ing|ed)? in|includ(?:e|ing|ed)|bring(?:ing)? in|brought in|forward(?:ing|ed)? (?:this|it|the thread|this thread|the email|this email) to|rais(?:e|ing) (?:this|it|the issue|the matter) (?:with|to)|tak(?:e|ing) (?:this|it|the matter) (?:up )?(?:with|to)|go(?:ing)? (?:straight |directly )?to|escalat(?:e|ed|ing) (?:this |it )?to|talk(?:ing)? to|speak(?:ing)? (?:to|with)|get(?:ting)?|involv(?:e|ing))";
const SHAPE = new RegExp(`\\b(?<verb>${VERB}) (?<boss>${BOSS})\\b(?:(?: in| into (?:this|the) (?:thread|loop|conversation|email)| on (?:this|the) (?:thread|email)| involved)\\b)?`, 'g');
/** "I'll be letting your manager know", "Your director will hear about this". */
const TELL_BOSS = new RegExp(`\\b(?:let(?:ting)? (?<boss>${BOSS}) know|(?<boss2>${BOSS}) (?:will|is going to|'ll) (?:hear|be hearing|know|find out) about (?:this|it))\\b`, 'g');
/** Label form: "cc: your manager" / "+ your director". */
const LABEL = new RegExp(`^\\W*(?:cc|bcc|\\+|adding|looping in|copying)\\s*:?\\s*(?<boss>${BOSS})\\b`, 'g');

/** At the superior's request, or for something only they can give; or to praise the reader. */
const BENIGN =
  /\b(?:as (?:she|he|they) (?:asked|requested|wanted)|as (?:requested|agreed|discussed|promised)|at (?:her|his|their) request|(?:she|he|they) (?:asked|wanted|requested|would like) to (?:be|join|see|stay)|for (?:her|his|their)? ?(?:approval|sign-?off|signature|information|awareness of the good)|so (?:she|he|they) can (?:approve|sign|join|attend|help|weigh in|share|answer|advise|support)|(?:so|because) (?:she|he|they) (?:knows?|has|have) (?:the|more)|so (?:she|he|they) (?:sees?|knows?|hears?) (?:how|what a|about your)|(?:great|fantastic|excellent|amazing) (?:work|job)|well done|kudos|shout-?out|congrat\w*|thank|thanks|credit|recogni[sz]\w*|prais\w*|proud|promotion|bonus|award|nominat\w*|(?:your|the) (?:leave|holiday|vacation|visa|training|relocation|transfer) (?:request|plans?)|happy to|glad to|who (?:owns|knows|handles|can help|is responsible|runs|built|wrote|set up)|for (?:her|his|their) (?:input|expertise|help|advice|view|thoughts)|(?:she|he|they)(?:'s| is| are) (?:the owner|responsible|the expert|across)|if (?:you|that) (?:like|want|prefer|helps|think)|if it helps|would it help|let me know if you(?:'d| would) like)\b/;
/** Asking, offering or hypothesising: "Should I loop in your manager?" */
const FRAME = /\b(?:if (?:you|that|it)(?:'d| would)? (?:want|like|prefer|help|helps|think)|whether|should i|shall i|could i|can i|i can|i could|do you want me to|would you like me to|happy to|offer)\b[^.!?]*$/;

export const escalationPressure: CompiledMatcher = {
  groups: ['boss'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['boss', 'manager', 'director', 'vp', 'svp', 'evp', 'supervisor', 'lead', 'head', 'superior', 'higher', 'ceo', 'cto', 'cfo', 'coo', 'chief'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    if (ctx.isQuestion || BENIGN.test(lower)) return [];
    const out: RawMatch[] = [];
    for (const re of [SHAPE, LABEL, TELL_BOSS]) {
      re.lastIndex = 0;
      for (const m of lower.matchAll(re)) {
        if (FRAME.test(lower.slice(0, m.index!))) continue;
        // "talk to / get / go to your manager" only count with a pressure purpose or threat.
        if (m.groups!.verb && /^(?:talk|speak|get|go|involv)/.test(m.groups!.verb) && !PURPOSE.test(lower)) continue;
        if (re === TELL_BOSS && !PURPOSE.test(lower) && !m.groups!.boss2) continue;
        const boss = m.groups!.boss ?? m.groups!.boss2;
        const at = m.index! + m[0].lastIndexOf(boss);
        out.push({ start: m.index! + (/^\W*/.exec(m[0])?.[0].length ?? 0), end: m.index! + m[0].length, groups: { boss: { start: at, end: at + boss.length } } });
      }
    }
    return out;
  },
};

/** Pressure: a result to force, or a threat for next time. */
const PURPOSE =
  /\b(?:so (?:that )?(?:this|it|we|something|someone|things?) (?:gets?|finally|actually|will|can finally)|to (?:get this|make sure|ensure|finally)|until|unless|if (?:this|it|that) (?:happens|slips|continues|isn't|is not|doesn't)|again|next time|one more time|no choice|have to|going to have to|will have to|i'll|i will)\b/;
