/**
 * Self-undermining: doubts about one's own expertise, idea or message put in front of (or after)
 * the point - "I'm not an expert on this, but", "this is probably a silly idea", "I'm not sure if
 * this makes sense, but", "I'm probably overthinking this, but", "just a thought", "feel free to
 * ignore this", "not sure if this is helpful", "my two cents". A results-first reader takes the
 * writer at their word and discounts the point.
 *
 * Judged in context: a doubt about a specific fact that says what is unknown ("I may be wrong
 * about the date - can you confirm?") is information (the lexicon's REAL_UNCERTAINTY); the same words
 * about someone else ("she's no expert") or about a past event ("I was wrong about the date")
 * are not self-undermining.
 *
 * Groups: `head` and `body`: the sentence before and after the disclaimer, so "{{head}}{{body}}"
 * (or "{{body}}") is the sentence without it.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';
import { REAL_UNCERTAINTY } from '../lexicon';

const DOUBT =
  "(?:(?:i(?:'m| am)|we(?:'re| are)) (?:definitely |certainly |by no means |really )?(?:no|not an?|not the) (?:expert|experts|specialist|specialists|authority|pro)(?: (?:on|in|at) [^,.;:—–]+| here)?|(?:i(?:'m| am)|we(?:'re| are)) (?:probably |possibly |maybe )?(?:overthinking (?:this|it)|missing something(?: (?:obvious|here))?|(?:way )?off (?:base|the mark) here)|(?:i(?:'m| am) )?not sure (?:if|whether) (?:this|that|it|any of this|my (?:idea|point|question)) (?:makes (?:any )?sense|is (?:helpful|useful|relevant|right|a good idea|worth (?:anything|mentioning|raising)|stupid|silly|dumb))|(?:this|it|that)(?: is| might be| may be| could be|'s) (?:probably |maybe |just )?(?:a |an )?(?:silly|stupid|dumb|crazy|naive|bad|wild|half-baked|terrible) (?:idea|thought|suggestion|point)|(?:this|it|that)(?: is|'s) (?:probably|likely|maybe) (?:nothing|irrelevant|obvious|wrong|not important|not helpful)|not to (?:overstep|be (?:pushy|difficult|a pain|negative|that person|the bearer of bad news))|i (?:don't|do not) want to (?:overstep|step on (?:anyone's|any|your) toes|be (?:pushy|difficult|a pain|negative|that person))|(?:maybe|perhaps) it's (?:just )?me|i(?:'m| am) not (?:100%|a hundred percent|completely|entirely|totally) sure|(?:does|did) (?:this|that|any of this|it all|all of this) make (?:any )?sense(?: so far| to you| at all)?|(?:(?:this is |it's )?just|only) (?:a|my) (?:thought|idea|suggestion|two cents|2 cents|opinion|view)|(?:just )?my (?:two|2) cents(?: (?:worth|here))?|(?:please |feel free to |you can |free to )?(?:ignore|disregard) (?:me|this|my (?:idea|suggestion|comment|email))(?: if (?:it's|this is|it is|that's) (?:not (?:helpful|useful|relevant)|off|wrong|silly|irrelevant)| if (?:you (?:disagree|don't (?:agree|like it))|i'm wrong))|(?:i )?(?:don't|do not) know if (?:this|that|it) (?:helps|is (?:helpful|useful|right))|i (?:could|may|might) be (?:completely |totally |way )?(?:wrong|mistaken|off)(?: here| about this)?|i(?:'m| am) (?:probably|maybe) wrong(?: (?:here|about this))?|take (?:this|it) with a grain of salt|hopefully (?:that|this|it|all (?:of )?this) (?:all )?makes (?:some |any )?sense|for what it's worth|fwiw)";
/** One compiled copy of the disclaimer alternation (a large regex costs milliseconds to compile). */
const DOUBT_RE = new RegExp(DOUBT, 'g');
const LEAD = /^\W*(?:(?:and|but|also|ok|okay|so|well|sorry),?\s+)*/;
/** Between a disclaimer and the point: "... , but", "...:", "... but". */
const SEP = /^\s*(?:(?:,|;|:|—|–|-|\.\.\.)\s*(?:but)?,?\s*|\s+but,?\s+)(?=\S)/;
/** Between two stacked disclaimers: "I could be wrong, and this is probably a silly idea". */
const STACK = /^,?\s*(?:and\s+)?/;
/** Before a disclaimer at the end: "We could use the staging server, just my two cents." */
const BEFORE_END = /(?:[,;—–-]|\.\.\.)\s*(?:but |though |and )?$/;

/** The disclaimer that starts at `at`, or null. */
function doubtAt(lower: string, at: number): RegExpExecArray | null {
  DOUBT_RE.lastIndex = at;
  const m = DOUBT_RE.exec(lower);
  return m && m.index === at ? m : null;
}

interface Split {
  lead: number;
  head?: string;
  body: string;
}

/** Find the disclaimer: at the start (possibly stacked), at the end, or as the whole sentence. */
function split(lower: string): Split | null {
  const lead = LEAD.exec(lower)![0].length;
  let m = doubtAt(lower, lead);
  if (m) {
    let end = m.index + m[0].length;
    for (;;) {
      const stack = STACK.exec(lower.slice(end))![0].length;
      const next = doubtAt(lower, end + stack);
      if (!next || next[0].length === 0) break;
      end = next.index + next[0].length;
    }
    const rest = lower.slice(end);
    const sep = SEP.exec(rest);
    if (sep) return { lead, body: rest.slice(sep[0].length) };
    if (/^\s*[.!?…]*\s*$/.test(rest)) return { lead, body: rest };
  }
  DOUBT_RE.lastIndex = 0;
  while ((m = DOUBT_RE.exec(lower))) {
    const tail = lower.slice(m.index + m[0].length);
    const before = lower.slice(0, m.index);
    if (/^\s*[.!?…]*\s*$/.test(tail) && BEFORE_END.test(before)) {
      const head = before.replace(/\s*(?:[,;—–-]|\.\.\.)\s*(?:but |though |and )?$/, '');
      if (/\S/.test(head)) return { lead: 0, head, body: tail };
    }
    if (m[0].length === 0) DOUBT_RE.lastIndex++;
  }
  return null;
}

export const selfDoubt: CompiledMatcher = {
  groups: ['head', 'body'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['expert', 'experts', 'specialist', 'specialists', 'authority', 'pro', 'overthinking', 'missing', 'off', 'sure', 'idea', 'thought', 'suggestion', 'nothing', 'irrelevant', 'obvious', 'wrong', 'cents', 'ignore', 'disregard', 'know', 'salt', 'worth', 'fwiw', 'sense', 'overstep', 'toes', 'me', 'pushy', 'difficult', 'pain', 'negative', 'person'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    const g = split(lower);
    if (!g) return [];
    // "I'm no expert on tax, so I asked Sato-san": the disclaimer is a reason to defer, not a hedge.
    if (/^(?:so|which is why|that's why|hence|therefore)\b/.test(g.body)) return [];
    // A doubt about a specific, checkable fact with a way to resolve it is information.
    if (REAL_UNCERTAINTY.test(g.body) && !/[?]\s*$/.test(lower)) return [];
    const groups: RawMatch['groups'] = {};
    if (g.head !== undefined) groups.head = { start: 0, end: g.head.length };
    const bodyAt = lower.length - g.body.length;
    groups.body = { start: bodyAt, end: lower.length };
    const start = g.lead;
    // Alone, the disclaimer itself is the span; otherwise the sentence (its rewrite drops it).
    if (g.head === undefined && !/\S/.test(g.body.replace(/[.!?…]/g, ''))) {
      return [{ start, end: lower.length, groups: {} }];
    }
    return [{ start, end: lower.length, groups }];
  },
};
