/** Who the drafts are for: packs are chosen by audience. */
export const AUDIENCES = [
  { id: 'consensus', label: 'Consensus-oriented (e.g. a Japanese team)' },
  { id: 'results-first', label: 'Results-first (direct, to the point)' },
] as const;

export interface AudiencePickerProps {
  value: string;
  onChange: (audience: string) => void;
}

export function AudiencePicker({ value, onChange }: AudiencePickerProps) {
  const known = AUDIENCES.some((a) => a.id === value);
  return (
    <label className="nw-audience">
      <span>Writing for</span>
      <select data-testid="nw-audience" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {AUDIENCES.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
