/**
 * Bundle assignments into a course (one file, one link), and write assignments and courses back
 * out as YAML that reads like the hand-written files: long texts as literal blocks, not folded.
 */
import { stringify } from 'yaml';
import type { Assignment, Course } from './schema';

export interface CourseMeta {
  id: string;
  title: string;
  author: string;
  description?: string;
}

export function bundleCourse(meta: CourseMeta, assignments: readonly Assignment[]): Course {
  return { ...meta, assignments: [...assignments] };
}

/** YAML for an assignment or a course (or any plain data), with a header comment. */
export function practiceToYaml(data: unknown, comment = 'A Nemawashi practice file (docs/practice.md).'): string {
  const body = stringify(JSON.parse(JSON.stringify(data)), { lineWidth: 0, blockQuote: 'literal' });
  return `# ${comment}\n${body}`;
}
