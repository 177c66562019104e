/** "Check drafts on this site": the per-site switch. Other sites ask for permission when switched on. */
import { useI18n } from '../../lib/i18n/react';

export interface SiteToggleProps {
  /** The page's origin, or null when Nemawashi cannot run there (browser pages, files). */
  origin: string | null;
  enabled: boolean;
  /** A site Nemawashi supports out of the box (no permission to ask for). */
  builtin: boolean;
  busy?: boolean;
  onChange: (enabled: boolean) => void;
}

export function SiteToggle({ origin, enabled, builtin, busy, onChange }: SiteToggleProps) {
  const { t } = useI18n();
  if (!origin) return <p className="nw-muted">{t('popup.cannotCheck')}</p>;
  const host = new URL(origin).host;
  // The host is shown in bold inside the translated sentence.
  const [before, after = ''] = t('popup.checkOn', { host: '\u0000' }).split('\u0000');
  return (
    <label className="nw-site">
      <input
        type="checkbox"
        role="switch"
        data-testid="nw-site-toggle"
        checked={enabled}
        disabled={busy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        {before}
        <strong>{host}</strong>
        {after}
        {!builtin && !enabled && <small className="nw-muted"> {t('popup.asksPermission')}</small>}
      </span>
    </label>
  );
}
