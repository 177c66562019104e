/** What happened to packs lately: installs, updates (with what changed) and refusals. */
import type { PackActivity } from '../../lib/storage/items';
import { useI18n } from '../../lib/i18n/react';
import { DiffList, outcomeSummary } from './Outcome';

export function Activity({ entries }: { entries: PackActivity[] }) {
  const words = useI18n();
  const { t } = words;
  if (!entries.length) return null;
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title">{t('activity.title')}</h2>
      <ol className="activity" data-testid="activity">
        {entries.slice(0, 20).map((entry, i) => (
          <li key={`${entry.at}-${i}`} data-testid="activity-entry" data-status={entry.outcome.status}>
            <span className="meta">{new Date(entry.at).toLocaleString(words.locale)} · {entry.from}</span>
            <p>{outcomeSummary(entry.outcome, words)}</p>
            {entry.outcome.status === 'updated' && <DiffList diff={entry.outcome.diff} />}
            {entry.outcome.status === 'refused' && entry.outcome.errors.length > 0 && (
              <details>
                <summary>{t('activity.problems', { count: entry.outcome.errors.length })}</summary>
                <ul className="errors">
                  {entry.outcome.errors.slice(0, 20).map((e, j) => (
                    <li key={j}>{e}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
