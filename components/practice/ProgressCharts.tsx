/**
 * The learner's progress as charts: harmony per attempt (a line per assignment; green diamonds
 * are attempts that met every goal) and findings per category over all attempts (stacked bars). The numbers are
 * also in a table under the charts, for screen readers and for copying.
 */
import { Bar, Line } from 'react-chartjs-2';
import type { Category } from '../../lib/engine/types';
import { useI18n } from '../../lib/i18n/react';
import type { Attempt } from '../../lib/practice/report';
import { categoryColour } from './charts';

const LINE_COLOURS = ['#1a73e8', '#e37400', '#9334e6', '#12b5cb', '#e52592', '#5f6368', '#b31412', '#137333'];

export interface ProgressChartsProps {
  /** Oldest first. */
  attempts: readonly Attempt[];
  titles: Readonly<Record<string, string>>;
}

function shortDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

export function ProgressCharts({ attempts, titles }: ProgressChartsProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  if (attempts.length === 0) {
    return <p className="pr-empty">{t('pr.chart.none')}</p>;
  }
  const labels = attempts.map((a, i) => `#${i + 1} ${shortDate(a.at, locale)}`);
  const categories = [...new Set(attempts.flatMap((a) => Object.keys(a.score.findingsByCategory)))].sort() as Category[];
  const tooltipTitle = (items: { dataIndex: number }[]) => {
    const a = attempts[items[0]?.dataIndex ?? 0];
    return a ? t('pr.chart.tooltipTitle', { title: titles[a.assignmentId] ?? a.assignmentId, met: a.score.met, total: a.score.total }) : '';
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
        <figcaption>{t('pr.chart.harmony')}</figcaption>
        <div className="pr-canvas">
          <Line
            aria-label={t('pr.chart.harmonyLabel')}
            role="img"
            data={{ labels: Array.from({ length: longest }, (_, i) => t('pr.chart.attempt', { n: i + 1 })), datasets: frictionSets }}
            options={{
              maintainAspectRatio: false,
              scales: { y: { min: 0, max: 100, title: { display: true, text: t('pr.chart.harmonyAxis') } } },
              plugins: {
                legend: { position: 'bottom', labels: { usePointStyle: true } },
                tooltip: {
                  callbacks: {
                    label: (item) => {
                      const a = byAssignment.get([...byAssignment.keys()][item.datasetIndex])?.[item.dataIndex];
                      return a
                        ? t('pr.chart.tooltip', { label: item.dataset.label ?? '', harmony: 100 - a.score.friction, met: a.score.met, total: a.score.total })
                        : '';
                    },
                  },
                },
              },
            }}
          />
        </div>
      </figure>
      <figure className="pr-chart" data-testid="chart-categories">
        <figcaption>{t('pr.chart.categories')}</figcaption>
        <div className="pr-canvas">
          <Bar
            aria-label={t('pr.chart.categories')}
            role="img"
            data={{
              labels,
              datasets: categories.map((c) => ({
                label: i18n.category(c),
                data: attempts.map((a) => a.score.findingsByCategory[c] ?? 0),
                backgroundColor: categoryColour(c),
              })),
            }}
            options={{
              maintainAspectRatio: false,
              scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('pr.chart.findingsAxis') } } },
              plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { title: tooltipTitle } } },
            }}
          />
        </div>
      </figure>
      <details className="pr-numbers">
        <summary>{t('pr.chart.numbers')}</summary>
        <table data-testid="progress-table">
          <thead>
            <tr>
              <th>{t('pr.col.number')}</th>
              <th>{t('pr.col.assignment')}</th>
              <th>{t('pr.col.when')}</th>
              <th>{t('pr.col.goalsMet')}</th>
              <th>{t('pr.col.harmony')}</th>
              {categories.map((c) => (
                <th key={c}>{i18n.category(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {attempts.map((a, i) => (
              <tr key={a.id}>
                <td>{i + 1}</td>
                <td>{titles[a.assignmentId] ?? a.assignmentId}</td>
                <td>{new Date(a.at).toLocaleString(locale)}</td>
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
