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
import { installedPacks } from './items';

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

/** Add what a file, link or paste held to the library. Returns the ids of its assignments. */
export async function importPractice(file: PracticeFile, now = Date.now()): Promise<string[]> {
  const library = await practiceLibrary.getValue();
  const assignments = file.type === 'course' ? file.course.assignments : [file.assignment];
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

export async function saveWork(assignmentId: string, work: WorkInProgress): Promise<void> {
  const all = await practiceWork.getValue();
  await practiceWork.setValue({ ...all, [assignmentId]: work });
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
  return packsForAssignment(assignment, [...loadBuiltinPacks(), ...extra]);
}
