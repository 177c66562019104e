/**
 * A learner's progress report, as the coach reads it: what was done, how many attempts, the
 * score per goal of each attempt, the draft beside the last rewrite, and the categories of
 * findings that keep coming back.
 */
import type { Attempt, ProgressReport, ReportAssignment } from '../../lib/practice/report';
import { recurringCategories, summarise } from '../../lib/practice/report';
import { useI18n } from '../../lib/i18n/react';
import { situationIn } from '../../lib/practice/words';
import { ProgressCharts } from './ProgressCharts';

/** Report attempts in the shape the progress charts take. */
function asAttempts(report: ProgressReport): Attempt[] {
  return report.assignments
    .flatMap((a) =>
      a.attempts.map((t, i) => ({
        id: `${a.id}#${i}`,
        assignmentId: a.id,
        at: t.at,
        text: t.text,
        hintsRevealed: t.hintsRevealed,
        score: {
          goals: t.goals as Attempt['score']['goals'],
          met: t.met,
          total: t.total,
          passed: t.passed,
          friction: t.friction,
          words: t.words,
          findingsByCategory: t.findingsByCategory,
          findingsBySeverity: t.findingsBySeverity,
        },
      })),
    )
    .sort((x, y) => x.at.localeCompare(y.at));
}

function AssignmentReport({ entry }: { entry: ReportAssignment }) {
  const last = entry.attempts[entry.attempts.length - 1];
  const passed = entry.attempts.some((a) => a.passed);
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <section className="pr-report-assignment" data-testid="report-assignment" data-assignment={entry.id}>
      <h3>
        {entry.title} <span className={passed ? 'pr-badge pr-badge-ok' : 'pr-badge'}>{passed ? t('pr.allGoalsMet') : t('pr.report.notYet')}</span>
      </h3>
      <p className="pr-meta">
        {entry.situation && <span className="pr-tag">{situationIn(entry.situation, i18n)}</span>}
        <span>{t('pr.attempts', { count: entry.attempts.length })}</span>
      </p>
      <div className="pr-table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t('pr.col.number')}</th>
              <th>{t('pr.col.when')}</th>
              <th>{t('pr.col.harmony')}</th>
              <th>{t('pr.col.hints')}</th>
              {entry.goals.map((g) => (
                <th key={g}>{g}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entry.attempts.map((attempt, i) => (
              <tr key={attempt.at + i}>
                <td>{i + 1}</td>
                <td>{new Date(attempt.at).toLocaleString(locale)}</td>
                <td>{100 - attempt.friction}</td>
                <td>{attempt.hintsRevealed}</td>
                {entry.goals.map((label, g) => {
                  const goal = attempt.goals.find((x) => x.label === label) ?? attempt.goals[g];
                  return (
                    <td key={label} className={goal?.met ? 'pr-met' : 'pr-missed'} title={goal?.explanation}>
                      {goal ? (goal.met ? '✓' : '✗') : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="pr-compare">
        <div className="pr-compare-col">
          <h4>
            {t('pr.report.before')}
            {entry.baseline ? t('pr.report.harmony', { harmony: 100 - entry.baseline.friction }) : ''}
          </h4>
          <div className="pr-text" data-testid="report-before">
            {entry.draft}
          </div>
        </div>
        <div className="pr-compare-col">
          <h4>
            {t('pr.report.after')}
            {t('pr.report.harmony', { harmony: 100 - last.friction })}
          </h4>
          <div className="pr-text" data-testid="report-after">
            {last.text}
          </div>
        </div>
      </div>
    </section>
  );
}

export function ReportView({ report }: { report: ProgressReport }) {
  const s = summarise(report);
  const recurring = recurringCategories(report);
  const titles = Object.fromEntries(report.assignments.map((a) => [a.id, a.title]));
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <div className="pr-report" data-testid="report-view">
      <p className="pr-meta">
        {report.learner ? <strong>{report.learner}</strong> : t('pr.report.learner')}
        {t('pr.report.of', { date: new Date(report.generatedAt).toLocaleString(locale) })}
      </p>
      <div className="pr-figures" data-testid="report-figures">
        <div>
          <b data-testid="report-done">{s.assignments}</b> {t('pr.report.done')}
        </div>
        <div>
          <b data-testid="report-passed">{s.passed}</b> {t('pr.report.passed')}
        </div>
        <div>
          <b data-testid="report-attempts">{s.attempts}</b> {t('pr.report.attempts')}
        </div>
        <div>
          <b>
            {100 - s.firstFriction} → {100 - s.lastFriction}
          </b>{' '}
          {t('pr.report.mean')}
        </div>
      </div>
      {recurring.length > 0 && (
        <section aria-label={t('pr.report.recurring')}>
          <h3>{t('pr.report.recurring')}</h3>
          <table data-testid="report-recurring">
            <thead>
              <tr>
                <th>{t('pr.report.category')}</th>
                <th>{t('pr.report.withIt')}</th>
                <th>{t('pr.report.findings')}</th>
                <th>{t('pr.report.assignments')}</th>
                <th>{t('pr.report.stillInLast')}</th>
              </tr>
            </thead>
            <tbody>
              {recurring.map((r) => (
                <tr key={r.category} className={r.assignments > 1 ? 'pr-recurring' : undefined}>
                  <td>{i18n.category(r.category)}</td>
                  <td>{r.attempts}</td>
                  <td>{r.findings}</td>
                  <td>{r.assignments}</td>
                  <td>{r.stillInLast}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <ProgressCharts attempts={asAttempts(report)} titles={titles} />
      {report.assignments.map((a) => (
        <AssignmentReport key={a.id} entry={a} />
      ))}
    </div>
  );
}
