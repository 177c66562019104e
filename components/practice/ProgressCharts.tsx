/**
 * The learner's progress as charts: friction per attempt (a line; green points are attempts that
 * met every goal) and findings per category over the attempts (stacked bars). The numbers are
 * also in a table under the charts, for screen readers and for copying.
 */
import { Bar, Line } from 'react-chartjs-2';
import type { Category } from '../../lib/engine/types';
import type { Attempt } from '../../lib/practice/report';
import { categoryColour } from './charts';

export interface ProgressChartsProps {
  /** Oldest first. */
  attempts: readonly Attempt[];
  titles: Readonly<Record<string, string>>;
}

function shortDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function ProgressCharts({ attempts, titles }: ProgressChartsProps) {
  if (attempts.length === 0) {
    return <p className="pr-empty">No attempts yet: submit a rewrite and your progress shows here.</p>;
  }
  const labels = attempts.map((a, i) => `#${i + 1} ${shortDate(a.at)}`);
  const categories = [...new Set(attempts.flatMap((a) => Object.keys(a.score.findingsByCategory)))].sort() as Category[];
  const tooltipTitle = (items: { dataIndex: number }[]) => {
    const a = attempts[items[0]?.dataIndex ?? 0];
    return a ? `${titles[a.assignmentId] ?? a.assignmentId} — ${a.score.met}/${a.score.total} goals` : '';
  };

  return (
    <div className="pr-charts">
      <figure className="pr-chart" data-testid="chart-friction">
        <figcaption>Friction per attempt</figcaption>
        <div className="pr-canvas">
          <Line
            aria-label="Friction per attempt"
            role="img"
            data={{
              labels,
              datasets: [
                {
                  label: 'Friction',
                  data: attempts.map((a) => a.score.friction),
                  borderColor: '#1a73e8',
                  backgroundColor: 'rgba(26, 115, 232, 0.12)',
                  fill: true,
                  tension: 0.25,
                  pointRadius: 5,
                  pointBackgroundColor: attempts.map((a) => (a.score.passed ? '#188038' : '#d93025')),
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              scales: { y: { min: 0, max: 100, title: { display: true, text: 'friction (0-100)' } } },
              plugins: { legend: { display: false }, tooltip: { callbacks: { title: tooltipTitle } } },
            }}
          />
        </div>
      </figure>
      <figure className="pr-chart" data-testid="chart-categories">
        <figcaption>Findings per category, attempt by attempt</figcaption>
        <div className="pr-canvas">
          <Bar
            aria-label="Findings per category, attempt by attempt"
            role="img"
            data={{
              labels,
              datasets: categories.map((c) => ({
                label: c,
                data: attempts.map((a) => a.score.findingsByCategory[c] ?? 0),
                backgroundColor: categoryColour(c),
              })),
            }}
            options={{
              maintainAspectRatio: false,
              scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'findings' } } },
              plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { title: tooltipTitle } } },
            }}
          />
        </div>
      </figure>
      <details className="pr-numbers">
        <summary>The numbers</summary>
        <table data-testid="progress-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Assignment</th>
              <th>When</th>
              <th>Goals met</th>
              <th>Friction</th>
              {categories.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {attempts.map((a, i) => (
              <tr key={a.id}>
                <td>{i + 1}</td>
                <td>{titles[a.assignmentId] ?? a.assignmentId}</td>
                <td>{new Date(a.at).toLocaleString()}</td>
                <td>
                  {a.score.met}/{a.score.total}
                </td>
                <td>{a.score.friction}</td>
                {categories.map((c) => (
                  <td key={c}>{a.score.findingsByCategory[c] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
