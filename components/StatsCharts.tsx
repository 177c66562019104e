/**
 * Personal stats from real use, for the options page: the opt-in switch, what is (and is not)
 * kept, and two charts: findings shown, applied and ignored per week, and per category. Counts
 * only; see lib/storage/stats.ts.
 */
import { useEffect, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useI18n } from '../lib/i18n/react';
import { clearStats, statsEnabled, summariseStats, weeklyStats, type WeeklyStats } from '../lib/storage/stats';
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
  const words = useI18n();
  const { t } = words;
  const eventLabel = (k: (typeof KINDS)[number]) => t(`stats.event.${k}`);
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
    KINDS.map((k) => ({ label: eventLabel(k), data: counts.map((c) => c[k]), backgroundColor: EVENT_COLOURS[k] }));

  return (
    <section className="nw-stats" aria-label={t('stats.label')} data-testid="nw-stats">
      <style>{CSS}</style>
      <label className="nw-stats-switch">
        <input type="checkbox" checked={enabled} onChange={(e) => void statsEnabled.setValue(e.target.checked)} data-testid="nw-stats-enabled" />{' '}
        {t('stats.enable')}
      </label>
      <p className="nw-stats-note">{t('stats.note')}</p>
      {!empty && (
        <div className="nw-stats-charts">
          <figure data-testid="nw-stats-weeks">
            <figcaption>{t('stats.perWeek')}</figcaption>
            <div style={{ position: 'relative', height: 220 }}>
              <Bar
                role="img"
                aria-label={t('stats.perWeekLabel')}
                data={{ labels: s.weeks.map((w) => t('stats.weekOf', { week: w })), datasets: dataset(s.perWeek) }}
                options={{ maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }}
              />
            </div>
          </figure>
          <figure data-testid="nw-stats-categories">
            <figcaption>{t('stats.perCategory')}</figcaption>
            <div style={{ position: 'relative', height: Math.max(160, 28 * s.categories.length + 60) }}>
              <Bar
                role="img"
                aria-label={t('stats.perCategoryLabel')}
                data={{ labels: s.categories.map((c) => words.category(c)), datasets: dataset(s.perCategory) }}
                options={{ indexAxis: 'y', maintainAspectRatio: false, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: 'bottom' } } }}
              />
            </div>
          </figure>
          <details>
            <summary>{t('stats.numbers')}</summary>
            <table data-testid="nw-stats-table">
              <thead>
                <tr>
                  <th>{t('stats.category')}</th>
                  {KINDS.map((k) => (
                    <th key={k}>{eventLabel(k)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.categories.map((c, i) => (
                  <tr key={c}>
                    <td>{words.category(c)}</td>
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
      {enabled && empty && <p className="nw-stats-note">{t('stats.nothing')}</p>}
      {!empty && (
        <button type="button" onClick={() => void clearStats()} data-testid="nw-stats-clear">
          {t('stats.clear')}
        </button>
      )}
    </section>
  );
}
