/**
 * Bundle assignment files into a course: one file, or one link, for a whole sequence. The order
 * is the order the files are added in.
 */
import { useState } from 'react';
import { bundleCourse, practiceToYaml } from '../../lib/practice/course';
import { formatPracticeError, loadPractice } from '../../lib/practice/load';
import { Course, type Assignment } from '../../lib/practice/schema';
import { shareLink } from '../../lib/practice/share';
import { useI18n } from '../../lib/i18n/react';
import { downloadText } from './download';

export function CourseBundler({ practiceUrl, slugify }: { practiceUrl: string; slugify: (s: string) => string }) {
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [link, setLink] = useState('');
  const { t } = useI18n();

  const add = async (files: FileList | null) => {
    const found: Assignment[] = [];
    const problems: string[] = [];
    for (const file of files ?? []) {
      const r = loadPractice(await file.text(), file.name);
      if (!r.ok) problems.push(...r.errors.map(formatPracticeError));
      else found.push(...(r.type === 'course' ? r.course.assignments : [r.assignment]));
    }
    setErrors(problems);
    setLink('');
    setAssignments((list) => [...list.filter((a) => !found.some((f) => f.id === a.id)), ...found]);
  };

  const parsed = Course.safeParse(bundleCourse({ id: slugify(title), title: title.trim(), author: author.trim(), ...(description.trim() ? { description: description.trim() } : {}) }, assignments));
  const course = parsed.success ? parsed.data : null;

  return (
    <section className="pr-import pr-bundler" aria-label={t('course.label')} data-testid="course-bundler">
      <h2>{t('course.title')}</h2>
      <label className="pr-file">
        <span>{t('course.files')}</span>
        <input type="file" multiple accept=".yaml,.yml,.json" onChange={(e) => void add(e.target.files)} data-testid="course-files" />
      </label>
      {errors.length > 0 && (
        <ul className="pr-errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <ol data-testid="course-list">
        {assignments.map((a, i) => (
          <li key={a.id}>
            {a.title}{' '}
            <button type="button" className="pr-link" disabled={i === 0} onClick={() => setAssignments((l) => [...l.slice(0, i - 1), l[i], l[i - 1], ...l.slice(i + 1)])}>
              {t('course.up')}
            </button>{' '}
            <button type="button" className="pr-link" onClick={() => setAssignments((l) => l.filter((x) => x.id !== a.id))}>
              {t('course.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="pr-row">
        <label className="pr-field">
          <span className="pr-field-label">{t('course.name')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="course-title" />
        </label>
        <label className="pr-field">
          <span className="pr-field-label">{t('course.author')}</span>
          <input value={author} onChange={(e) => setAuthor(e.target.value)} data-testid="course-author" />
        </label>
      </div>
      <label className="pr-field">
        <span className="pr-field-label">{t('course.description')}</span>
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="pr-actions">
        <button type="button" disabled={!course} onClick={() => downloadText(`${course!.id}.yaml`, practiceToYaml(course), 'text/yaml')} data-testid="course-download">
          {t('course.download')}
        </button>
        <button type="button" className="pr-primary" disabled={!course} onClick={() => void shareLink(practiceUrl, course!).then(setLink)} data-testid="course-share">
          {t('builder.share')}
        </button>
      </div>
      {link && <input readOnly value={link} aria-label={t('course.link')} className="pr-link-input" onFocus={(e) => e.target.select()} data-testid="course-link" />}
    </section>
  );
}
