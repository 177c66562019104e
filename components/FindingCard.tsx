/**
 * One finding: what may land badly, why (for this audience), up to three softer wordings, and
 * ways to dismiss it. Pack text is rendered as text only. Buttons never take focus from the editor.
 */
import { useId, useState } from 'react';
import type { Finding } from '../lib/engine/types';
import { suggestionPieces } from '../lib/highlight/focus';
import { useI18n } from '../lib/i18n/react';
import { focusOnMount, keepFocus } from './keep-focus';

export interface FindingCardProps {
  finding: Finding;
  onApply?: (suggestion: string) => void;
  onIgnore?: () => void;
  onDisableRule?: () => void;
  /** Move keyboard focus to the first button when shown (opened from the keyboard). */
  autoFocus?: boolean;
  /** A draft-level tip (never counted): 'nw-tip' instead of 'nw-finding'. */
  tip?: boolean;
  /** Apply one of the engine's rewrites of the whole sentence (finding.rewrite). */
  onApplyRewrite?: (rewrite: string) => void;
}

const SEVERITY_LABEL = { warning: 'card.severity.warning', suggestion: 'card.severity.suggestion', info: 'card.severity.info' } as const;

export function FindingCard({ finding, onApply, onIgnore, onDisableRule, autoFocus, tip, onApplyRewrite }: FindingCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const suggestions = finding.suggestions.slice(0, 3);
  const showRewrite = suggestions.length === 0 && !!onApplyRewrite && (finding.rewrite?.suggestions.length ?? 0) > 0;
  // "Why?" is folded: the card stays compact (and fits on a small screen); one press opens it.
  const [whyOpen, setWhyOpen] = useState(false);
  const whyId = useId();
  return (
    <div
      className={`nw-card nw-sev-${finding.severity}`}
      role="group"
      aria-label={finding.message}
      data-testid={tip ? 'nw-tip' : 'nw-finding'}
      data-rule-id={finding.rule}
      data-pack-id={finding.pack}
      onMouseDown={keepFocus}
    >
      <div className="nw-card-head">
        <span className="nw-severity">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span className="nw-category">{i18n.category(finding.category)}</span>
      </div>
      {finding.scope !== 'draft' && <q className="nw-quote">{finding.text}</q>}
      <p className="nw-message">{finding.message}</p>
      {finding.why && (
        <button
          type="button"
          className="nw-why-toggle"
          aria-expanded={whyOpen}
          aria-controls={whyId}
          onMouseDown={keepFocus}
          onClick={() => setWhyOpen((o) => !o)}
        >
          {t('card.why')}
        </button>
      )}
      {whyOpen && (
        <p className="nw-why" id={whyId}>
          {finding.why}
        </p>
      )}
      {suggestions.length > 0 && (
        <ul className="nw-suggestions" aria-label={t('card.suggestions')}>
          {suggestions.map((suggestion, i) => (
            <li key={suggestion}>
              <button
                type="button"
                className="nw-suggestion"
                data-testid="nw-suggestion"
                ref={autoFocus && i === 0 ? focusOnMount : undefined}
                onMouseDown={keepFocus}
                onClick={() => onApply?.(suggestion)}
              >
                {/* The words it adds are marked; the button's text is exactly the suggestion. */}
                {suggestionPieces(finding.text, suggestion).map((p, k) => (p.inserted ? <ins key={k}>{p.text}</ins> : p.text))}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Where findings share a sentence the engine may withhold this one's own wordings and
          offer the whole sentence rewritten instead (leaving none of them). */}
      {showRewrite && (
        <ul className="nw-suggestions" aria-label={t('card.rewrite')}>
          {finding.rewrite!.suggestions.slice(0, 2).map((rewrite, i) => (
            <li key={rewrite}>
              <button
                type="button"
                className="nw-suggestion"
                data-testid="nw-rewrite"
                ref={autoFocus && i === 0 ? focusOnMount : undefined}
                onMouseDown={keepFocus}
                onClick={() => onApplyRewrite(rewrite)}
              >
                {rewrite}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="nw-actions">
        <button
          type="button"
          data-testid="nw-ignore"
          ref={autoFocus && suggestions.length === 0 && !showRewrite ? focusOnMount : undefined}
          onMouseDown={keepFocus}
          onClick={onIgnore}
        >
          {t('card.ignore')}
        </button>
        <button type="button" data-testid="nw-disable-rule" onMouseDown={keepFocus} onClick={onDisableRule}>
          {t('card.disableRule')}
        </button>
      </div>
    </div>
  );
}
