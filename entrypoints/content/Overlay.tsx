/**
 * The UI inside the shadow root: the indicator at the corner of the field in focus, the card for
 * one finding, and the list of all findings. Positions are read from the page at render time.
 */
import { useSyncExternalStore } from 'react';
import { FindingCard } from '../../components/FindingCard';
import { FindingList } from '../../components/FindingList';
import { Indicator } from '../../components/Indicator';
import { Nudge } from '../../components/Nudge';
import { I18nProvider } from '../../lib/i18n/react';
import type { Finding, Severity } from '../../lib/engine/types';
import { severityRank } from '../../lib/engine/types';
import type { Checker } from './checker';

const GAP = 6;
const CARD_WIDTH = 320;
const LIST_WIDTH = 340;
const INDICATOR_HEIGHT = 22;
const NUDGE_WIDTH = 300;

function viewport() {
  const el = document.documentElement;
  return { width: el.clientWidth || innerWidth, height: el.clientHeight || innerHeight };
}

function topSeverity(findings: Finding[]): Severity | null {
  let top: Severity | null = null;
  for (const f of findings) if (!top || severityRank(f.severity) > severityRank(top)) top = f.severity;
  return top;
}

/** Fixed-position style for a box below `anchor` (above it when there is no room below). */
function placeNear(anchor: DOMRect, width: number): React.CSSProperties {
  const vp = viewport();
  const left = Math.max(8, Math.min(anchor.left, vp.width - width - 8));
  if (vp.height - anchor.bottom > 220 || anchor.top < 220) return { left, top: anchor.bottom + GAP };
  return { left, bottom: vp.height - anchor.top + GAP };
}

/** Fixed-position style for a box just above `anchor` (the Send button). */
function placeAbove(anchor: DOMRect, width: number): React.CSSProperties {
  const vp = viewport();
  const left = Math.max(8, Math.min(anchor.left, vp.width - width - 8));
  return { left, bottom: Math.max(8, vp.height - anchor.top + GAP), width };
}

/** The list opens above the indicator, or below it when the field sits high on the screen. */
function placeList(indicator: React.CSSProperties, vp: { width: number; height: number }): React.CSSProperties {
  const indicatorTop = vp.height - (indicator.bottom as number) - INDICATOR_HEIGHT;
  const base = { right: indicator.right, width: LIST_WIDTH, display: 'flex', flexDirection: 'column' as const };
  if (indicatorTop > Math.min(360, vp.height / 2)) {
    return { ...base, bottom: vp.height - indicatorTop + GAP, maxHeight: indicatorTop - 2 * GAP };
  }
  const top = indicatorTop + INDICATOR_HEIGHT + GAP;
  return { ...base, top, maxHeight: vp.height - top - GAP };
}

export function Overlay({ checker }: { checker: Checker }) {
  const state = useSyncExternalStore(checker.subscribe, checker.getState);
  return (
    <I18nProvider locale={state.locale}>
      <OverlayContent checker={checker} state={state} />
    </I18nProvider>
  );
}

function OverlayContent({ checker, state }: { checker: Checker; state: ReturnType<Checker['getState']> }) {
  const session = state.session;
  const nudge = state.nudge;
  const nudgeView = nudge && nudge.button.isConnected && (
    <div className="nw-floating" style={placeAbove(nudge.button.getBoundingClientRect(), NUDGE_WIDTH)}>
      <Nudge
        warnings={nudge.warnings}
        category={nudge.category}
        onReview={() => checker.reviewBeforeSend()}
        onSend={() => checker.sendAnyway()}
        onClose={() => checker.closeNudge()}
      />
    </div>
  );
  if (!session || !session.connected) return nudgeView || null;
  const rect = session.root.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const vp = viewport();
  const contentRight = rect.left + session.root.clientLeft + (session.root.clientWidth || rect.width);
  const indicatorStyle: React.CSSProperties = {
    right: Math.max(4, vp.width - Math.min(contentRight, vp.width) + GAP),
    bottom: Math.max(4, vp.height - Math.min(rect.bottom, vp.height) + GAP),
  };

  const card = state.card;
  const anchor = card ? card.session.anchorOf(card.finding) : null;

  return (
    <>
      <div className="nw-floating" style={{ ...indicatorStyle, position: 'fixed' }}>
        <Indicator
          count={session.findings.length}
          friction={session.friction}
          clarity={session.clarity}
          severity={topSeverity(session.findings)}
          busy={session.pending}
          expanded={state.listOpen}
          onToggle={() => checker.toggleList()}
        />
      </div>
      {state.listOpen && (
        <div className="nw-floating" style={placeList(indicatorStyle, vp)}>
          <FindingList
            findings={session.findings}
            friction={session.friction}
            clarity={session.clarity}
            audience={{ ...checker.audienceView(session), onChange: (a) => checker.overrideAudience(session, a) }}
            onApply={(f, s) => void checker.apply(session, f, s)}
            onIgnore={(f) => checker.ignore(session, f)}
            onDisableRule={(f) => void checker.disableRule(session, f)}
            onClose={() => checker.closeList()}
          />
        </div>
      )}
      {nudgeView}
      {card && anchor && (
        <div
          className="nw-floating"
          style={placeNear(anchor, CARD_WIDTH)}
          onMouseEnter={() => checker.hoverCard(true)}
          onMouseLeave={() => checker.hoverCard(false)}
        >
          <FindingCard
            key={`${card.finding.pack}/${card.finding.rule}@${card.finding.start}`}
            finding={card.finding}
            autoFocus={card.keyboard}
            onApply={(s) => void checker.apply(card.session, card.finding, s)}
            onIgnore={() => checker.ignore(card.session, card.finding)}
            onDisableRule={() => void checker.disableRule(card.session, card.finding)}
          />
        </div>
      )}
    </>
  );
}
