/**
 * Personal stats from real use, for the options page: the opt-in switch, what is (and is not)
 * kept, and two charts: findings shown, applied and ignored per week, and per category. Counts
 * only; see lib/storage/stats.ts.
 */
import { useEffect, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { clearStats, EVENT_LABELS, statsEnabled, summariseStats, weeklyStats, type WeeklyStats } from '../lib/storage/stats';
import { EVENT_COLOURS } from './practice/charts';

const KINDS = ['shown', 'applied', 'ignored'] as const;

// Self-contained, so that the options page only has to mount the component.
const CSS = `
.nw-stats-switch { display: flex; gap: 6px; align-items: center; font-weight: 600; }
.nw-stats-note { color: #5f6368; font-size: 13px; max-width: 60ch; }
.nw-stats-charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin: 12px 0; }
.nw-stats-charts figure { margin: 0; border: 1px solid #dadce0; border-radius: 8px; padding: 8px 10px; }
.nw-stats-charts figcaption { font-weight: 600; margin-bottom: 4px; }
.nw-stats-charts details { grid-column: 1 / -1; }
.nw-stats-charts th, .nw-stats-charts td { text-align: left; padding: 2px 10px 2px 0; }
`;

export function StatsCharts() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [stats, setStats] = useState<WeeklyStats>({});

  useEffect(() => {
    void statsEnabled.getValue().then(setEnabled);
    void weeklyStats.getValue().then(setStats);
    const unwatch = [statsEnabled.watch((v) => setEnabled(v ?? false)), weeklyStats.watch((v) => setStats(v ?? {}))];
    return () => unwatch.forEach((u) => u());
  }, []);

  if (enabled === null) return null;
  const s = summariseStats(stats);
  const empty = s.weeks.length === 0;
  const dataset = (counts: { shown: number; applied: number; ignored: number }[]) =>
    KINDS.map((k) => ({ label: EVENT_LABELS[k], data: counts.map((c) => c[k]), backgroundColor: EVENT_COLOURS[k] }));

  return (
    <section className="nw-stats" aria-label="Personal stats" data-testid="nw-stats">
      <style>{CSS}</style>
      <label className="nw-stats-switch">
        <input type="checkbox" checked={enabled} onChange={(e) => void statsEnabled.setValue(e.target.checked)} data-testid="nw-stats-enabled" /> Keep personal stats
        of how I use Nemawashi
      </label>
      <p className="nw-stats-note">
        Only counts, per week and per category: how many findings were shown to you, how many suggestions you applied, how many findings you
        ignored. Never any text, site or address. Stored in this browser only.
      </p>
      {!empty && (
        <div className="nw-stats-charts">
          <figure data-testid="nw-stats-weeks">
            <figcaption>Per week</figcaption>
            <div style={{ position: 'relative', height: 220 }}>
              <Bar
                role="img"
                aria-label="Findings shown, applied and ignored per week"
                data={{ labels: s.weeks.map((w) => `week of ${w}`), datasets: dataset(s.perWeek) }}
                options={{ maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }}
              />
            </div>
          </figure>
          <figure data-testid="nw-stats-categories">
            <figcaption>Per category</figcaption>
            <div style={{ position: 'relative', height: Math.max(160, 28 * s.categories.length + 60) }}>
              <Bar
                role="img"
                aria-label="Findings shown, applied and ignored per category"
                data={{ labels: s.categories, datasets: dataset(s.perCategory) }}
                options={{ indexAxis: 'y', maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }}
              />
            </div>
          </figure>
          <details>
            <summary>The numbers</summary>
            <table data-testid="nw-stats-table">
              <thead>
                <tr>
                  <th>Category</th>
                  {KINDS.map((k) => (
                    <th key={k}>{EVENT_LABELS[k]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.categories.map((c, i) => (
                  <tr key={c}>
                    <td>{c}</td>
                    {KINDS.map((k) => (
                      <td key={k}>{s.perCategory[i][k]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      )}
      {enabled && empty && <p className="nw-stats-note">Nothing counted yet.</p>}
      {!empty && (
        <button type="button" onClick={() => void clearStats()} data-testid="nw-stats-clear">
          Clear my stats
        </button>
      )}
    </section>
  );
}
