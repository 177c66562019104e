/** The badge at the corner of the field in focus: number of findings and the friction meter. */
import type { Severity } from '../lib/engine/types';
import { FrictionMeter } from './FrictionMeter';
import { keepFocus } from './keep-focus';

export interface IndicatorProps {
  count: number;
  friction: number;
  /** The most severe finding, which colours the badge. */
  severity: Severity | null;
  /** Still checking (the engine is loading or a check is pending). */
  busy?: boolean;
  expanded?: boolean;
  onToggle?: () => void;
}

export function Indicator({ count, friction, severity, busy, expanded, onToggle }: IndicatorProps) {
  const label =
    count === 0
      ? 'Nemawashi: nothing to soften'
      : `Nemawashi: ${count} ${count === 1 ? 'phrase' : 'phrases'} may land harder than meant`;
  return (
    <button
      type="button"
      className={`nw-indicator nw-sev-${severity ?? 'clear'}${busy ? ' nw-busy' : ''}`}
      data-testid="nw-indicator"
      data-count={count}
      data-busy={busy ? 'true' : 'false'}
      aria-label={label}
      aria-expanded={expanded ?? false}
      title={label}
      onMouseDown={keepFocus}
      onClick={onToggle}
    >
      <span className="nw-count">{count === 0 ? '✓' : count}</span>
      <FrictionMeter value={friction} />
    </button>
  );
}
