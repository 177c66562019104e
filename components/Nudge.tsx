/**
 * "Before you send": a small prompt beside the Send button when warnings are still open. It never
 * blocks: "Send anyway" sends, and so does pressing Send again.
 */
import type { Category } from '../lib/engine/types';
import { keepFocus } from './keep-focus';

const READS_AS: Partial<Record<Category, string>> = {
  imposition: 'imposing',
  decision: 'imposing',
  pressure: 'pushy',
  confrontation: 'confrontational',
  blame: 'blaming',
  dismissal: 'dismissive',
  condescension: 'condescending',
  shouting: 'like shouting',
  absolutism: 'absolute',
  bluntness: 'blunt',
};

export interface NudgeProps {
  warnings: number;
  /** The most frequent category among the warnings, to say how they may read. */
  category: Category | null;
  onReview: () => void;
  onSend: () => void;
  onClose: () => void;
}

export function Nudge({ warnings, category, onReview, onSend, onClose }: NudgeProps) {
  const how = (category && READS_AS[category]) ?? 'harsher than meant';
  return (
    <div className="nw-nudge" role="alertdialog" aria-label="Before you send" data-testid="nw-nudge" onMouseDown={keepFocus}>
      <p>
        {warnings} {warnings === 1 ? 'phrase' : 'phrases'} may read as {how} — review or send anyway.
      </p>
      <div className="nw-nudge-actions">
        <button type="button" onMouseDown={keepFocus} onClick={onClose} aria-label="Dismiss">
          ×
        </button>
        <button type="button" data-testid="nw-review" onMouseDown={keepFocus} onClick={onReview}>
          Review
        </button>
        <button type="button" className="nw-primary" data-testid="nw-send-anyway" onMouseDown={keepFocus} onClick={onSend}>
          Send anyway
        </button>
      </div>
    </div>
  );
}
