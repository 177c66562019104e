/**
 * Who the drafts are for by default (when no recipient rule matches): packs are chosen by audience.
 * The readers offered, and their names, are those the packs in force declare (useI18n().readers).
 */
import { useI18n } from '../../lib/i18n/react';

export interface AudiencePickerProps {
  value: string;
  onChange: (audience: string) => void;
  /** Set by the organisation: shown, not changeable. */
  locked?: boolean;
}

export function AudiencePicker({ value, onChange, locked }: AudiencePickerProps) {
  const i18n = useI18n();
  const known = i18n.readers.some((r) => r.id === value);
  return (
    <label className="nw-audience">
      <span>{i18n.t('popup.writingFor')}</span>
      <select data-testid="nw-audience" value={value} disabled={locked} onChange={(e) => onChange(e.currentTarget.value)}>
        {i18n.readers.map((r) => (
          <option key={r.id} value={r.id}>
            {i18n.audience(r.id)}
          </option>
        ))}
        {!known && <option value={value}>{i18n.audience(value)}</option>}
      </select>
    </label>
  );
}
