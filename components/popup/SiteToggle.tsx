/** "Check drafts on this site": the per-site switch. Other sites ask for permission when switched on. */
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
  if (!origin) return <p className="nw-muted">Nemawashi cannot check drafts on this page.</p>;
  const host = new URL(origin).host;
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
        Check drafts on <strong>{host}</strong>
        {!builtin && !enabled && <small className="nw-muted"> (asks your permission for this site only)</small>}
      </span>
    </label>
  );
}
