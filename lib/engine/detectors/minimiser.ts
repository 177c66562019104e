/**
 * Minimisers: words that shrink the writer's own request or news before the reader weighs it -
 * "just" in front of the writer's act ("I was just wondering", "I'm just checking whether"),
 * "quick question", "a small favour", "just one more thing", "a bit stuck", "a bit of a
 * problem". A results-first reader takes the size at face value: the question is skippable, the
 * delay is minor.
 *
 * Judged in context: "just" meaning recently or exactly ("I just finished", "just in time", "just
 * over 40%") is not a minimiser, nor is a size that is a fact ("a small change to the footer",
 * "a little over budget by 2%" - an exact figure gives the real size). "Just checking in" at the
 * start, "I just wanted", "a little concerned" and "slight delay" belong to existing rules.
 *
 * Groups: `kept` - the words that stay when the minimiser goes ("wondering", "a question", "behind
 * schedule"), so "{{kept}}" is the rewrite of the span.
 */
import type { SentenceContext } from '../context';
import type { CompiledMatcher, RawMatch } from '../matchers';

interface Shape {
  re: RegExp;
  /** Words one of which the sentence must hold for the shape to be tried. */
  needs: string[];
}
const SHAPES: Shape[] = [
  // I was just wondering / I'm just checking whether / we were just curious
  { needs: ['wondering', 'curious', 'checking', 'asking', 'following', 'circling', 'touching', 'reaching', 'pinging', 'nudging', 'bumping', 'double'], re: /\b(?:i|we)(?:'m| am|'re| are| was| were)? just (?<kept>wondering|curious|checking(?: in)?|asking|following up|circling back|touching base|reaching out|pinging(?: you)?|nudging|bumping this|double-checking)\b/g },
  // Quick question: ... / I have a quick question about / one small favour
  { needs: ['quick', 'small', 'tiny', 'little', 'teeny', 'brief', 'minor'], re: /\b(?:a |one |just a |just one |another |a few )?(?:quick|small|tiny|little|teeny|brief|minor|super quick|really quick|very quick) (?<kept>question|questions|favou?r|favou?rs|ask|request|thing|one)\b(?! (?:mark|bank|count))/g },
  // just one more thing / just a reminder ("Just a reminder" at the start belongs to an existing rule)
  { needs: ['thing', 'question', 'point', 'reminder', 'note', 'request', 'heads', 'follow'], re: /\bjust (?<kept>(?:one|a|another) (?:more|last|final)? ?(?:thing|question|point|reminder|note|request|heads-up|follow-up))\b/g },
  // a bit stuck / a little blocked ("a little behind", "slightly late" belong to an existing rule)
  { needs: ['off', 'short', 'stuck', 'blocked', 'confused', 'lost'], re: /\b(?:a (?:little|tiny|teeny)(?: bit)?|a bit|a tad|slightly|somewhat|kind of|sort of) (?<kept>off track|short (?:on|of)|stuck|blocked|confused by|lost on)\b/g },
  // a bit of a problem -> a problem
  { needs: ['bit'], re: /\ba (?:(?:little|tiny) )?bit of (?<kept>an? (?:problem|issue|concern|delay|blocker|risk|setback|mess|situation))\b/g },
];

/** An exact figure gives the real size: "a bit over budget (2%)", "slightly late, by 10 minutes". */
const EXACT = /\d/;

export const minimiser: CompiledMatcher = {
  groups: ['kept'],
  find(ctx: SentenceContext): RawMatch[] {
    const w = ctx.words;
    if (!['just', 'quick', 'small', 'tiny', 'little', 'teeny', 'brief', 'minor', 'bit', 'tad', 'slightly', 'somewhat', 'kind', 'sort'].some((x) => w.has(x))) return [];
    const lower = ctx.lower;
    const out: RawMatch[] = [];
    SHAPES.forEach((shape, i) => {
      if (!shape.needs.some((x) => w.has(x))) return;
      shape.re.lastIndex = 0;
      for (const m of lower.matchAll(shape.re)) {
        const kept = m.groups!.kept;
        if (i === 1) {
          // "a small thing/one" only as the writer's ask; "a quick question" only about asking.
          if (/^(?:thing|one)$/.test(kept) && !/\b(?:one more|another|just one|just a|one last|one small)\b/.test(m[0])) continue;
          // "the quick question of cost" / "answered a quick question" are about the question itself.
          if (/\b(?:answer\w*|asked|had|got|received|your|my|his|her|their)\s+(?:a |my |the )?$/.test(lower.slice(Math.max(0, m.index! - 16), m.index!))) continue;
        }
        if (i >= 3 && EXACT.test(lower)) continue;
        // "A quick question came up in the standup" tells of a question; it does not shrink one.
        if (i === 1 && /^\s+(?:came|comes|was|were|is|from|that (?:came|was))\b/.test(lower.slice(m.index! + m[0].length))) continue;
        let at = m.index! + m[0].lastIndexOf(kept);
        // "Quick question: who owns billing?" - the label goes, the question stays.
        const label = i === 1 ? /^\W*$/.test(lower.slice(0, m.index!)) && /^\s*[:,—–-]+\s*(\S.*)$/.exec(lower.slice(m.index! + m[0].length)) : null;
        if (label) {
          at = lower.length - label[1].length;
          out.push({ start: m.index!, end: lower.length, groups: { kept: { start: at, end: lower.length } } });
          continue;
        }
        // The span starts at the minimiser itself.
        const start =
          m.index! +
          (i === 0 ? m[0].indexOf('just') : i === 1 ? m[0].search(/\b(?:quick|small|tiny|little|teeny|brief|minor|super|really|very)\b/) : 0);
        out.push({ start, end: at + kept.length, groups: { kept: { start: at, end: at + kept.length } } });
      }
    });
    return out;
  },
};
