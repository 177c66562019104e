/**
 * Who this draft is for, and why: chosen from its recipients, the default, or the organisation's
 * lock. The user may override it for this draft only ("Automatic" goes back to the recipients).
 */
import type { AudienceChoice } from '../lib/audience/match';
import { useI18n } from '../lib/i18n/react';
import { keepFocus } from './keep-focus';

export interface DraftAudienceView {
  /** The audience in force and what decided it. */
  choice: AudienceChoice;
  /** What the recipients (or the default) would give without an override. */
  automatic: string;
}

export interface DraftAudienceProps extends DraftAudienceView {
  /** Audiences to offer besides the readers the packs in force name (useI18n().readers). */
  options?: readonly string[];
  /** null: back to automatic. */
  onChange: (audience: string | null) => void;
}

export function DraftAudience({ choice, automatic, options = [], onChange }: DraftAudienceProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const all = [...new Set([...i18n.readers.map((r) => r.id), ...options, choice.audience, automatic])];
  const note =
    choice.source === 'rule'
      ? t('draftAudience.fromRecipients', { recipients: (choice.recipients ?? []).join(', ') })
      : choice.source === 'override'
        ? t('draftAudience.override')
        : choice.source === 'locked'
          ? t('draftAudience.locked')
          : t('draftAudience.default');
  return (
    <div className="nw-draft-audience" data-testid="nw-draft-audience" data-audience={choice.audience} data-source={choice.source}>
      <label>
        <span>{t('draftAudience.label')}</span>
        <select
          data-testid="nw-draft-audience-select"
          value={choice.source === 'override' ? choice.audience : ''}
          disabled={choice.source === 'locked'}
          onMouseDown={(e) => e.stopPropagation()}
          onChange={(e) => onChange(e.currentTarget.value || null)}
        >
          <option value="">{t('draftAudience.auto', { audience: i18n.audience(automatic, true) })}</option>
          {all.map((a) => (
            <option key={a} value={a}>
              {i18n.audience(a, true)}
            </option>
          ))}
        </select>
      </label>
      <small className="nw-draft-audience-note" onMouseDown={keepFocus}>
        {note}
      </small>
    </div>
  );
}
