/**
 * Self-undermining: doubts about one's own expertise, idea or message put in front of (or after)
 * the point - "I'm not an expert on this, but", "this is probably a silly idea", "I'm not sure if
 * this makes sense, but", "I'm probably overthinking this, but", "just a thought", "feel free to
 * ignore this", "not sure if this is helpful", "my two cents". A results-first reader takes the
 * writer at their word and discounts the point.
 *
 * Judged in context: a doubt about a specific fact that says what is unknown ("I may be wrong
 * about the date - can you confirm?") is information (see hedge-context.ts); the same words
 * about someone else ("she's no expert") or about a past event ("I was wrong about the date")
 * are not self-undermining.
 *
 * Groups: `head` and `body`: the sentence before and after the disclaimer, so "{{head}}{{body}}"
 * (or "{{body}}") is the sentence without it.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';
import { REAL_UNCERTAINTY } from './hedge-context';

const DOUBT =
  "(?:(?:i(?:'m| am)|we(?:'re| are)) (?:definitely |certainly |by no means |really )?(?:no|not an?|not the) (?:expert|experts|specialist|specialists|authority|pro)(?: (?:on|in|at) [^,.;:—–]+| here)?|(?:i(?:'m| am)|we(?:'re| are)) (?:probably |possibly |maybe )?(?:overthinking (?:this|it)|missing something(?: (?:obvious|here))?|(?:way )?off (?:base|the mark) here)|(?:i(?:'m| am) )?not sure (?:if|whether) (?:this|that|it|any of this|my (?:idea|point|question)) (?:makes (?:any )?sense|is (?:helpful|useful|relevant|right|a good idea|worth (?:anything|mentioning|raising)|stupid|silly|dumb))|(?:this|it|that) (?:is|might be|may be|could be|'s) (?:probably |maybe |just )?(?:a |an )?(?:silly|stupid|dumb|crazy|naive|bad|wild|half-baked|terrible) (?:idea|thought|suggestion|point)|(?:this|it|that) (?:is|'s) (?:probably|likely|maybe) (?:nothing|irrelevant|obvious|wrong|not important|not helpful)|(?:(?:this is |it's )?just|only) (?:a|my) (?:thought|idea|suggestion|two cents|2 cents|opinion|view)|(?:just )?my (?:two|2) cents(?: (?:worth|here))?|(?:please |feel free to |you can |free to )?(?:ignore|disregard) (?:me|this|my (?:idea|suggestion|comment|email))(?: if (?:it's|this is|it is|that's) (?:not (?:helpful|useful|relevant)|off|wrong|silly|irrelevant)| if (?:you (?:disagree|don't (?:agree|like it))|i'm wrong))|(?:i )?(?:don't|do not) know if (?:this|that|it) (?:helps|is (?:helpful|useful|right))|i (?:could|may|might) be (?:completely |totally |way )?(?:wrong|mistaken|off)(?: here| about this)?|i(?:'m| am) (?:probably|maybe) wrong(?: (?:here|about this))?|take (?:this|it) with a grain of salt|hopefully (?:that|this|it|all (?:of )?this) (?:all )?makes (?:some |any )?sense|for what it's worth|fwiw)";
const START = new RegExp(`^(?<lead>\\W*(?:(?:and|but|also|ok|okay|so|well|sorry),?\\s+)*)(?<doubt>${DOUBT}(?:,?\\s*(?:and\\s+)?${DOUBT})*)\\s*(?:(?:,|;|:|—|–|-|\\.\\.\\.)\\s*(?:but)?,?\\s*|\\s+but,?\\s+)(?<body>\\S.*)$`);
const END = new RegExp(`^(?<head>.*?\\S)\\s*(?:[,;—–-]|\\.\\.\\.)\\s*(?:but |though |and )?(?<doubt>${DOUBT})(?<body>\\s*[.!?…]*\\s*)$`);
/** A disclaimer that is the whole sentence: "Just a thought." / "I'm probably overthinking this." */
const ALONE = new RegExp(`^(?<lead>\\W*)(?<doubt>${DOUBT})(?<body>\\s*[.!…]*\\s*)$`);

export const selfDoubt: CompiledMatcher = {
  groups: ['head', 'body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['expert', 'experts', 'specialist', 'specialists', 'authority', 'pro', 'overthinking', 'missing', 'off', 'sure', 'idea', 'thought', 'suggestion', 'nothing', 'irrelevant', 'obvious', 'wrong', 'cents', 'ignore', 'disregard', 'know', 'salt', 'worth', 'fwiw', 'sense'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    const m = START.exec(lower) ?? END.exec(lower) ?? ALONE.exec(lower);
    if (!m) return [];
    const g = m.groups!;
    // "I'm no expert on tax, so I asked Sato-san": the disclaimer is a reason to defer, not a hedge.
    if (/^(?:so|which is why|that's why|hence|therefore)\b/.test(g.body)) return [];
    // A doubt about a specific, checkable fact with a way to resolve it is information.
    if (REAL_UNCERTAINTY.test(g.body) && !/[?]\s*$/.test(lower)) return [];
    const groups: RawMatch['groups'] = {};
    if (g.head !== undefined) groups.head = { start: 0, end: g.head.length };
    const bodyAt = lower.length - g.body.length;
    groups.body = { start: bodyAt, end: lower.length };
    const start = g.lead?.length ?? 0;
    if (m.index === undefined) return [];
    // Alone, the disclaimer itself is the span; otherwise the sentence (its rewrite drops it).
    if (g.head === undefined && !/\S/.test(g.body.replace(/[.!…]/g, ''))) {
      return [{ start, end: lower.length, groups: {} }];
    }
    return [{ start, end: lower.length, groups }];
  },
};
