/**
 * A learner's progress report, as the coach reads it: what was done, how many attempts, the
 * score per goal of each attempt, the draft beside the last rewrite, and the categories of
 * findings that keep coming back.
 */
import type { Attempt, ProgressReport, ReportAssignment } from '../../lib/practice/report';
import { recurringCategories, summarise } from '../../lib/practice/report';
import { situationLabel } from './AssignmentBrief';
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
  const passed = entry.attempts.some((t) => t.passed);
  return (
    <section className="pr-report-assignment" data-testid="report-assignment" data-assignment={entry.id}>
      <h3>
        {entry.title} <span className={passed ? 'pr-badge pr-badge-ok' : 'pr-badge'}>{passed ? 'all goals met' : 'not yet'}</span>
      </h3>
      <p className="pr-meta">
        {entry.situation && <span className="pr-tag">{situationLabel(entry.situation)}</span>}
        <span>
          {entry.attempts.length} {entry.attempts.length === 1 ? 'attempt' : 'attempts'}
        </span>
      </p>
      <div className="pr-table-scroll">
        <table>
          <thead>
            <tr>
              <th>#</th>
              <th>When</th>
              <th>Harmony</th>
              <th>Hints</th>
              {entry.goals.map((g) => (
                <th key={g}>{g}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entry.attempts.map((t, i) => (
              <tr key={t.at + i}>
                <td>{i + 1}</td>
                <td>{new Date(t.at).toLocaleString()}</td>
                <td>{100 - t.friction}</td>
                <td>{t.hintsRevealed}</td>
                {entry.goals.map((label, g) => {
                  const goal = t.goals.find((x) => x.label === label) ?? t.goals[g];
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
          <h4>Before{entry.baseline ? ` · harmony ${100 - entry.baseline.friction}` : ''}</h4>
          <div className="pr-text" data-testid="report-before">
            {entry.draft}
          </div>
        </div>
        <div className="pr-compare-col">
          <h4>After (last attempt) · harmony {100 - last.friction}</h4>
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
  return (
    <div className="pr-report" data-testid="report-view">
      <p className="pr-meta">
        {report.learner ? <strong>{report.learner}</strong> : 'A learner'} · report of {new Date(report.generatedAt).toLocaleString()}
      </p>
      <div className="pr-figures" data-testid="report-figures">
        <div>
          <b data-testid="report-done">{s.assignments}</b> assignments practised
        </div>
        <div>
          <b data-testid="report-passed">{s.passed}</b> with every goal met
        </div>
        <div>
          <b data-testid="report-attempts">{s.attempts}</b> attempts
        </div>
        <div>
          <b>
            {100 - s.firstFriction} → {100 - s.lastFriction}
          </b>{' '}
          mean harmony, first → last attempt
        </div>
      </div>
      {recurring.length > 0 && (
        <section aria-label="Categories that keep coming back">
          <h3>Categories that keep coming back</h3>
          <table data-testid="report-recurring">
            <thead>
              <tr>
                <th>Category</th>
                <th>Attempts with it</th>
                <th>Findings</th>
                <th>Assignments</th>
                <th>Still in the last attempt</th>
              </tr>
            </thead>
            <tbody>
              {recurring.map((r) => (
                <tr key={r.category} className={r.assignments > 1 ? 'pr-recurring' : undefined}>
                  <td>{r.category}</td>
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
