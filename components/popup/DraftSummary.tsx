/** The draft in front of the user: how many phrases to review, by category, and the friction. */
import type { Category } from '../../lib/engine/types';
import { FrictionMeter } from '../FrictionMeter';

export interface DraftSummaryProps {
  summary: { count: number; friction: number; byCategory: Partial<Record<Category, number>> } | null;
}

export function DraftSummary({ summary }: DraftSummaryProps) {
  if (!summary) {
    return (
      <p className="nw-muted" data-testid="nw-summary-empty">
        Click into a draft on this page to check it.
      </p>
    );
  }
  const categories = Object.entries(summary.byCategory).sort((a, b) => b[1] - a[1]);
  return (
    <section className="nw-summary" data-testid="nw-summary" data-count={summary.count}>
      <div className="nw-summary-head">
        <strong>
          {summary.count === 0
            ? 'Nothing to soften in this draft'
            : `${summary.count} ${summary.count === 1 ? 'phrase' : 'phrases'} to review`}
        </strong>
        <span className="nw-friction">
          Friction <FrictionMeter value={summary.friction} />
        </span>
      </div>
      {categories.length > 0 && (
        <ul className="nw-categories">
          {categories.map(([category, n]) => (
            <li key={category} data-category={category}>
              <span>{category}</span> <span className="nw-n">{n}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
