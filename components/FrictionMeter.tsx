/** How likely the draft is to land as imposed or confrontational, 0-100, as a small bar. */
export function FrictionMeter({ value }: { value: number }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  const level = clamped >= 60 ? 'high' : clamped >= 25 ? 'medium' : 'low';
  return (
    <span
      className={`nw-meter nw-meter-${level}`}
      role="meter"
      aria-label="Friction"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      data-testid="nw-friction"
    >
      <span className="nw-meter-fill" style={{ width: `${clamped}%` }} />
    </span>
  );
}
