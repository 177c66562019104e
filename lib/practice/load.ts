/**
 * Read an assignment or a course from YAML or JSON text, the way packs are read: parse with
 * positions, validate with zod, and report every problem as `file:line:col path: message`.
 * Inline packs are compiled too, so a bad pattern inside an assignment is caught on import.
 * Nothing here throws for bad input.
 */
import { compilePack, PackCompileError, type CompiledPack } from '../packs/compile';
import { parsePackSource, zodErrorsAt, type PackError } from '../packs/load';
import type { Pack } from '../packs/schema';
import { Assignment, Course, type PracticeFile } from './schema';

export type PracticeError = PackError;
export { formatPackError as formatPracticeError } from '../packs/load';

export type PracticeLoadResult = ({ ok: true; errors: [] } & PracticeFile) | { ok: false; errors: PracticeError[] };

/** Load a file that holds either one assignment or a course (a mapping with `assignments`). */
export function loadPractice(source: string, file = '<assignment>'): PracticeLoadResult {
  const parsed = parsePackSource(source, file);
  if (!parsed.ok) return parsed;
  const { value, doc, lines } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: 'expected an assignment (id, title, scenario, draft, goals, ...) or a course (id, title, assignments)' }] };
  }
  const isCourse = 'assignments' in value;
  const result = isCourse ? Course.safeParse(value) : Assignment.safeParse(value);
  if (!result.success) return { ok: false, errors: zodErrorsAt(result.error.issues, doc, lines, file) };

  const assignments = isCourse ? (result.data as Course).assignments : [result.data as Assignment];
  const compileIssues = assignments.flatMap((a, i) =>
    inlinePackIssues(a).map((issue) => ({
      code: 'custom' as const,
      input: undefined,
      message: issue.message,
      path: [...(isCourse ? ['assignments', i] : []), ...issue.path],
    })),
  );
  if (compileIssues.length) return { ok: false, errors: zodErrorsAt(compileIssues, doc, lines, file) };

  return isCourse
    ? { ok: true, errors: [], type: 'course', course: result.data as Course }
    : { ok: true, errors: [], type: 'assignment', assignment: result.data as Assignment };
}

/** Problems a schema cannot see in inline packs (bad patterns, templates), with their paths. */
function inlinePackIssues(assignment: Assignment): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  (assignment.packs ?? []).forEach((p, i) => {
    if (typeof p === 'string') return;
    try {
      compilePack(p);
    } catch (e) {
      if (!(e instanceof PackCompileError)) throw e;
      for (const issue of e.issues) issues.push({ path: ['packs', i, ...issue.path], message: issue.message });
    }
  });
  return issues;
}

const compiledInline = new WeakMap<Pack, CompiledPack>();

/**
 * The packs an assignment is checked with: the given ones (built-in and installed) plus its
 * inline packs. Ids it names that are not available are returned as `missing`.
 */
export function packsForAssignment(
  assignment: Pick<Assignment, 'packs'>,
  available: readonly CompiledPack[],
): { packs: CompiledPack[]; missing: string[] } {
  const packs = [...available];
  const missing: string[] = [];
  for (const p of assignment.packs ?? []) {
    if (typeof p === 'string') {
      if (!available.some((a) => a.id === p)) missing.push(p);
      continue;
    }
    let compiled = compiledInline.get(p);
    if (!compiled) {
      compiled = compilePack(p);
      compiledInline.set(p, compiled);
    }
    packs.push(compiled);
  }
  return { packs, missing };
}
