/** The popup's content, from plain props (entrypoints/popup/App.tsx feeds it). */
import type { Category } from '../../lib/engine/types';
import { AudiencePicker } from './AudiencePicker';
import { DraftSummary } from './DraftSummary';
import { SiteToggle } from './SiteToggle';

export interface PopupViewProps {
  origin: string | null;
  siteEnabled: boolean;
  builtinSite: boolean;
  siteBusy?: boolean;
  /** Shown when switching the site on failed (permission refused). */
  siteError?: string | null;
  summary: { count: number; friction: number; byCategory: Partial<Record<Category, number>> } | null;
  audience: string;
  onSiteChange: (enabled: boolean) => void;
  onAudienceChange: (audience: string) => void;
  onOpenOptions: () => void;
}

export function PopupView(props: PopupViewProps) {
  return (
    <main className="nw-popup">
      <header>
        <h1>Nemawashi</h1>
        <span className="nw-muted">Everything stays on this computer.</span>
      </header>
      <SiteToggle
        origin={props.origin}
        enabled={props.siteEnabled}
        builtin={props.builtinSite}
        busy={props.siteBusy}
        onChange={props.onSiteChange}
      />
      {props.siteError && (
        <p className="nw-error" role="alert">
          {props.siteError}
        </p>
      )}
      {props.origin && props.siteEnabled && <DraftSummary summary={props.summary} />}
      <AudiencePicker value={props.audience} onChange={props.onAudienceChange} />
      <footer>
        <button type="button" className="nw-link" onClick={props.onOpenOptions}>
          Options: packs, sites, privacy
        </button>
      </footer>
    </main>
  );
}
