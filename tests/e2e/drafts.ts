/**
 * Drafts for the E2E suite, made from the built-in packs' own examples (so the suite follows the
 * packs as they change), and the engine's verdict on them computed here in Node.
 */
import { analyze } from '../../lib/engine';
import { applySuggestion } from '../../lib/engine/apply';
import type { Finding } from '../../lib/engine/types';
import { groupFindings } from '../../lib/highlight/focus';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { learnedFromDisk } from '../../lib/cli/learned';

export const AUDIENCE = 'consensus';
export const packs = loadBuiltinPacks();
/** The extension judges with the learned layer too: the suite's expectations must as well. */
export const learned = learnedFromDisk(AUDIENCE);

export function check(text: string): Finding[] {
  return analyze(text, { packs, audience: AUDIENCE, learned }).findings;
}

import { NEUTRAL } from './neutral';

export { NEUTRAL };

export const QUOTE_HEADER = 'On Tue, 4 Mar 2025 at 09:12, Kenji Sato <kenji@example.jp> wrote:';

export interface FixCase {
  rule: string;
  /** The flagged sentence, and what it reads after the suggestion. */
  before: string;
  after: string;
  /** Text of the finding and the suggestion that turns `before` into `after`. */
  findingText: string;
  /** What is underlined for it (the words its suggestion changes; with overlapping findings, their union). */
  paintedText: string;
  suggestion: string;
}

/** The underlined text of the mark that opens `finding` in `text`. */
export function paintedTextOf(text: string, finding: Finding): string | null {
  const g = groupFindings(check(text)).groups.find((g) => g.findings.some((f) => f.rule === finding.rule && f.start === finding.start));
  return g ? text.slice(g.start, g.end) : null;
}

/** Every `fix` example of the built-in packs whose suggestion applies cleanly to a span. */
export function fixCases(): FixCase[] {
  const cases: FixCase[] = [];
  for (const pack of packs) {
    if (pack.audience !== AUDIENCE) continue;
    for (const rule of pack.rules) {
      // Rules the learned layer may silence depend on the draft around them: the suites use the
      // rules that always stand, so their expectations hold in any draft.
      if (learned?.mayDrop(pack.id, rule.id)) continue;
      for (const { before, after } of rule.definition.examples.fix ?? []) {
        const finding = check(before).find((f) => f.rule === rule.id && f.scope !== 'draft');
        const suggestion = finding?.suggestions.find((s) => applySuggestion(before, finding, s) === after);
        const paintedText = finding && paintedTextOf(before, finding);
        // The learned layer reads a sentence in its draft: keep the cases it still flags between
        // the neutral sentences the suites put around them.
        const inDraft = [
          [NEUTRAL[0], before, NEUTRAL[1]],
          [NEUTRAL[0], before],
        ].every((lines) => {
          const found = check(lines.join('\n'));
          // One finding in its sentence, with the same suggestion (no sentence shared with another finding).
          return found.filter((f) => f.scope !== 'draft').length === 1 && found.some((f) => f.rule === rule.id && f.suggestions.includes(suggestion ?? ''));
        });
        if (finding && suggestion && paintedText && inDraft) cases.push({ rule: rule.id, before, after, findingText: finding.text, paintedText, suggestion });
      }
    }
  }
  return cases;
}

/** Sentences some rule flags (the packs' `flag` examples). */
export function flaggedSentences(): string[] {
  return packs
    .filter((p) => p.audience === AUDIENCE)
    .flatMap((p) => p.rules.filter((r) => !learned?.mayDrop(p.id, r.id)).flatMap((r) => r.definition.examples.flag))
    .filter((s) => check(s).some((f) => f.scope !== 'draft') && check([NEUTRAL[0], s, NEUTRAL[1]].join('\n')).some((f) => f.scope !== 'draft'));
}

/** A seeded PRNG (mulberry32), so that a failing random draft can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}
