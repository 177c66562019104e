/**
 * The rule-pack format, as a zod schema. A pack is data, never code: YAML or JSON that a team
 * can write, lint, test and share. Every object is strict: an unknown field is an error, so a
 * typo cannot silently disable a rule. `nemawashi pack schema` prints the JSON Schema of this.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../engine/types';
import { DETECTOR_NAMES } from '../engine/detectors/names';

export const LIMITS = {
  packBytes: 1_000_000,
  rules: 1000,
  phrasesPerRule: 500,
  phraseLength: 200,
  patternLength: 500,
  textLength: 2000,
  /** A rule's message is one line. */
  messageLength: 300,
  /** A reader's name, as pickers show it. */
  readerLabelLength: 80,
  examplesPerKind: 100,
  /** One example sentence (flag, pass, fix before/after). */
  exampleLength: 1000,
  /** All example text of a pack together: running them is what installing a pack costs. */
  exampleChars: 250_000,
} as const;

const semver =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function localized(max: number) {
  return z.union([
    z.string().min(1).max(max),
    z.object({ en: z.string().min(1).max(max) }).catchall(z.string().min(1).max(max)),
  ]);
}

/** Plain text, or the same text per language (`{en: ..., ja: ...}`); `en` is required. */
export const LocalizedText = localized(LIMITS.textLength);
/** The same, for one line (a rule's message). */
export const LocalizedLine = localized(LIMITS.messageLength);
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Who the pack writes for, as the interface names that reader (pickers, the welcome page). Optional:
 * without it the reader is named after the audience id ("finance-review" -> "Finance review").
 */
export const Reader = z
  .object({
    label: localized(LIMITS.readerLabelLength).describe('The reader as pickers name it, e.g. "Consensus-oriented (e.g. a Japanese team)".'),
    short: localized(LIMITS.readerLabelLength).optional().describe('A shorter name for tight places, e.g. "Consensus-oriented" (default: the label).'),
    description: LocalizedLine.optional().describe('One line: what the pack does for this reader.'),
  })
  .strict();
export type Reader = z.infer<typeof Reader>;

const phrases = z
  .array(z.string().trim().min(1).max(LIMITS.phraseLength))
  .min(1)
  .max(LIMITS.phrasesPerRule)
  .describe('Literal phrases, matched case-insensitively on word boundaries.');
const pattern = z
  .string()
  .min(1)
  .max(LIMITS.patternLength)
  .describe('A compromise match pattern, e.g. "you (need|have) to [<action>#Verb]".');
const regex = z
  .string()
  .min(1)
  .max(LIMITS.patternLength)
  .describe('A regular expression (RE2 syntax: linear time, no backreferences or lookaround).');

/** Exactly one matcher kind per rule. */
export const Matcher = z
  .object({
    phrases: phrases.optional(),
    pattern: pattern.optional(),
    regex: regex.optional(),
    detector: z.enum(DETECTOR_NAMES).optional().describe('A built-in NLP detector.'),
    caseSensitive: z.boolean().optional().describe('Match case exactly (default: ignore case).'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const kinds = (['phrases', 'pattern', 'regex', 'detector'] as const).filter((k) => m[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? 'needs one of phrases, pattern, regex or detector'
            : `has ${kinds.join(' and ')}: use exactly one matcher per rule`,
      });
    }
  });
export type Matcher = z.infer<typeof Matcher>;

/** An exception: when the sentence around a match matches it, the match is not reported. */
export const Exception = z
  .object({
    phrases: phrases.optional(),
    pattern: pattern.optional(),
    regex: regex.optional(),
    question: z.literal(true).optional().describe('The sentence is a question.'),
    softened: z.literal(true).optional().describe('The sentence already carries a softener (please, could you, ...).'),
    caseSensitive: z.boolean().optional(),
    where: z
      .enum(['sentence', 'before', 'after', 'match'])
      .optional()
      .describe('Which text to test: the whole sentence (default), the text before or after the match in its sentence, or the match itself.'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const kinds = (['phrases', 'pattern', 'regex', 'question', 'softened'] as const).filter((k) => m[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'an exception needs exactly one of phrases, pattern, regex, question, softened' });
    }
  });
export type Exception = z.infer<typeof Exception>;

const example = z.string().min(1).max(LIMITS.exampleLength);
export const FixExample = z.object({ before: example, after: example }).strict();

export const Examples = z
  .object({
    flag: z.array(example).min(1).max(LIMITS.examplesPerKind).describe('Sentences the rule must flag.'),
    pass: z.array(example).min(1).max(LIMITS.examplesPerKind).describe('Sentences the rule must not flag.'),
    fix: z
      .array(FixExample)
      .max(LIMITS.examplesPerKind)
      .optional()
      .describe('Applying one of the suggestions to `before` gives `after`.'),
  })
  .strict();

export const RuleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and hyphens');

export const Rule = z
  .object({
    id: RuleId,
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    match: Matcher,
    unless: z.array(Exception).max(50).optional(),
    scope: z
      .enum(['span', 'sentence'])
      .optional()
      .describe('Report the matched span (default) or the whole sentence.'),
    certain: z
      .boolean()
      .optional()
      .describe('The rule is sure of itself: the learned layer never drops its finding, even where it reads the sentence as fine.'),
    message: LocalizedLine.describe('One line: what may land badly.'),
    why: LocalizedText.describe('How it may land with this audience.'),
    source: z.string().min(1).max(LIMITS.textLength).optional().describe('Where the advice comes from.'),
    suggest: z
      .array(z.string().min(1).max(LIMITS.textLength))
      .max(3)
      .optional()
      .describe('Replacement templates: {{match}}, {{rest}}, named captures, filters like {{action|infinitive}}.'),
    examples: Examples,
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const Pack = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'scope/name, lowercase'),
    version: z.string().regex(semver, 'a semantic version like 1.2.0'),
    name: z.string().min(1).max(200),
    description: z.string().min(1).max(LIMITS.textLength),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code like en'),
    audience: z.string().regex(/^[a-z][a-z-]*$/).describe('The audience the pack judges for, e.g. consensus.'),
    reader: Reader.optional().describe("How the interface names the pack's audience (label, short name, description), per language."),
    license: z.string().min(1).max(200),
    author: z.string().max(200).optional(),
    homepage: z.string().url().max(500).optional(),
    rules: z.array(Rule).min(1).max(LIMITS.rules),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.rules.forEach((r, i) => {
      const first = seen.get(r.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}" (first at rules[${first}])` });
      } else seen.set(r.id, i);
    });
    let chars = 0;
    for (const [i, r] of p.rules.entries()) {
      const e = r.examples;
      for (const t of [...e.flag, ...e.pass, ...(e.fix ?? []).flatMap((f) => [f.before, f.after])]) chars += t.length;
      if (chars > LIMITS.exampleChars) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'examples'],
          message: `the pack's examples pass ${LIMITS.exampleChars.toLocaleString('en')} characters in all: keep examples short`,
        });
        break;
      }
    }
  });
export type Pack = z.infer<typeof Pack>;

export function packJsonSchema(): unknown {
  return z.toJSONSchema(Pack, { unrepresentable: 'any', io: 'input' });
}
