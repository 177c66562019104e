/** Hints, revealed one at a time at the learner's request (the count goes into the attempt). */
import { useI18n } from '../../lib/i18n/react';

export function Hints({ hints, revealed, onReveal }: { hints: readonly string[]; revealed: number; onReveal: () => void }) {
  const { t } = useI18n();
  if (hints.length === 0) return null;
  const left = hints.length - revealed;
  return (
    <section className="pr-hints" aria-label={t('pr.hints')}>
      <ol>
        {hints.slice(0, revealed).map((hint, i) => (
          <li key={i} data-testid="pr-hint">
            {hint}
          </li>
        ))}
      </ol>
      {left > 0 && (
        <button type="button" onClick={onReveal} data-testid="pr-reveal-hint">
          {t(revealed === 0 ? 'pr.hint.first' : 'pr.hint.next', { count: left })}
        </button>
      )}
    </section>
  );
}
