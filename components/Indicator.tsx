/** The badge at the corner of the field in focus: number of findings and the two meters. */
import type { Severity } from '../lib/engine/types';
import { useI18n } from '../lib/i18n/react';
import { keepFocus } from './keep-focus';
import { Meters } from './Meters';

export interface IndicatorProps {
  count: number;
  friction: number;
  /** The engine's clarity, 0-100 (100 when not given). */
  clarity?: number;
  /** The most severe finding, which colours the badge. */
  severity: Severity | null;
  /** Still checking (the engine is loading or a check is pending). */
  busy?: boolean;
  expanded?: boolean;
  onToggle?: () => void;
}

export function Indicator({ count, friction, clarity = 100, severity, busy, expanded, onToggle }: IndicatorProps) {
  const { t } = useI18n();
  const label = count === 0 ? t('indicator.clear') : t('indicator.count', { count });
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
      <Meters friction={friction} clarity={clarity} compact />
    </button>
  );
}
