/**
 * The coach's page. "Write an assignment": scenario, draft (checked live, as the learner will
 * see it), goals, hints and model answer; a check that the draft misses the goals and the model
 * answer meets them; a preview exactly as the learner sees it; export as a file or a share link.
 * "Read a progress report": load the JSON a learner exported and read how it went.
 */
import { useEffect, useMemo, useState } from 'react';
import { analyze } from '../../lib/engine';
import type { CompiledPack } from '../../lib/packs/compile';
import { formatPath } from '../../lib/packs/load';

/** What a coach filling in the form needs to hear, rather than the schema's own words. */
export function plainIssue(issue: { code: string; message: string; minimum?: unknown; maximum?: unknown; origin?: unknown; input?: unknown }): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'still to fill in';
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'still empty' : `needs at least ${issue.minimum} characters`;
    if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'add at least one' : `add at least ${issue.minimum}`;
    return `at least ${issue.minimum}`;
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'string') return `at most ${issue.maximum} characters`;
    if (issue.origin === 'array') return `at most ${issue.maximum}`;
    return `at most ${issue.maximum}`;
  }
  return issue.message;
}
import { practiceToYaml } from '../../lib/practice/course';
import { formatPracticeError, loadPractice } from '../../lib/practice/load';
import { loadReport, type ProgressReport } from '../../lib/practice/report';
import { Assignment, SITUATIONS, type Course } from '../../lib/practice/schema';
import { scoreAttempt } from '../../lib/practice/score';
import { shareLink } from '../../lib/practice/share';
import { practicePacks } from '../../lib/storage/practice';
import { situationLabel } from './AssignmentBrief';
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
  // Only what the check reads: typing in the scenario or a hint does not re-run it.
  const key = JSON.stringify([assignment.goals, assignment.draft, assignment.modelAnswer, assignment.audience]);
  const { draft, model } = useMemo(() => {
    const check = (text: string) => scoreAttempt(assignment.goals, text, analyze(text, { packs, audience: assignment.audience }));
    return { draft: check(assignment.draft), model: assignment.modelAnswer ? check(assignment.modelAnswer) : null };
  }, [key, packs]);
  return (
    <div className="pr-goal-check" data-testid="builder-goal-check">
      <p className={draft.passed ? 'pr-bad' : 'pr-good'} data-testid="builder-draft-check">
        The draft meets {draft.met} of {draft.total} goals
        {draft.passed ? ': it already passes, so there is nothing to practise. Make the goals stricter or the draft harder.' : ' (as it should: there is something to fix).'}
      </p>
      {model && (
        <p className={model.passed ? 'pr-good' : 'pr-bad'} data-testid="builder-model-check">
          The model answer meets {model.met} of {model.total} goals
          {model.passed ? '.' : `: ${model.goals.filter((g) => !g.met).map((g) => `${g.label} (${g.explanation})`).join('; ')}`}
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
  const problems = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => `${formatPath(i.path) || 'assignment'}: ${plainIssue(i)}`))];

  useEffect(() => {
    let live = true;
    practicePacks({ packs: form.packs })
      .then((p) => live && setPacks(p.packs))
      .catch((e: Error) => live && setLoadErrors([`The rule packs could not be loaded: ${e.message}`]));
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
          Nemawashi <span>assignment builder</span>
        </h1>
        <nav aria-label="Sections">
          <button type="button" aria-pressed={tab === 'write'} onClick={() => setTab('write')} data-testid="builder-tab-write">
            Write an assignment
          </button>
          <button type="button" aria-pressed={tab === 'course'} onClick={() => setTab('course')} data-testid="builder-tab-course">
            Make a course
          </button>
          <button type="button" aria-pressed={tab === 'report'} onClick={() => setTab('report')} data-testid="builder-tab-report">
            Read a progress report
          </button>
        </nav>
      </header>

      {tab === 'write' && (
        <div className="pr-builder">
          <form className="pr-builder-form" onSubmit={(e) => e.preventDefault()} aria-label="Assignment">
            <div className="pr-load">
              <label>
                Open an assignment or course file{' '}
                <input type="file" accept=".yaml,.yml,.json" onChange={(e) => void e.target.files?.[0]?.text().then((t) => load(t, e.target.files![0].name))} data-testid="builder-open" />
              </label>
              <button type="button" className="pr-link" onClick={() => { setForm(BLANK); setCourse(null); setLink(''); }}>
                Start a new one
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
                From the course “{course.title}”:{' '}
                {course.assignments.map((a) => (
                  <button key={a.id} type="button" className="pr-link" aria-pressed={form.id === a.id} onClick={() => setForm(formFrom(a))}>
                    {a.title}
                  </button>
                ))}
              </p>
            )}
            <Field label="Title">
              <input value={form.title} onChange={(e) => set({ title: e.target.value })} data-testid="builder-title" />
            </Field>
            <div className="pr-row">
              <Field label="Id" hint="lowercase, in the file name and the learner's history">
                <input value={form.id} onChange={(e) => set({ id: e.target.value, idEdited: true })} data-testid="builder-id" />
              </Field>
              <Field label="Author">
                <input value={form.author} onChange={(e) => set({ author: e.target.value })} data-testid="builder-author" />
              </Field>
            </div>
            <div className="pr-row">
              <Field label="Situation">
                <select value={form.situation} onChange={(e) => set({ situation: e.target.value })}>
                  {SITUATIONS.map((s) => (
                    <option key={s} value={s}>
                      {situationLabel(s)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Audience">
                <input value={form.audience} onChange={(e) => set({ audience: e.target.value })} />
              </Field>
            </div>
            <Field label="Scenario" hint="Who writes to whom, and why. The learner reads this first.">
              <textarea rows={4} value={form.scenario} onChange={(e) => set({ scenario: e.target.value })} data-testid="builder-scenario" />
            </Field>
            <div className="pr-field">
              <span className="pr-field-label">Draft to rewrite</span>
              <span className="pr-field-hint">Checked live, with the same findings the learner will see.</span>
              <CheckedEditor value={form.draft} onChange={(draft) => set({ draft })} packs={packs} audience={form.audience || 'consensus'} label="Draft to rewrite" rows={9} testId="builder-draft" />
            </div>
            <div className="pr-field">
              <span className="pr-field-label">Goals</span>
              <GoalEditor goals={form.goals} onChange={(goals) => set({ goals })} />
            </div>
            <div className="pr-field">
              <span className="pr-field-label">Hints, revealed one at a time</span>
              {form.hints.map((h, i) => (
                <div key={i} className="pr-hint-row">
                  <textarea rows={2} aria-label={`Hint ${i + 1}`} value={h} onChange={(e) => set({ hints: form.hints.map((x, j) => (j === i ? e.target.value : x)) })} />
                  <button type="button" className="pr-link" onClick={() => set({ hints: form.hints.filter((_, j) => j !== i) })}>
                    Remove
                  </button>
                </div>
              ))}
              <button type="button" onClick={() => set({ hints: [...form.hints, ''] })}>
                Add a hint
              </button>
            </div>
            <Field label="Model answer" hint="Shown to the learner after their first check.">
              <textarea rows={8} value={form.modelAnswer} onChange={(e) => set({ modelAnswer: e.target.value })} data-testid="builder-model" />
            </Field>
          </form>

          <aside className="pr-builder-side">
            <section className="pr-export-box" aria-label="Export">
              <h2>Export</h2>
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
                  Download YAML
                </button>
                <button type="button" disabled={!assignment} onClick={() => downloadText(`${assignment!.id}.json`, JSON.stringify(candidate, null, 2) + '\n', 'application/json')}>
                  Download JSON
                </button>
                <button type="button" className="pr-primary" disabled={!assignment} onClick={() => void makeLink()} data-testid="builder-share">
                  Create a share link
                </button>
              </div>
              {link && (
                <div className="pr-link-box">
                  <input readOnly value={link} aria-label="Share link" onFocus={(e) => e.target.select()} data-testid="builder-link" />
                  <p className="pr-field-hint">
                    {copied ? 'Copied to the clipboard. ' : ''}The assignment is inside the link ({link.length} characters); nothing was uploaded. <a href={link} target="_blank" rel="noreferrer">Open it</a>
                  </p>
                </div>
              )}
            </section>
            <section className="pr-preview" aria-label="Preview as the learner sees it" data-testid="builder-preview">
              <h2>Preview, as the learner sees it</h2>
              {assignment ? (
                <PracticeView key={assignment.draft} assignment={assignment} packs={packs} />
              ) : (
                <p className="pr-empty">Fill in the title, author, scenario, draft and goals to see the preview.</p>
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
          <section className="pr-import" aria-label="Load a progress report">
            <h2>Read a learner's progress report</h2>
            <p>The learner exports it from their practice page (Progress, “Export for my coach”) and sends you the file.</p>
            <label className="pr-file">
              <span>Report file (.json)</span>
              <input type="file" accept=".json,application/json" onChange={(e) => void e.target.files?.[0]?.text().then((t) => readReport(t, e.target.files![0].name))} data-testid="builder-report-file" />
            </label>
            <label className="pr-paste">
              <span>Or paste it</span>
              <textarea rows={4} value={reportText} onChange={(e) => setReportText(e.target.value)} data-testid="builder-report-text" />
            </label>
            <button type="button" disabled={!reportText.trim()} onClick={() => readReport(reportText, 'pasted report')} data-testid="builder-report-load">
              Read it
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
