/** The popup's content, from plain props (entrypoints/popup/App.tsx feeds it). */
import type { Category } from '../../lib/engine/types';
import { useI18n } from '../../lib/i18n/react';
import { DraftAudience, type DraftAudienceView } from '../DraftAudience';
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
  summary: {
    count: number;
    friction: number;
    clarity?: number;
    byCategory: Partial<Record<Category, number>>;
    audience?: DraftAudienceView & { options?: string[] };
  } | null;
  /** The default audience. */
  audience: string;
  audienceLocked?: boolean;
  onSiteChange: (enabled: boolean) => void;
  onAudienceChange: (audience: string) => void;
  /** The per-draft override for the draft in front (null: back to automatic). */
  onDraftAudienceChange?: (audience: string | null) => void;
  onOpenOptions: () => void;
  /** Links to the extension's own pages (practice, builder); absent: not shown. */
  pages?: { practice: string; builder: string };
}

export function PopupView(props: PopupViewProps) {
  const { t } = useI18n();
  const draftAudience = props.origin && props.siteEnabled ? props.summary?.audience : undefined;
  return (
    <main className="nw-popup">
      <header>
        <h1>Nemawashi</h1>
        <span className="nw-muted">{t('popup.private')}</span>
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
      {draftAudience && <DraftAudience {...draftAudience} onChange={(a) => props.onDraftAudienceChange?.(a)} />}
      <AudiencePicker value={props.audience} locked={props.audienceLocked} onChange={props.onAudienceChange} />
      <footer>
        {props.pages && (
          <nav className="nw-pages">
            <a href={props.pages.practice} target="_blank" rel="noreferrer" data-testid="popup-practice">
              {t('pages.practice')}
            </a>
            <a href={props.pages.builder} target="_blank" rel="noreferrer" data-testid="popup-builder">
              {t('pages.builder')}
            </a>
          </nav>
        )}
        <button type="button" className="nw-link" onClick={props.onOpenOptions}>
          {t('popup.options')}
        </button>
      </footer>
    </main>
  );
}
