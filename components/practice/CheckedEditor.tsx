/**
 * A textarea checked live, exactly as a webmail field is: the content script's FieldSession reads
 * it, asks the engine, paints the findings on a mirror (CSS Custom Highlight API) and applies a
 * suggestion through the browser's own input path (so Ctrl+Z undoes it). The finding cards are
 * the content script's, listed beside the text instead of floating over it.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { FindingCard } from '../FindingCard';
import { findingKey } from '../FindingList';
import { Meters } from '../Meters';
import { useI18n } from '../../lib/i18n/react';
import { FieldSession } from '../../lib/session/field-session';
import { textarea as textareaAdapter } from '../../lib/editors/textarea';
import { analyze } from '../../lib/engine';
import type { Finding } from '../../lib/engine/types';
import { MIRROR_CSS } from '../../lib/highlight/mirror';
import { HighlightPainter } from '../../lib/highlight/paint';
import type { CompiledPack } from '../../lib/packs/compile';

export interface CheckedEditorProps {
  value: string;
  onChange: (text: string) => void;
  packs: readonly CompiledPack[];
  audience: string;
  /** Accessible name of the text field. */
  label: string;
  rows?: number;
  testId?: string;
}

interface View {
  findings: Finding[];
  friction: number;
  clarity: number;
  pending: boolean;
  /** The text these findings are for. */
  text: string;
}

export function CheckedEditor({ value, onChange, packs, audience, label, rows = 12, testId }: CheckedEditorProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const mirrorLayer = useRef<HTMLDivElement>(null);
  const session = useRef<FieldSession | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const { t, locale } = useI18n();
  // Pack messages and explanations in the interface's language, where the pack carries it.
  const engine = useRef({ packs, audience, locale });
  engine.current = { packs, audience, locale };
  const [view, setView] = useState<View>({ findings: [], friction: 0, clarity: 100, pending: true, text: '' });
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const painter = new HighlightPainter(document);
    const s = new FieldSession(
      { adapter: textareaAdapter, root: field.current! },
      {
        painter,
        mirrorLayer: mirrorLayer.current!,
        analyze: (text) => analyze(text, { packs: engine.current.packs, audience: engine.current.audience, locale: engine.current.locale }),
        changed: (changed) => {
          const next = { findings: changed.findings, friction: changed.friction, clarity: changed.clarity, pending: changed.pending, text: changed.text };
          // The session reports "pending" from its own input listener, before React has seen the
          // input event. A synchronous re-render there would put the old value back into this
          // controlled textarea and swallow the keystroke; a transition renders after the event.
          startTransition(() => setView(next));
        },
      },
    );
    session.current = s;
    s.check(true);
    const relayout = () => s.layout();
    window.addEventListener('scroll', relayout, { capture: true, passive: true });
    window.addEventListener('resize', relayout);
    return () => {
      window.removeEventListener('scroll', relayout, { capture: true });
      window.removeEventListener('resize', relayout);
      s.dispose();
      painter.dispose();
      session.current = null;
    };
  }, []);

  // Other packs or audience: check again now.
  useEffect(() => session.current?.check(true), [packs, audience, locale]);
  // The text changed from outside (start over, load an old attempt): check after the usual pause.
  useEffect(() => {
    if (session.current && session.current.text !== value) session.current.schedule();
  }, [value]);

  const highlight = (f: Finding | null) => {
    session.current?.setActive(f);
    setActive(f ? findingKey(f) : null);
  };

  const onFieldClick = (e: React.MouseEvent) => {
    const f = session.current?.findingAt(e.clientX, e.clientY);
    if (!f) return;
    highlight(f);
    cards.current.get(findingKey(f))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const count = view.findings.length;
  // Busy until the findings shown are those of the text in the field (a check is debounced).
  const busy = view.pending || view.text !== value;
  return (
    <div className="pr-editor" data-testid={testId}>
      <div className="pr-editor-field">
        <textarea
          ref={field}
          aria-label={label}
          value={value}
          rows={rows}
          spellCheck
          onChange={(e) => onChange(e.target.value)}
          onClick={onFieldClick}
        />
        <div ref={mirrorLayer} className="pr-mirror-layer" />
        <style>{MIRROR_CSS}</style>
      </div>
      <aside className="pr-findings" aria-label={t('pr.findings.label')} data-testid="pr-findings" data-count={count} data-busy={busy}>
        <div className="pr-findings-head">
          <strong>{count === 0 ? t('list.none') : t('list.count', { count })}</strong>
          {/* The same meters, words and scale as the compose window and the popup. */}
          <span className="pr-friction" data-testid="pr-friction" data-value={view.friction}>
            <Meters friction={view.friction} clarity={view.clarity} />
          </span>
        </div>
        <div className="pr-findings-body">
          {view.findings.map((f) => {
            const key = findingKey(f);
            return (
              <div
                key={key}
                className={active === key ? 'pr-card pr-card-active' : 'pr-card'}
                ref={(el) => {
                  if (el) cards.current.set(key, el);
                  else cards.current.delete(key);
                }}
                onMouseEnter={() => highlight(f)}
                onMouseLeave={() => highlight(null)}
              >
                <FindingCard
                  finding={f}
                  onApply={(suggestion) => void session.current?.apply(f, suggestion)}
                  onIgnore={() => session.current?.ignore(f)}
                />
              </div>
            );
          })}
        </div>
      </aside>
    </div>
  );
}
