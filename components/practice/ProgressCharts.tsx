/**
 * The learner's progress as charts: harmony per attempt (a line per assignment; green diamonds
 * are attempts that met every goal) and findings per category over all attempts (stacked bars). The numbers are
 * also in a table under the charts, for screen readers and for copying.
 */
import { Bar, Line } from 'react-chartjs-2';
import type { Category } from '../../lib/engine/types';
import type { Attempt } from '../../lib/practice/report';
import { categoryColour } from './charts';

const LINE_COLOURS = ['#1a73e8', '#e37400', '#9334e6', '#12b5cb', '#e52592', '#5f6368', '#b31412', '#137333'];

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
  // Harmony (100 - friction, the scale the compose window shows): one line per assignment,
  // attempt by attempt, so that each rewrite is compared with the ones before it on the same draft.
  // (The test id stays chart-friction.)
  const byAssignment = new Map<string, Attempt[]>();
  for (const a of attempts) byAssignment.set(a.assignmentId, [...(byAssignment.get(a.assignmentId) ?? []), a]);
  const longest = Math.max(...[...byAssignment.values()].map((l) => l.length));
  const frictionSets = [...byAssignment].map(([id, list], i) => ({
    label: titles[id] ?? id,
    data: list.map((a) => 100 - a.score.friction),
    borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
    backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
    tension: 0,
    pointRadius: 5,
    pointStyle: list.map((a) => (a.score.passed ? 'rectRot' : 'circle')),
    pointBackgroundColor: list.map((a) => (a.score.passed ? '#188038' : '#fff')),
  }));

  return (
    <div className="pr-charts">
      <figure className="pr-chart" data-testid="chart-friction">
        <figcaption>Harmony per attempt (higher is better; ◆ every goal met)</figcaption>
        <div className="pr-canvas">
          <Line
            aria-label="Harmony per attempt"
            role="img"
            data={{ labels: Array.from({ length: longest }, (_, i) => `attempt ${i + 1}`), datasets: frictionSets }}
            options={{
              maintainAspectRatio: false,
              scales: { y: { min: 0, max: 100, title: { display: true, text: 'harmony (0-100)' } } },
              plugins: {
                legend: { position: 'bottom', labels: { usePointStyle: true } },
                tooltip: {
                  callbacks: {
                    label: (item) => {
                      const a = byAssignment.get([...byAssignment.keys()][item.datasetIndex])?.[item.dataIndex];
                      return a ? `${item.dataset.label}: harmony ${100 - a.score.friction}, ${a.score.met}/${a.score.total} goals` : '';
                    },
                  },
                },
              },
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
              <th>Harmony</th>
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
                <td>{100 - a.score.friction}</td>
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
