/**
 * Two meters side by side: harmony (how the draft may land: 100 - the engine's friction) and
 * clarity (is the ask clear: the engine's clarity). Both read "higher is better".
 */
import { useI18n } from '../lib/i18n/react';

export type MeterKind = 'harmony' | 'clarity';

export function meterLevel(value: number): 'good' | 'fair' | 'poor' {
  return value >= 75 ? 'good' : value >= 40 ? 'fair' : 'poor';
}

export function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(Number.isFinite(value) ? value : 0)));
}

export interface MeterProps {
  kind: MeterKind;
  /** 0-100, higher is better. */
  value: number;
  /** Indicator size: a one-character label and a short bar. */
  compact?: boolean;
}

export function Meter({ kind, value, compact }: MeterProps) {
  const { t } = useI18n();
  const v = clamp(value);
  const name = t(kind === 'harmony' ? 'meter.harmony' : 'meter.clarity');
  const title = t(kind === 'harmony' ? 'meter.harmony.title' : 'meter.clarity.title', { value: v });
  return (
    <span className={`nw-gauge nw-gauge-${kind}${compact ? ' nw-gauge-compact' : ''}`} title={title}>
      {compact ? (
        // Inside the indicator (a button with its own label), the one-letter name is drawn by CSS
        // so that it does not become part of the button's visible text (WCAG 2.5.3, label in name).
        <span className="nw-gauge-label nw-gauge-letter" aria-hidden="true" data-letter={t(kind === 'harmony' ? 'meter.harmony.short' : 'meter.clarity.short')} />
      ) : (
        <span className="nw-gauge-label" aria-hidden="true">
          {name}
        </span>
      )}
      <span
        className={`nw-gauge-bar nw-gauge-${meterLevel(v)}`}
        role="meter"
        aria-label={name}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={v}
        data-testid={`nw-${kind}`}
        data-value={v}
      >
        <span className="nw-gauge-fill" style={{ width: `${v}%` }} />
      </span>
      {!compact && <span className="nw-gauge-value">{v}</span>}
    </span>
  );
}

export interface MetersProps {
  /** The engine's friction, 0-100 (harmony is 100 - friction). */
  friction: number;
  /** The engine's clarity, 0-100. */
  clarity: number;
  compact?: boolean;
}

export function Meters({ friction, clarity, compact }: MetersProps) {
  return (
    <span className={`nw-meters${compact ? ' nw-meters-compact' : ''}`} data-testid="nw-meters">
      <Meter kind="harmony" value={100 - clamp(friction)} compact={compact} />
      <Meter kind="clarity" value={clarity} compact={compact} />
    </span>
  );
}
