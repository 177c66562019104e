/**
 * Practice assignments and courses, as zod schemas. Like a pack, an assignment is data a coach
 * writes in YAML or JSON: a scenario, a draft to rewrite, the goals the rewrite must meet, hints
 * and a model answer. A course is an ordered list of assignments in one file. Every object is
 * strict, so a misspelt field is an error (with its line and column) instead of a silent no-op.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../engine/types';
import { Pack } from '../packs/schema';

export const PRACTICE_LIMITS = {
  scenario: 4000,
  draft: 10_000,
  hint: 1000,
  hints: 10,
  goals: 12,
  phrases: 50,
  phrase: 200,
  assignmentsPerCourse: 50,
} as const;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and hyphens');
const phrase = z.string().trim().min(1).max(PRACTICE_LIMITS.phrase);
const phrases = z.array(phrase).min(1).max(PRACTICE_LIMITS.phrases);
/** What the learner sees instead of the generated description of a goal. */
const label = z.string().min(1).max(200).optional().describe('How the goal reads to the learner (optional).');

export const MaxFrictionGoal = z
  .object({
    kind: z.literal('max-friction'),
    max: z.number().int().min(0).max(100).describe('Friction (0-100) at most this.'),
    label,
  })
  .strict();

export const NoFindingsGoal = z
  .object({
    kind: z.literal('no-findings'),
    atOrAbove: z.enum(SEVERITIES).optional().describe('Only findings at or above this severity count (default: any).'),
    categories: z.array(z.enum(CATEGORIES)).min(1).optional().describe('Only findings in these categories count (default: any).'),
    label,
  })
  .strict();

export const AskGoal = z
  .object({
    kind: z.literal('ask'),
    action: phrases
      .optional()
      .describe('The action asked for, as verbs in any form ("send", "confirm") or nouns ("sign-off"); any one counts.'),
    when: phrases
      .optional()
      .describe('Words the date or time must contain ("Friday"); without it, any date or time expression counts.'),
    label,
  })
  .strict()
  .describe('The rewrite still asks for something: a request with a named action and a date or time.');

export const MaxWordsGoal = z
  .object({
    kind: z.literal('max-words'),
    max: z.number().int().min(1).max(5000),
    label,
  })
  .strict();

export const MustMentionGoal = z
  .object({
    kind: z.literal('must-mention'),
    phrases: z
      .array(z.union([phrase, phrases]))
      .min(1)
      .max(PRACTICE_LIMITS.phrases)
      .describe('Each item must appear; an item that is a list is met by any one of its phrases.'),
    label,
  })
  .strict();

export const MustNotMentionGoal = z
  .object({
    kind: z.literal('must-not-mention'),
    phrases,
    label,
  })
  .strict();

export const Goal = z.discriminatedUnion('kind', [
  MaxFrictionGoal,
  NoFindingsGoal,
  AskGoal,
  MaxWordsGoal,
  MustMentionGoal,
  MustNotMentionGoal,
]);
export type Goal = z.infer<typeof Goal>;
export type GoalKind = Goal['kind'];
export const GOAL_KINDS = Goal.options.map((o) => o.shape.kind.value) as GoalKind[];

/** Kinds of situation an assignment practises (free-form slugs; these are the usual ones). */
export const SITUATIONS = [
  'announcing-a-decision',
  'declining-a-proposal',
  'pushing-back-on-a-deadline',
  'giving-critical-feedback',
  'escalating-a-problem',
  'asking-for-a-fast-turnaround',
  'disagreeing-in-a-meeting',
  'following-up',
  'apologising',
  'other',
] as const;

export const Assignment = z
  .object({
    $schema: z.string().optional(),
    id: slug,
    title: z.string().min(1).max(200),
    author: z.string().min(1).max(200),
    situation: slug.optional().describe(`What the assignment practises, e.g. ${SITUATIONS.slice(0, 3).join(', ')}.`),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language code like en').default('en'),
    audience: z.string().regex(/^[a-z][a-z-]*$/).default('consensus').describe('The audience the draft is checked for.'),
    scenario: z.string().trim().min(1).max(PRACTICE_LIMITS.scenario).describe('Who writes to whom, and why.'),
    draft: z.string().trim().min(1).max(PRACTICE_LIMITS.draft).describe('The draft the learner rewrites.'),
    packs: z
      .array(z.union([z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'a pack id (scope/name)'), Pack]))
      .max(5)
      .optional()
      .describe('Extra packs beyond the built-in ones: ids of installed packs, or whole packs inline.'),
    goals: z.array(Goal).min(1).max(PRACTICE_LIMITS.goals),
    hints: z.array(z.string().trim().min(1).max(PRACTICE_LIMITS.hint)).max(PRACTICE_LIMITS.hints).default([]),
    modelAnswer: z.string().trim().min(1).max(PRACTICE_LIMITS.draft).optional().describe('Shown after the first submission.'),
  })
  .strict();
export type Assignment = z.infer<typeof Assignment>;

export const Course = z
  .object({
    $schema: z.string().optional(),
    id: slug,
    title: z.string().min(1).max(200),
    author: z.string().min(1).max(200),
    description: z.string().min(1).max(PRACTICE_LIMITS.scenario).optional(),
    assignments: z.array(Assignment).min(1).max(PRACTICE_LIMITS.assignmentsPerCourse),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Map<string, number>();
    c.assignments.forEach((a, i) => {
      const first = seen.get(a.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['assignments', i, 'id'], message: `duplicate assignment id "${a.id}" (first at assignments[${first}])` });
      } else seen.set(a.id, i);
    });
  });
export type Course = z.infer<typeof Course>;

/** What one file, link or paste holds. */
export type PracticeFile = { type: 'assignment'; assignment: Assignment } | { type: 'course'; course: Course };
