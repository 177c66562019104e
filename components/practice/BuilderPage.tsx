/**
 * The coach's page. "Write an assignment": scenario, draft (checked live, as the learner will
 * see it), goals, hints and model answer; a check that the draft misses the goals and the model
 * answer meets them; a preview exactly as the learner sees it; export as a file or a share link.
 * "Read a progress report": load the JSON a learner exported and read how it went.
 */
import { useEffect, useMemo, useState } from 'react';
import { analyze } from '../../lib/engine';
import { dictionary, i18n as wordsOf, type I18n, type MessageKey } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/react';
import type { CompiledPack } from '../../lib/packs/compile';
import { formatPath } from '../../lib/packs/load';

/** What a coach filling in the form needs to hear, rather than the schema's own words. */
export function plainIssue(
  issue: { code: string; message: string; minimum?: unknown; maximum?: unknown; origin?: unknown; input?: unknown },
  { t }: Pick<I18n, 't'> = wordsOf('en'),
): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return t('builder.issue.missing');
  if (issue.code === 'too_small') {
    const n = String(issue.minimum);
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('builder.issue.empty') : t('builder.issue.minChars', { n });
    if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? t('builder.issue.addOne') : t('builder.issue.addMin', { n });
    return t('builder.issue.min', { n });
  }
  if (issue.code === 'invalid_format') return t('builder.issue.format');
  if (issue.code === 'too_big') {
    const n = String(issue.maximum);
    return issue.origin === 'string' ? t('builder.issue.maxChars', { n }) : t('builder.issue.max', { n });
  }
  return issue.message;
}

/** A problem's place in the form: its field as the form names it, then the rest of the path. */
function fieldOf(path: readonly PropertyKey[], { t }: Pick<I18n, 't'>): string {
  const [first = 'assignment', ...rest] = path;
  const key = `builder.path.${String(first)}`;
  const name = key in dictionary('en') ? t(key as MessageKey) : String(first);
  return rest.length ? `${name}${formatPath(rest as (string | number)[]).replace(/^(?=[^[])/, '.')}` : name;
}
import { practiceToYaml } from '../../lib/practice/course';
import { formatPracticeError, loadPractice } from '../../lib/practice/load';
import { loadReport, type ProgressReport } from '../../lib/practice/report';
import { Assignment, SITUATIONS, type Course } from '../../lib/practice/schema';
import { scoreAttempt } from '../../lib/practice/score';
import { shareLink } from '../../lib/practice/share';
import { practicePacks } from '../../lib/storage/practice';
import { describeGoalIn, explanationWords } from './goal-words';
import { situationIn } from '../../lib/practice/words';
import { CheckedEditor } from './CheckedEditor';
import { CourseBundler } from './CourseBundler';
import { downloadText } from './download';
import { emptyGoal, fromGoal, GoalEditor, toGoal, type GoalDraft } from './GoalEditor';
import { PracticeView } from './PracticeView';
import { ReportView } from './ReportView';

interface Form {
  id: string;
  /** The id follows the title until the coach edits it. */
  idEdited: boolean;
  title: string;
  author: string;
  situation: string;
  audience: string;
  scenario: string;
  draft: string;
  goals: GoalDraft[];
  hints: string[];
  modelAnswer: string;
  /** Kept from a loaded file (the form does not edit packs). */
  packs?: Assignment['packs'];
}

const BLANK: Form = {
  id: '',
  idEdited: false,
  title: '',
  author: '',
  situation: 'announcing-a-decision',
  audience: 'consensus',
  scenario: '',
  draft: '',
  goals: [emptyGoal('max-friction'), emptyGoal('no-findings'), emptyGoal('ask')],
  hints: [''],
  modelAnswer: '',
};

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function formFrom(a: Assignment): Form {
  return {
    id: a.id,
    idEdited: true,
    title: a.title,
    author: a.author,
    situation: a.situation ?? 'other',
    audience: a.audience,
    scenario: a.scenario,
    draft: a.draft,
    goals: a.goals.map(fromGoal),
    hints: a.hints.length ? [...a.hints] : [''],
    modelAnswer: a.modelAnswer ?? '',
    packs: a.packs,
  };
}

/** The form as an assignment file's data (only the fields that are filled in). */
function candidateOf(f: Form): Record<string, unknown> {
  const hints = f.hints.map((h) => h.trim()).filter(Boolean);
  return {
    id: f.id,
    title: f.title.trim(),
    author: f.author.trim(),
    ...(f.situation ? { situation: f.situation } : {}),
    language: 'en',
    audience: f.audience.trim() || 'consensus',
    scenario: f.scenario.trim(),
    draft: f.draft.trim(),
    ...(f.packs?.length ? { packs: f.packs } : {}),
    goals: f.goals.map(toGoal),
    hints,
    ...(f.modelAnswer.trim() ? { modelAnswer: f.modelAnswer.trim() } : {}),
  };
}

function Field({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string }) {
  return (
    <label className="pr-field">
      <span className="pr-field-label">{label}</span>
      {hint && <span className="pr-field-hint">{hint}</span>}
      {children}
    </label>
  );
}

function GoalCheck({ assignment, packs }: { assignment: Assignment; packs: readonly CompiledPack[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Only what the check reads: typing in the scenario or a hint does not re-run it.
  const key = JSON.stringify([assignment.goals, assignment.draft, assignment.modelAnswer, assignment.audience]);
  const { draft, model } = useMemo(() => {
    const check = (text: string) =>
      scoreAttempt(assignment.goals, text, analyze(text, { packs, audience: assignment.audience, locale: i18n.locale }), explanationWords(i18n));
    return { draft: check(assignment.draft), model: assignment.modelAnswer ? check(assignment.modelAnswer) : null };
  }, [key, packs, i18n]);
  return (
    <div className="pr-goal-check" data-testid="builder-goal-check">
      <p className={draft.passed ? 'pr-bad' : 'pr-good'} data-testid="builder-draft-check">
        {t(draft.passed ? 'builder.check.draftPasses' : 'builder.check.draftFails', { met: draft.met, total: draft.total })}
      </p>
      {model && (
        <p className={model.passed ? 'pr-good' : 'pr-bad'} data-testid="builder-model-check">
          {model.passed
            ? t('builder.check.modelPasses', { met: model.met, total: model.total })
            : t('builder.check.modelFails', {
                met: model.met,
                total: model.total,
                missed: model.goals
                  .flatMap((g, i) => (g.met ? [] : [`${describeGoalIn(assignment.goals[i], i18n)} (${g.explanation})`]))
                  .join('; '),
              })}
        </p>
      )}
    </div>
  );
}

export interface BuilderPageProps {
  /** The practice page's address, for share links. */
  practiceUrl: string;
}

export function BuilderPage({ practiceUrl }: BuilderPageProps) {
  const [tab, setTab] = useState<'write' | 'course' | 'report'>('write');
  const [form, setForm] = useState<Form>(BLANK);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);
  const [loadErrors, setLoadErrors] = useState<string[]>([]);
  const [course, setCourse] = useState<Course | null>(null);
  const [report, setReport] = useState<ProgressReport | null>(null);
  const [reportErrors, setReportErrors] = useState<string[]>([]);
  const [reportText, setReportText] = useState('');
  const [packs, setPacks] = useState<CompiledPack[]>([]);
  const i18n = useI18n();
  const { t } = i18n;

  const set = (patch: Partial<Form>) => {
    setLink('');
    setForm((f) => {
      const next = { ...f, ...patch };
      if (patch.title !== undefined && !f.idEdited) next.id = slugify(patch.title);
      return next;
    });
  };

  const candidate = useMemo(() => candidateOf(form), [form]);
  const parsed = useMemo(() => Assignment.safeParse(candidate), [candidate]);
  const assignment = parsed.success ? parsed.data : null;
  const problems = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => `${fieldOf(i.path, i18n)}: ${plainIssue(i, i18n)}`))];

  useEffect(() => {
    let live = true;
    practicePacks({ packs: form.packs })
      .then((p) => live && setPacks(p.packs))
      .catch((e: Error) => live && setLoadErrors([t('builder.packsError', { error: e.message })]));
    return () => {
      live = false;
    };
  }, [JSON.stringify(form.packs ?? null)]);

  const load = async (text: string, file: string) => {
    const r = loadPractice(text, file);
    if (!r.ok) {
      setLoadErrors(r.errors.map(formatPracticeError));
      return;
    }
    setLoadErrors([]);
    if (r.type === 'course') {
      setCourse(r.course);
      setForm(formFrom(r.course.assignments[0]));
    } else {
      setCourse(null);
      setForm(formFrom(r.assignment));
    }
    setLink('');
  };

  const readReport = (text: string, file: string) => {
    const r = loadReport(text, file);
    if (!r.ok) {
      setReport(null);
      setReportErrors(r.errors.map(formatPracticeError));
      return;
    }
    setReportErrors([]);
    setReport(r.report);
  };

  const makeLink = async () => {
    if (!assignment) return;
    const url = await shareLink(practiceUrl, assignment);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Copying needs focus and permission; the link is shown to copy by hand anyway.
      setCopied(false);
    }
  };

  return (
    <div className="pr-page">
      <header className="pr-topbar">
        <h1>
          Nemawashi <span>{t('builder.brand')}</span>
        </h1>
        <nav aria-label={t('pr.sections')}>
          <button type="button" aria-pressed={tab === 'write'} onClick={() => setTab('write')} data-testid="builder-tab-write">
            {t('builder.tab.write')}
          </button>
          <button type="button" aria-pressed={tab === 'course'} onClick={() => setTab('course')} data-testid="builder-tab-course">
            {t('builder.tab.course')}
          </button>
          <button type="button" aria-pressed={tab === 'report'} onClick={() => setTab('report')} data-testid="builder-tab-report">
            {t('builder.tab.report')}
          </button>
        </nav>
      </header>

      {tab === 'write' && (
        <div className="pr-builder">
          <form className="pr-builder-form" onSubmit={(e) => e.preventDefault()} aria-label={t('builder.form')}>
            <div className="pr-load">
              <label>
                {t('builder.open')}{' '}
                <input type="file" accept=".yaml,.yml,.json" onChange={(e) => void e.target.files?.[0]?.text().then((t) => load(t, e.target.files![0].name))} data-testid="builder-open" />
              </label>
              <button type="button" className="pr-link" onClick={() => { setForm(BLANK); setCourse(null); setLink(''); }}>
                {t('builder.new')}
              </button>
            </div>
            {loadErrors.length > 0 && (
              <ul className="pr-errors" role="alert">
                {loadErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
            {course && (
              <p className="pr-course-pick">
                {t('builder.fromCourse', { title: course.title })}{' '}
                {course.assignments.map((a) => (
                  <button key={a.id} type="button" className="pr-link" aria-pressed={form.id === a.id} onClick={() => setForm(formFrom(a))}>
                    {a.title}
                  </button>
                ))}
              </p>
            )}
            <Field label={t('builder.title')}>
              <input value={form.title} onChange={(e) => set({ title: e.target.value })} data-testid="builder-title" />
            </Field>
            <div className="pr-row">
              <Field label={t('builder.id')} hint={t('builder.id.hint')}>
                <input value={form.id} onChange={(e) => set({ id: e.target.value, idEdited: true })} data-testid="builder-id" />
              </Field>
              <Field label={t('builder.author')}>
                <input value={form.author} onChange={(e) => set({ author: e.target.value })} data-testid="builder-author" />
              </Field>
            </div>
            <div className="pr-row">
              <Field label={t('builder.situation')}>
                <select value={form.situation} onChange={(e) => set({ situation: e.target.value })}>
                  {SITUATIONS.map((s) => (
                    <option key={s} value={s}>
                      {situationIn(s, i18n)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('builder.audience')}>
                {/* The readers the packs name; an assignment's own reader stays listed. */}
                <select value={form.audience} onChange={(e) => set({ audience: e.target.value })} data-testid="builder-audience">
                  {[...new Set([...i18n.readers.map((r) => r.id), ...packs.map((p) => p.audience).filter((a) => a !== 'any'), form.audience])].map((a) => (
                    <option key={a} value={a}>
                      {i18n.audience(a)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <Field label={t('builder.scenario')} hint={t('builder.scenario.hint')}>
              <textarea rows={4} value={form.scenario} onChange={(e) => set({ scenario: e.target.value })} data-testid="builder-scenario" />
            </Field>
            <div className="pr-field">
              <span className="pr-field-label">{t('builder.draft')}</span>
              <span className="pr-field-hint">{t('builder.draft.hint')}</span>
              <CheckedEditor value={form.draft} onChange={(draft) => set({ draft })} packs={packs} audience={form.audience || 'consensus'} label={t('builder.draft')} rows={9} testId="builder-draft" />
            </div>
            <div className="pr-field">
              <span className="pr-field-label">{t('builder.goals')}</span>
              <GoalEditor goals={form.goals} onChange={(goals) => set({ goals })} />
            </div>
            <div className="pr-field">
              <span className="pr-field-label">{t('builder.hints')}</span>
              {form.hints.map((h, i) => (
                <div key={i} className="pr-hint-row">
                  <textarea rows={2} aria-label={t('builder.hint', { n: i + 1 })} value={h} onChange={(e) => set({ hints: form.hints.map((x, j) => (j === i ? e.target.value : x)) })} />
                  <button type="button" className="pr-link" onClick={() => set({ hints: form.hints.filter((_, j) => j !== i) })}>
                    {t('builder.remove')}
                  </button>
                </div>
              ))}
              <button type="button" onClick={() => set({ hints: [...form.hints, ''] })}>
                {t('builder.addHint')}
              </button>
            </div>
            <Field label={t('builder.model')} hint={t('builder.model.hint')}>
              <textarea rows={8} value={form.modelAnswer} onChange={(e) => set({ modelAnswer: e.target.value })} data-testid="builder-model" />
            </Field>
          </form>

          <aside className="pr-builder-side">
            <section className="pr-export-box" aria-label={t('builder.export')}>
              <h2>{t('builder.export')}</h2>
              {problems.length > 0 ? (
                <ul className="pr-errors" data-testid="builder-problems">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : (
                assignment && <GoalCheck assignment={assignment} packs={packs} />
              )}
              <div className="pr-actions">
                <button type="button" disabled={!assignment} onClick={() => downloadText(`${assignment!.id}.yaml`, practiceToYaml(candidate), 'text/yaml')} data-testid="builder-download-yaml">
                  {t('builder.yaml')}
                </button>
                <button type="button" disabled={!assignment} onClick={() => downloadText(`${assignment!.id}.json`, JSON.stringify(candidate, null, 2) + '\n', 'application/json')}>
                  {t('builder.json')}
                </button>
                <button type="button" className="pr-primary" disabled={!assignment} onClick={() => void makeLink()} data-testid="builder-share">
                  {t('builder.share')}
                </button>
              </div>
              {link && (
                <div className="pr-link-box">
                  <input readOnly value={link} aria-label={t('builder.link')} onFocus={(e) => e.target.select()} data-testid="builder-link" />
                  <p className="pr-field-hint">
                    {copied ? t('builder.copied') : ''}
                    {t('builder.inLink', { count: link.length })}{' '}
                    <a href={link} target="_blank" rel="noreferrer">
                      {t('builder.openLink')}
                    </a>
                  </p>
                </div>
              )}
            </section>
            <section className="pr-preview" aria-label={t('builder.preview.label')} data-testid="builder-preview">
              <h2>{t('builder.preview')}</h2>
              {assignment ? (
                <PracticeView key={assignment.draft} assignment={assignment} packs={packs} />
              ) : (
                <p className="pr-empty">{t('builder.preview.empty')}</p>
              )}
            </section>
          </aside>
        </div>
      )}

      {tab === 'course' && (
        <div className="pr-report-page">
          <CourseBundler practiceUrl={practiceUrl} slugify={slugify} />
        </div>
      )}

      {tab === 'report' && (
        <div className="pr-report-page">
          <section className="pr-import" aria-label={t('builder.report.label')}>
            <h2>{t('builder.report.title')}</h2>
            <p>{t('builder.report.intro')}</p>
            <label className="pr-file">
              <span>{t('builder.report.file')}</span>
              <input type="file" accept=".json,application/json" onChange={(e) => void e.target.files?.[0]?.text().then((t) => readReport(t, e.target.files![0].name))} data-testid="builder-report-file" />
            </label>
            <label className="pr-paste">
              <span>{t('builder.report.paste')}</span>
              <textarea rows={4} value={reportText} onChange={(e) => setReportText(e.target.value)} data-testid="builder-report-text" />
            </label>
            <button type="button" disabled={!reportText.trim()} onClick={() => readReport(reportText, t('builder.report.pasted'))} data-testid="builder-report-load">
              {t('builder.report.read')}
            </button>
            {reportErrors.length > 0 && (
              <ul className="pr-errors" role="alert" data-testid="builder-report-errors">
                {reportErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            )}
          </section>
          {report && <ReportView report={report} />}
        </div>
      )}
    </div>
  );
}
