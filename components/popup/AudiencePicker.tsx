/** Who the drafts are for by default (when no recipient rule matches): packs are chosen by audience. */
import { useI18n } from '../../lib/i18n/react';

export const AUDIENCES = [{ id: 'consensus' }, { id: 'results-first' }] as const;

export interface AudiencePickerProps {
  value: string;
  onChange: (audience: string) => void;
  /** Set by the organisation: shown, not changeable. */
  locked?: boolean;
}

export function AudiencePicker({ value, onChange, locked }: AudiencePickerProps) {
  const i18n = useI18n();
  const known = AUDIENCES.some((a) => a.id === value);
  return (
    <label className="nw-audience">
      <span>{i18n.t('popup.writingFor')}</span>
      <select data-testid="nw-audience" value={value} disabled={locked} onChange={(e) => onChange(e.currentTarget.value)}>
        {AUDIENCES.map((a) => (
          <option key={a.id} value={a.id}>
            {i18n.audience(a.id)}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
