/**
 * "Before you send": a small prompt beside the Send button when warnings are still open. It never
 * blocks: "Send anyway" sends, and so does pressing Send again.
 */
import type { Category } from '../lib/engine/types';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from '../lib/i18n/react';
import { keepFocus } from './keep-focus';

const READS_AS = new Set<Category>([
  'imposition',
  'decision',
  'pressure',
  'confrontation',
  'blame',
  'dismissal',
  'condescension',
  'shouting',
  'absolutism',
  'bluntness',
  'vagueness',
  'hedging',
  'clarity',
  'sarcasm',
  'over-apology',
  'indirection',
]);

export interface NudgeProps {
  warnings: number;
  /** The most frequent category among the warnings, to say how they may read. */
  category: Category | null;
  onReview: () => void;
  onSend: () => void;
  onClose: () => void;
}

export function Nudge({ warnings, category, onReview, onSend, onClose }: NudgeProps) {
  const { t } = useI18n();
  const how = t((category && READS_AS.has(category) ? `nudge.readsAs.${category}` : 'nudge.readsAs.other') as MessageKey);
  return (
    <div className="nw-nudge" role="alertdialog" aria-label={t('nudge.label')} data-testid="nw-nudge" onMouseDown={keepFocus}>
      <p>{t('nudge.text', { count: warnings, how })}</p>
      <div className="nw-nudge-actions">
        <button type="button" onMouseDown={keepFocus} onClick={onClose} aria-label={t('nudge.dismiss')}>
          ×
        </button>
        <button type="button" data-testid="nw-review" onMouseDown={keepFocus} onClick={onReview}>
          {t('nudge.review')}
        </button>
        <button type="button" className="nw-primary" data-testid="nw-send-anyway" onMouseDown={keepFocus} onClick={onSend}>
          {t('nudge.send')}
        </button>
      </div>
    </div>
  );
}
