/**
 * Issue 10: a fuzz suite. Random schema-valid packs (adversarial regexes and compromise patterns
 * with regex tokens among them) and random drafts (long runs without spaces, runs of . @ - and
 * quotation marks, huge links) go through lint, test, check and install: nothing throws, and
 * every answer is well formed. Budgets are not clocked here (shared machines); the adversarial
 * inputs are sized so that a quadratic or exponential path would blow through the test timeout,
 * and scripts/bench-hostile.ts prints the times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { maskNonAuthored } from '../../lib/engine/mask';
import { splitSentences } from '../../lib/engine/sentences';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { runExamples } from '../../lib/packs/examples';
import { loadPack } from '../../lib/packs/load';
import { checkPack } from '../../lib/storage/install';

const builtins = loadBuiltinPacks();

// ---- drafts ----

const run = (unit: string, min = 1000, max = 40_000) => fc.integer({ min, max }).map((n) => unit.repeat(Math.ceil(n / unit.length)));
const adversarialRun = fc.oneof(
  run('a'),
  run('.'),
  run('@'),
  run('-'),
  run('a.'),
  run('a@'),
  run('a@a.'),
  run('“'),
  run('"a'),
  run('`a'),
  run('{{'),
  run('e.g.'),
  run('Dr.'),
  fc.integer({ min: 1000, max: 60_000 }).map((n) => `See https://example.com/${'a/'.repeat(n / 2)} thanks.`),
  fc.integer({ min: 1, max: 60 }).map((n) => `On ${'x'.repeat(290)}\n${'y'.repeat(190)}\n`.repeat(n)),
);
const piece = fc.constantFrom(
  'You need to send the report by Friday. ',
  'Send me the numbers now! ',
  '> quoted\n',
  '"a quote" ',
  'mail me at aiko@example.jp ',
  'https://example.com/x?y=1 ',
  '😀 ',
  '了解です。',
  '\n',
  ' ',
);
const draft = fc.oneof(
  adversarialRun,
  fc.tuple(fc.array(piece, { maxLength: 30 }), adversarialRun, fc.array(piece, { maxLength: 30 })).map(([a, b, c]) => a.join('') + b + c.join('')),
  fc.string({ unit: 'binary', maxLength: 2000 }),
);

function wellFormed(text: string, findings: { start: number; end: number; text: string }[]): void {
  for (const f of findings) {
    expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('drafts an attacker (or a paste) can make', () => {
  it('mask and split keep offsets on adversarial runs', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const masked = maskNonAuthored(text);
        expect(masked.text.length).toBe(text.length);
        let last = 0;
        for (const s of splitSentences(masked.text)) {
          expect(s.start >= last && s.start < s.end && s.end <= text.length).toBe(true);
          last = s.end;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('check never throws and gives well-formed findings', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const r = analyze(text, { packs: builtins, audience: 'consensus' });
        wellFormed(text, r.findings);
        expect(r.friction).toBeGreaterThanOrEqual(0);
        expect(r.friction).toBeLessThanOrEqual(100);
      }),
      { numRuns: 25 },
    );
  });
});

// ---- packs ----

/** Regexes that hang a backtracking engine, and a few ordinary ones. */
const hostileRegex = fc.oneof(
  // RE2 runs these in linear time (a backtracking engine hangs on most of them) ...
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '(a+)+b',
      '(x+x+)+y',
      '^(.|.|.|.)*[0-9]$',
      '(a|a)*b',
      '(.*a){12}',
      'a*a*a*a*a*a*a*a*a*a*b',
      '(\\w+\\s?)+$',
      '(send|mail)\\s+(?P<what>\\w+)',
      '\\bnow\\b',
    ),
  },
  // ... and refuses these (lint names them).
  { weight: 1, arbitrary: fc.constantFrom('(?<=a)b', '(a)\\1', '', 'x{1,1000}{1,1000}', '(?P<__proto__>a)') },
);
const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'y', ' ', '.', '@', '1'), minLength: 1, maxLength: 60 });
const example = fc.oneof(letters, fc.constantFrom('send it now', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', 'internationalization', 'x'.repeat(500)));

const matcher = fc.oneof(
  hostileRegex.map((regex) => ({ regex })),
  hostileRegex.map((r) => ({ pattern: `/${r}/ #Noun?` })),
  hostileRegex.map((r) => ({ pattern: `(please|/${r}/) send` })),
  fc.constantFrom({ phrases: ['send it'] }, { pattern: 'you (need|have) to [<action>#Verb]' }, { detector: 'imperative-opener' }),
);
const exception = fc.oneof(
  hostileRegex.map((regex) => ({ regex })),
  hostileRegex.map((r) => ({ pattern: `/${r}/` })),
  fc.constant({ question: true as const }),
);
const rule = fc.record({
  // (the id is set per position below)
  id: fc.constantFrom('r'),
  category: fc.constantFrom('imposition', 'pressure', 'bluntness'),
  severity: fc.constantFrom('info', 'suggestion', 'warning'),
  match: matcher,
  unless: fc.option(fc.array(exception, { maxLength: 2 }), { nil: undefined }),
  message: fc.constantFrom('m', '\u001b[31mred', '{{match}}'),
  why: fc.constant('w'),
  suggest: fc.option(
    fc.array(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom('Could you {{match}}?', '{{rest}}', 'Please {{match|lower}}{{rest}}') }, { weight: 1, arbitrary: fc.constantFrom('{{__proto__}}', '{{constructor}}', '{{{{match}}') }),
      { maxLength: 3 },
    ),
    { nil: undefined },
  ),
  examples: fc.record({ flag: fc.array(example, { minLength: 1, maxLength: 3 }), pass: fc.array(example, { minLength: 1, maxLength: 3 }) }),
});
const pack = fc.array(rule, { minLength: 1, maxLength: 3 }).map((rules) => ({
  id: 'fuzz/pack',
  version: '1.0.0',
  name: 'Fuzz',
  description: 'random',
  language: 'en',
  audience: 'consensus',
  license: 'MIT',
  rules: rules.map((r, i) => ({ ...r, id: `r${i}` })),
}));
const clean = <T,>(v: T): T => JSON.parse(JSON.stringify(v));

describe('packs an attacker can write', () => {
  it('lint, test, check and install never throw; lint refuses with errors, never an exception', () => {
    let accepted = 0;
    fc.assert(
      fc.property(pack, fc.array(example, { maxLength: 3 }), (p, drafts) => {
        const source = JSON.stringify(clean(p));
        const loaded = loadPack(source, 'fuzz.json');
        if (!loaded.ok) {
          expect(loaded.errors.length).toBeGreaterThan(0);
          for (const e of loaded.errors) expect(e.message).toBeTruthy();
        } else {
          accepted++;
          const report = runExamples(loaded.pack);
          expect(report.passed + report.failures.length).toBeGreaterThan(0);
          for (const d of drafts) wellFormed(d, analyze(d, { packs: [loaded.pack] }).findings);
        }
        const installed = checkPack(source, 'fuzz.json');
        expect(typeof installed.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
    // The generator must reach test, check and install, not only lint's refusals.
    expect(accepted).toBeGreaterThan(5);
  });
});
