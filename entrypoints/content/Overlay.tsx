/**
 * The UI inside the shadow root: the indicator at the corner of the field in focus, the card for
 * one finding, and the list of all findings. Positions are read from the page at render time.
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { FindingCard } from '../../components/FindingCard';
import { FindingList } from '../../components/FindingList';
import { Indicator } from '../../components/Indicator';
import { Nudge } from '../../components/Nudge';
import { I18nProvider, useActiveReaders } from '../../lib/i18n/react';
import type { Finding, Severity } from '../../lib/engine/types';
import { severityRank } from '../../lib/engine/types';
import type { FieldSession } from '../../lib/session/field-session';
import type { CardActions } from './card';
import type { NudgeActions } from './nudge';
import type { OverlayState, OverlayStore } from './store';
import { box, clippingBox, placeCard, viewportBounds, visiblePart, type Box } from './place';
import { Toast } from '../../components/Toast';

const GAP = 6;
const TOAST_WIDTH = 320;
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

/**
 * A card next to its phrase, always inside the viewport: measured first, then put below or above the phrase, whichever holds it, else on the roomier side with
 * the card scrolling inside. Never over the phrase. Re-measured when its content changes size.
 */
function FloatingCard({ anchor, container, children, onHover }: { anchor: Box; container: Box | null; children: ReactNode; onHover: (inside: boolean) => void }) {
  const content = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = content.current;
    if (!el) return;
    const measure = () => {
      const next = { width: el.offsetWidth, height: el.offsetHeight };
      setSize((s) => (s && s.width === next.width && s.height === next.height ? s : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const vp = viewport();
  // The first render is only measured (the layout effect places it before anything is painted);
  // it stays visible so that the keyboard's focus can land on its first button.
  let style: React.CSSProperties = { left: 0, top: 0 };
  let side: string | undefined;
  if (size) {
    const p = placeCard(anchor, size, viewportBounds(vp.width, vp.height), container);
    style = { left: p.left, top: p.top, maxHeight: p.maxHeight, width: p.width };
    side = p.side;
  }
  return (
    <div
      className="nw-floating nw-card-frame"
      data-testid="nw-card-frame"
      data-side={side}
      style={style}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
    >
      <div ref={content} className="nw-card-stack">
        {children}
      </div>
    </div>
  );
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

/** What the overlay's buttons do (the features' actions; the overlay calls nothing else). */
export interface OverlayActions
  extends Pick<CardActions, 'toggleList' | 'closeList' | 'hoverCard' | 'apply' | 'applyRewrite' | 'ignore' | 'disableRule' | 'undoDisableRule' | 'closeToast'>,
    NudgeActions {
  overrideAudience(session: FieldSession, audience: string | null): void;
}

export function Overlay({ store, actions }: { store: Pick<OverlayStore, 'subscribe' | 'getState'>; actions: OverlayActions }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  // A team pack's reader is named as its pack names it (read from storage, no rule compiled).
  const readers = useActiveReaders();
  return (
    <I18nProvider locale={state.locale} readers={readers}>
      <OverlayContent actions={actions} state={state} />
    </I18nProvider>
  );
}

function OverlayContent({ actions: checker, state }: { actions: OverlayActions; state: OverlayState }) {
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
  // The phrase's first line, as far as it can be seen (a compose body that scrolls clips it).
  const firstLine = card ? card.session.anchorOf(card.group) : null;
  const anchor = firstLine && visiblePart(box(firstLine), card!.session.root, { left: 0, top: 0, right: vp.width, bottom: vp.height });

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
            audience={state.audience ? { ...state.audience, onChange: (a) => checker.overrideAudience(session, a) } : undefined}
            onApply={(f, s) => void checker.apply(session, f, s)}
            onIgnore={(f) => checker.ignore(session, f)}
            onDisableRule={(f) => void checker.disableRule(session, f)}
            onClose={() => checker.closeList()}
            wholeDraft={session.unmarked}
            tips={session.tips}
            partial={!!session.part}
          />
        </div>
      )}
      {nudgeView}
      {card && anchor && (
        <FloatingCard
          key={`${card.group.start}-${card.group.end}`}
          anchor={anchor}
          container={clippingBox(card.session.root)}
          onHover={(inside) => checker.hoverCard(inside)}
        >
          {card.group.findings.map((f, i) => (
            <FindingCard
              key={`${f.pack}/${f.rule}@${f.start}`}
              finding={f}
              autoFocus={card.keyboard && i === 0}
              onApply={(s) => void checker.apply(card.session, f, s)}
              onApplyRewrite={(s) => void checker.applyRewrite(card.session, f, s)}
              onIgnore={() => checker.ignore(card.session, f)}
              onDisableRule={() => void checker.disableRule(card.session, f)}
            />
          ))}
        </FloatingCard>
      )}
      {state.toast && (
        <div className="nw-floating" style={{ left: Math.max(8, Math.min(rect.left, vp.width - TOAST_WIDTH - 8)), bottom: 16, width: TOAST_WIDTH }}>
          <Toast message={state.toast.message} onUndo={() => void checker.undoDisableRule()} onClose={() => checker.closeToast()} />
        </div>
      )}
    </>
  );
}
