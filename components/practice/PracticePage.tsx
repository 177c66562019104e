/**
 * The leader's practice page: the assignments and courses they imported (from a file, a link or
 * a paste), one assignment at a time in the practice view, and their progress (charts, report
 * export, delete all history). Everything stays in this browser's storage.
 */
import { Component, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { analyze } from '../../lib/engine';
import type { I18n } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/react';
import type { CompiledPack } from '../../lib/packs/compile';
import { loadPractice } from '../../lib/practice/load';
import { buildReport, reportToHtml, type Attempt, type Baseline } from '../../lib/practice/report';
import type { Assignment, PracticeFile } from '../../lib/practice/schema';
import { decodeShare, SHARE_PARAM } from '../../lib/practice/share';
import {
  addAttempt,
  deleteAllHistory,
  importPractice,
  planImport,
  type ImportPlan,
  practiceAttempts,
  practiceLibrary,
  practicePacks,
  practiceWork,
  removeAssignment,
  saveWork,
  type PracticeLibrary,
  type WorkInProgress,
} from '../../lib/storage/practice';
import { downloadText, openText } from './download';
import { ImportPanel } from './ImportPanel';
import { PracticeView } from './PracticeView';
import { ProgressCharts } from './ProgressCharts';

type Tab = 'practise' | 'progress' | 'import';

export interface PracticePageProps {
  /** A course offered when the library is empty (the bundled examples). */
  exampleCourse?: string;
  now?: () => Date;
}

const SAVE_WORK_MS = 400;

function reportName(now: Date, ext: string): string {
  return `nemawashi-progress-${now.toISOString().slice(0, 10)}.${ext}`;
}

export function PracticePage({ exampleCourse, now = () => new Date() }: PracticePageProps) {
  const [library, setLibrary] = useState<PracticeLibrary | null>(null);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [work, setWork] = useState<Record<string, WorkInProgress>>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('practise');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [packs, setPacks] = useState<{ id: string; packs: CompiledPack[]; missing: string[] } | null>(null);
  const [learner, setLearner] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** What a link (or a file whose ids are taken) would add, waiting for the user's yes. */
  const [pending, setPending] = useState<{ file: PracticeFile; from: string; plan: ImportPlan } | null>(null);
  const [packsError, setPacksError] = useState<{ id: string; message: string } | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const i18n = useI18n();
  const { t } = i18n;

  const refresh = async () => {
    const [lib, att, wip] = await Promise.all([practiceLibrary.getValue(), practiceAttempts.getValue(), practiceWork.getValue()]);
    setLibrary(lib);
    setAttempts(att);
    setWork(wip);
    return lib;
  };

  /**
   * Add what a file, paste or link holds. A link always shows what it will add and asks first
   * (opening one must never change anything by itself); anything else asks when it would replace
   * a different assignment with the same id.
   */
  const take = async (file: PracticeFile, from: string, ask = false) => {
    const plan = planImport(await practiceLibrary.getValue(), file);
    if (ask || plan.conflicts.length) {
      setPending({ file, from, plan });
      setTab('import');
      return;
    }
    await add(file, from);
  };

  const add = async (file: PracticeFile, from: string, keepBoth = false) => {
    setPending(null);
    const ids = await importPractice(file, Date.now(), { keepBoth });
    await refresh();
    setSelected(ids[0]);
    setTab('practise');
    setNotice({
      kind: 'ok',
      text:
        file.type === 'course'
          ? t('pr.added.course', { title: file.course.title, count: ids.length, from })
          : t('pr.added.assignment', { title: file.assignment.title, from }),
    });
  };

  const openShared = async () => {
    if (!location.hash.includes(`${SHARE_PARAM}=`)) return;
    const result = await decodeShare(location.hash);
    // The link has done its job; a reload should not import it again over newer work.
    history.replaceState(null, '', location.pathname + location.search);
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('pr.linkError', { error: result.errors[0].message }) });
      return;
    }
    await take(result.type === 'course' ? { type: 'course', course: result.course } : { type: 'assignment', assignment: result.assignment }, t('pr.from.link'), true);
  };

  useEffect(() => {
    void refresh().then(async (lib) => {
      const first = lib.courses[0]?.assignmentIds[0] ?? Object.keys(lib.assignments)[0] ?? null;
      setSelected((s) => s ?? first);
      if (!first) setTab('import');
      await openShared();
    });
    const onHash = () => void openShared();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const assignment: Assignment | null = (selected && library?.assignments[selected]) || null;

  useEffect(() => {
    if (!assignment) return;
    let live = true;
    setPacksError(null);
    // A promise, so that a pack that throws while compiling lands in catch (never blanks the page).
    Promise.resolve()
      .then(() => practicePacks(assignment))
      .then((p) => live && setPacks({ id: assignment.id, ...p }))
      .catch((e: Error) => live && setPacksError({ id: assignment.id, message: e.message }));
    return () => {
      live = false;
    };
  }, [assignment]);

  const titles = useMemo(() => Object.fromEntries(Object.values(library?.assignments ?? {}).map((a) => [a.id, a.title])), [library]);
  const sortedAttempts = useMemo(() => [...attempts].sort((a, b) => a.at.localeCompare(b.at)), [attempts]);

  /** The rewrite waiting for its debounced save: written at once if the page goes away first. */
  const unsaved = useRef<{ id: string; work: WorkInProgress } | null>(null);
  const onWork = (id: string, w: WorkInProgress) => {
    clearTimeout(saveTimer.current);
    unsaved.current = { id, work: w };
    saveTimer.current = setTimeout(() => {
      unsaved.current = null;
      void saveWork(id, w);
    }, SAVE_WORK_MS);
  };
  useEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      if (unsaved.current) void saveWork(unsaved.current.id, unsaved.current.work);
      unsaved.current = null;
    },
    [],
  );

  const onSubmit = async (attempt: Attempt) => {
    setAttempts(await addAttempt(attempt));
  };

  const report = async () => {
    const assignments = Object.values(library?.assignments ?? {});
    const baselines = new Map<string, Baseline>();
    for (const a of assignments) {
      if (!attempts.some((t) => t.assignmentId === a.id)) continue;
      const { packs: p } = await practicePacks(a);
      const r = analyze(a.draft, { packs: p, audience: a.audience, locale: i18n.locale });
      const byCategory: Baseline['findingsByCategory'] = {};
      for (const f of r.findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
      baselines.set(a.id, { friction: r.friction, findingsByCategory: byCategory });
    }
    return buildReport(assignments, attempts, { learner: learner.trim() || undefined, now: now(), baseline: (a) => baselines.get(a.id) });
  };

  const exportJson = async () => downloadText(reportName(now(), 'json'), JSON.stringify(await report(), null, 2) + '\n', 'application/json');
  const exportHtml = async () => downloadText(reportName(now(), 'html'), reportToHtml(await report(), i18n), 'text/html');
  const printReport = async () => openText(reportToHtml(await report(), i18n), 'text/html');

  const deleteHistory = async () => {
    await deleteAllHistory();
    setConfirmDelete(false);
    await refresh();
    setNotice({ kind: 'ok', text: t('pr.deleted') });
  };

  const tryExamples = async () => {
    if (!exampleCourse) return;
    const r = loadPractice(exampleCourse, 'examples');
    if (r.ok && r.type === 'course') await take({ type: 'course', course: r.course }, t('pr.from.examples'));
  };

  const inCourse = new Set(library?.courses.flatMap((c) => c.assignmentIds) ?? []);
  const loose = Object.values(library?.assignments ?? {}).filter((a) => !inCourse.has(a.id));
  const status = (id: string) => {
    const mine = attempts.filter((a) => a.assignmentId === id);
    if (mine.some((a) => a.score.passed)) return { mark: '✓', text: t('pr.allGoalsMet') };
    return mine.length ? { mark: `${mine.length}×`, text: t('pr.attempts', { count: mine.length }) } : { mark: '', text: t('pr.nav.notStarted') };
  };
  const item = (id: string) => {
    const a = library?.assignments[id];
    if (!a) return null;
    const s = status(id);
    return (
      <li key={id}>
        <button
          type="button"
          className={selected === id && tab === 'practise' ? 'pr-nav-item pr-nav-current' : 'pr-nav-item'}
          aria-current={selected === id && tab === 'practise' ? 'page' : undefined}
          onClick={() => {
            setSelected(id);
            setTab('practise');
          }}
          data-testid="pr-nav-assignment"
        >
          <span>{a.title}</span>
          <span className="pr-nav-status" title={s.text}>
            {s.mark}
          </span>
        </button>
      </li>
    );
  };

  return (
    <div className="pr-page">
      <header className="pr-topbar">
        <h1>
          Nemawashi <span>{t('pr.brand')}</span>
        </h1>
        <nav aria-label={t('pr.sections')}>
          {(['practise', 'progress', 'import'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)} data-testid={`pr-tab-${name}`}>
              {t(`pr.tab.${name}`)}
            </button>
          ))}
        </nav>
      </header>
      {notice && (
        <p className={`pr-notice pr-notice-${notice.kind}`} role="status" data-testid="pr-notice">
          {notice.text}{' '}
          <button type="button" className="pr-link" onClick={() => setNotice(null)} aria-label={t('pr.dismiss')}>
            ×
          </button>
        </p>
      )}
      <div className="pr-body">
        <nav className="pr-sidebar" aria-label={t('pr.nav.assignments')}>
          {library?.courses.map((c) => (
            <section key={c.id}>
              <h2 title={c.description}>{c.title}</h2>
              <ol>{c.assignmentIds.map(item)}</ol>
            </section>
          ))}
          {loose.length > 0 && (
            <section>
              <h2>{library?.courses.length ? t('pr.nav.other') : t('pr.nav.assignments')}</h2>
              <ul>{loose.map((a) => item(a.id))}</ul>
            </section>
          )}
          {library && Object.keys(library.assignments).length === 0 && <p className="pr-empty">{t('pr.nav.empty')}</p>}
        </nav>
        <main className="pr-main">
          {tab === 'import' && pending && (
            <ConfirmImport
              plan={pending.plan}
              from={pending.from}
              onAdd={(keepBoth) => void add(pending.file, pending.from, keepBoth)}
              onCancel={() => {
                setPending(null);
                setNotice({ kind: 'ok', text: t('pr.nothingAdded', { from: pending.from }) });
              }}
            />
          )}
          {tab === 'import' && !pending && (
            <>
              <ImportPanel onImport={take} />
              {exampleCourse && (
                <p>
                  {t('pr.noCoach')}{' '}
                  <button type="button" onClick={() => void tryExamples()} data-testid="pr-try-examples">
                    {t('pr.tryExamples')}
                  </button>
                </p>
              )}
            </>
          )}
          {tab === 'practise' &&
            (assignment ? (
              <>
                {packsError?.id === assignment.id ? (
                  <p className="pr-notice pr-notice-error" role="alert" data-testid="pr-broken">
                    {t('pr.broken', { error: packsError.message })}
                  </p>
                ) : packs?.id === assignment.id ? (
                  <PracticeBoundary key={assignment.id} i18n={i18n}>
                    <PracticeView
                      key={assignment.id}
                      assignment={assignment}
                      packs={packs.packs}
                      missingPacks={packs.missing}
                      attempts={sortedAttempts.filter((a) => a.assignmentId === assignment.id)}
                      initialWork={work[assignment.id]}
                      onWork={(w) => onWork(assignment.id, w)}
                      onSubmit={onSubmit}
                      now={now}
                    />
                  </PracticeBoundary>
                ) : (
                  <p>{t('pr.loading')}</p>
                )}
                {/* Always there, even when the assignment is broken: the user can get rid of it. */}
                <p className="pr-footnote">
                  <button
                    type="button"
                    className="pr-link"
                    onClick={() => void removeAssignment(assignment.id).then(refresh).then(() => setSelected(null))}
                    data-testid="pr-remove-assignment"
                  >
                    {t('pr.remove')}
                  </button>
                </p>
              </>
            ) : (
              <p className="pr-empty">{t('pr.choose')}</p>
            ))}
          {tab === 'progress' && (
            <section className="pr-progress" aria-label={t('pr.progress.label')} data-testid="pr-progress">
              <h2>{t('pr.progress.title')}</h2>
              <ProgressCharts attempts={sortedAttempts} titles={titles} />
              <div className="pr-export">
                <label>
                  {t('pr.progress.learner')}{' '}
                  <input value={learner} onChange={(e) => setLearner(e.target.value)} data-testid="pr-learner" />
                </label>
                <div className="pr-actions">
                  <button type="button" onClick={() => void exportJson()} disabled={attempts.length === 0} data-testid="pr-export-json">
                    {t('pr.progress.json')}
                  </button>
                  <button type="button" onClick={() => void exportHtml()} disabled={attempts.length === 0} data-testid="pr-export-html">
                    {t('pr.progress.html')}
                  </button>
                  <button type="button" onClick={() => void printReport()} disabled={attempts.length === 0}>
                    {t('pr.progress.print')}
                  </button>
                </div>
              </div>
              <div className="pr-danger">
                {!confirmDelete ? (
                  <button type="button" onClick={() => setConfirmDelete(true)} disabled={attempts.length === 0 && Object.keys(work).length === 0} data-testid="pr-delete-history">
                    {t('pr.progress.delete')}
                  </button>
                ) : (
                  <p role="alert">
                    {t('pr.progress.deleteConfirm', { count: attempts.length })}{' '}
                    <button type="button" className="pr-danger-button" onClick={() => void deleteHistory()} data-testid="pr-delete-confirm">
                      {t('pr.progress.deleteButton')}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirmDelete(false)}>
                      {t('pr.cancel')}
                    </button>
                  </p>
                )}
              </div>
            </section>
          )}
        </main>
      </div>
    </div>
  );
}

/** What an import will add, and the question when it would replace assignments with the same id. */
function ConfirmImport({ plan, from, onAdd, onCancel }: { plan: ImportPlan; from: string; onAdd: (keepBoth: boolean) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const conflicts = new Map(plan.conflicts.map((c) => [c.id, c]));
  return (
    <section className="pr-confirm" aria-label={t('pr.confirm.label')} data-testid="pr-confirm-import">
      <h2>{t(plan.course ? 'pr.confirm.course' : 'pr.confirm.assignment', { from })}</h2>
      {plan.course && <p>{t('pr.confirm.by', { title: plan.course.title, author: plan.course.author })}</p>}
      <ul>
        {plan.assignments.map((a) => (
          <li key={a.id} data-testid="pr-confirm-item">
            {t('pr.quoted', { title: a.title })}
            {a.inlinePacks > 0 &&
              t('pr.confirm.with', { packs: t('pr.confirm.packs', { count: a.inlinePacks }), rules: t('pr.confirm.rules', { count: a.inlineRules }) })}
            {conflicts.has(a.id) && <strong>{t('pr.confirm.conflict', { title: conflicts.get(a.id)!.existingTitle })}</strong>}
          </li>
        ))}
      </ul>
      <p className="pr-actions">
        {plan.conflicts.length === 0 ? (
          <button type="button" onClick={() => onAdd(false)} data-testid="pr-confirm-add">
            {t('pr.confirm.add')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onAdd(true)} data-testid="pr-confirm-keep-both">
              {t('pr.confirm.keepBoth')}
            </button>{' '}
            <button type="button" onClick={() => onAdd(false)} data-testid="pr-confirm-replace">
              {t('pr.confirm.replace')}
            </button>
          </>
        )}{' '}
        <button type="button" onClick={onCancel} data-testid="pr-confirm-cancel">
          {t('pr.cancel')}
        </button>
      </p>
    </section>
  );
}

/** A broken assignment shows an error in its place; the rest of the page (and Remove) keeps working. */
class PracticeBoundary extends Component<{ children: ReactNode; i18n: I18n }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <p className="pr-notice pr-notice-error" role="alert" data-testid="pr-broken">
          {this.props.i18n.t('pr.broken', { error: this.state.error.message })}
        </p>
      );
    }
    return this.props.children;
  }
}
