/**
 * The learner's practice data, local to this browser: the assignments and courses they imported,
 * every submitted attempt, and the rewrite in progress per assignment (so a reload loses
 * nothing). "Delete all history" removes attempts and work in progress; the imported assignments
 * stay until removed one by one.
 */
import { storage } from 'wxt/utils/storage';
import { loadBuiltinPacks } from '../packs/builtin';
import { compilePack, type CompiledPack } from '../packs/compile';
import { packsForAssignment } from '../practice/load';
import type { Attempt } from '../practice/report';
import type { Assignment, PracticeFile } from '../practice/schema';
import { canonicalJson } from '../packs/diff';
import { installedPacks } from './items';
import { watchPack } from '../engine/watchdog';
import { startWatchdog } from './watchdog';

export interface CourseEntry {
  id: string;
  title: string;
  author: string;
  description?: string;
  /** In course order. */
  assignmentIds: string[];
}

export interface PracticeLibrary {
  /** By id; importing an assignment with the same id replaces it (a newer version). */
  assignments: Record<string, Assignment & { importedAt: number }>;
  courses: CourseEntry[];
}

export interface WorkInProgress {
  text: string;
  hintsRevealed: number;
}

/** The most attempts kept; the oldest go first. */
export const MAX_ATTEMPTS = 2000;

export const practiceLibrary = storage.defineItem<PracticeLibrary>('local:practice.library', {
  fallback: { assignments: {}, courses: [] },
});
export const practiceAttempts = storage.defineItem<Attempt[]>('local:practice.attempts', { fallback: [] });
export const practiceWork = storage.defineItem<Record<string, WorkInProgress>>('local:practice.work', { fallback: {} });

export interface ImportPlan {
  /** What the file adds, in order. */
  assignments: { id: string; title: string; inlinePacks: number; inlineRules: number }[];
  course?: { id: string; title: string; author: string };
  /** Assignments whose id is taken by a different assignment already in the library. */
  conflicts: { id: string; existingTitle: string; title: string }[];
}

function assignmentsOf(file: PracticeFile): Assignment[] {
  return file.type === 'course' ? file.course.assignments : [file.assignment];
}

function sameAssignment(a: Assignment, b: Assignment): boolean {
  const { importedAt: _x, ...plainA } = a as Assignment & { importedAt?: number };
  const { importedAt: _y, ...plainB } = b as Assignment & { importedAt?: number };
  // Key order is not kept by browser storage (Chrome returns keys sorted): compare canonically.
  return canonicalJson(plainA) === canonicalJson(plainB);
}

/** What importing `file` would add, and which assignments it would replace: shown before asking. */
export function planImport(library: PracticeLibrary, file: PracticeFile): ImportPlan {
  const assignments = assignmentsOf(file);
  return {
    assignments: assignments.map((a) => {
      const inline = (a.packs ?? []).filter((p) => typeof p !== 'string');
      return { id: a.id, title: a.title, inlinePacks: inline.length, inlineRules: inline.reduce((n, p) => n + p.rules.length, 0) };
    }),
    ...(file.type === 'course' ? { course: { id: file.course.id, title: file.course.title, author: file.course.author } } : {}),
    conflicts: assignments
      .filter((a) => library.assignments[a.id] && !sameAssignment(library.assignments[a.id], a))
      .map((a) => ({ id: a.id, existingTitle: library.assignments[a.id].title, title: a.title })),
  };
}

/** A free id for a second copy: one-2, one-3, ... */
function freeId(id: string, taken: Record<string, unknown>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 75)}-${n}`;
    if (!taken[candidate]) return candidate;
  }
}

export interface ImportOptions {
  /** An assignment whose id is taken by a different one is added beside it (a new id), not over it. */
  keepBoth?: boolean;
}

/**
 * Add what a file, link or paste held to the library. Returns the ids of its assignments. The
 * caller asks first (planImport) when an id is taken: replace, or keep both.
 */
export async function importPractice(file: PracticeFile, now = Date.now(), options: ImportOptions = {}): Promise<string[]> {
  const library = await practiceLibrary.getValue();
  const conflicts = new Set(planImport(library, file).conflicts.map((c) => c.id));
  const taken: Record<string, unknown> = { ...library.assignments, ...Object.fromEntries(assignmentsOf(file).map((a) => [a.id, a])) };
  const assignments = assignmentsOf(file).map((a) => {
    if (!options.keepBoth || !conflicts.has(a.id)) return a;
    const id = freeId(a.id, taken);
    taken[id] = a;
    return { ...a, id };
  });
  const next: PracticeLibrary = { assignments: { ...library.assignments }, courses: [...library.courses] };
  for (const a of assignments) next.assignments[a.id] = { ...a, importedAt: now };
  if (file.type === 'course') {
    const { id, title, author, description } = file.course;
    const entry: CourseEntry = { id, title, author, ...(description ? { description } : {}), assignmentIds: assignments.map((a) => a.id) };
    next.courses = [...next.courses.filter((c) => c.id !== id), entry];
  }
  await practiceLibrary.setValue(next);
  return assignments.map((a) => a.id);
}

export async function removeAssignment(id: string): Promise<void> {
  const library = await practiceLibrary.getValue();
  const { [id]: _removed, ...assignments } = library.assignments;
  const courses = library.courses
    .map((c) => ({ ...c, assignmentIds: c.assignmentIds.filter((a) => a !== id) }))
    .filter((c) => c.assignmentIds.length > 0);
  await practiceLibrary.setValue({ assignments, courses });
}

export async function addAttempt(attempt: Attempt): Promise<Attempt[]> {
  const attempts = [...(await practiceAttempts.getValue()), attempt].slice(-MAX_ATTEMPTS);
  await practiceAttempts.setValue(attempts);
  return attempts;
}

/** Writes of work in progress, one after another (a later one never lands before an earlier). */
let workWrites: Promise<void> = Promise.resolve();

export function saveWork(assignmentId: string, work: WorkInProgress): Promise<void> {
  workWrites = workWrites
    .catch(() => {})
    .then(async () => {
      const all = await practiceWork.getValue();
      await practiceWork.setValue({ ...all, [assignmentId]: work });
    });
  return workWrites;
}

/** Settles when every write of work in progress asked for so far has landed. */
export function workSaved(): Promise<void> {
  return workWrites.catch(() => {});
}

/** Every attempt and every rewrite in progress, gone. */
export async function deleteAllHistory(): Promise<void> {
  await Promise.all([practiceAttempts.removeValue(), practiceWork.removeValue()]);
}

/**
 * The packs a practice rewrite is checked with: every built-in pack, plus the installed or inline
 * packs the assignment names. The user's own rule switches do not apply here, so a score means
 * the same for the learner and the coach.
 */
export async function practicePacks(assignment: Pick<Assignment, 'packs'>): Promise<{ packs: CompiledPack[]; missing: string[] }> {
  const named = new Set((assignment.packs ?? []).filter((p): p is string => typeof p === 'string'));
  const installed = named.size ? await installedPacks.getValue() : {};
  const extra: CompiledPack[] = [];
  for (const id of named) {
    const record = installed[id];
    if (!record) continue;
    try {
      extra.push(compilePack(record.pack));
    } catch {
      // An installed pack that no longer compiles counts as missing.
    }
  }
  const builtin = loadBuiltinPacks();
  const result = packsForAssignment(assignment, [...builtin, ...extra]);
  // Installed and inline packs are watched: a rule that turns out slow is switched off.
  startWatchdog();
  return { ...result, packs: result.packs.map((p) => (builtin.includes(p) ? p : watchPack(p))) };
}
