/** The draft in front of the user: how many phrases to review, by category, and the two meters. */
import type { Category } from '../../lib/engine/types';
import { useI18n } from '../../lib/i18n/react';
import { Meters } from '../Meters';

export interface DraftSummaryProps {
  summary: { count: number; friction: number; clarity?: number; byCategory: Partial<Record<Category, number>> } | null;
}

export function DraftSummary({ summary }: DraftSummaryProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!summary) {
    return (
      <p className="nw-muted" data-testid="nw-summary-empty">
        {t('popup.noDraft')}
      </p>
    );
  }
  const categories = Object.entries(summary.byCategory).sort((a, b) => b[1] - a[1]);
  return (
    <section className="nw-summary" data-testid="nw-summary" data-count={summary.count}>
      <div className="nw-summary-head">
        <strong>{summary.count === 0 ? t('popup.summary.none') : t('popup.summary.count', { count: summary.count })}</strong>
      </div>
      <Meters friction={summary.friction} clarity={summary.clarity ?? 100} />
      {categories.length > 0 && (
        <ul className="nw-categories">
          {categories.map(([category, n]) => (
            <li key={category} data-category={category}>
              <span>{i18n.category(category)}</span> <span className="nw-n">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
