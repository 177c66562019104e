/** Shared pieces for the content features' unit tests: a port pair, a finding, a fake field. */
import type { PortLike } from '../../../lib/check-client/client';
import type { ServicePort } from '../../../lib/check-client/service';
import type { FromEngine, ToEngine } from '../../../lib/check-client/protocol';
import type { EditorAdapter } from '../../../lib/editors/types';
import type { AnalyzeResult, Finding } from '../../../lib/engine/types';
import { buildTextMap } from '../../../lib/highlight/text-map';
import { FieldSession, type SessionHost } from '../../../lib/session/field-session';

type Listener<T> = (m: T) => void;

/** Two ends of a runtime port, delivering asynchronously as the browser does. */
export function portPair(name = 'nemawashi:check'): { page: PortLike; engine: ServicePort; disconnect(): void; sent: ToEngine[] } {
  const toEngine: Listener<unknown>[] = [];
  const toPage: Listener<FromEngine>[] = [];
  const pageGone: (() => void)[] = [];
  const engineGone: (() => void)[] = [];
  const sent: ToEngine[] = [];
  let open = true;
  const page: PortLike = {
    postMessage: (m) => {
      if (!open) throw new Error('disconnected');
      sent.push(m);
      const copy = structuredClone(m);
      setTimeout(() => open && toEngine.forEach((l) => l(copy)), 0);
    },
    disconnect: () => {
      open = false;
      engineGone.forEach((l) => l());
    },
    onMessage: { addListener: (l) => void toPage.push(l) },
    onDisconnect: { addListener: (l) => void pageGone.push(l) },
  };
  const engine: ServicePort = {
    name,
    postMessage: (m) => {
      if (!open) throw new Error('disconnected');
      const copy = structuredClone(m);
      setTimeout(() => open && toPage.forEach((l) => l(copy)), 0);
    },
    onMessage: { addListener: (l) => void toEngine.push(l) },
    onDisconnect: { addListener: (l) => void engineGone.push(l) },
  };
  return {
    page,
    engine,
    sent,
    /** The background went away (a stopped service worker). */
    disconnect: () => {
      open = false;
      pageGone.forEach((l) => l());
    },
  };
}

export function finding(text: string, start: number, patch: Partial<Finding> = {}): Finding {
  return {
    rule: 'you-need-to', pack: 'test/mini', category: 'imposition', severity: 'warning', scope: 'span',
    start, end: start + text.length, text, message: 'm', why: 'w', suggestions: ['Could you'], ...patch,
  } as Finding;
}

/** An engine that flags every "You need to" (what the fakes below answer). */
export function fakeAnalyze(text: string): AnalyzeResult {
  const findings: Finding[] = [];
  for (let at = text.indexOf('You need to'); at >= 0; at = text.indexOf('You need to', at + 1)) findings.push(finding('You need to', at));
  return { findings, friction: findings.length * 10, clarity: 100, tips: [] };
}

/** A contenteditable whose text the adapter reads from `textContent`. */
export function field(text: string): { root: HTMLElement; adapter: EditorAdapter } {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.textContent = text;
  document.body.append(root);
  const adapter: EditorAdapter = {
    kind: 'contenteditable',
    find: () => null,
    read: (r) => {
      const map = buildTextMap(r);
      return { text: map.text, map };
    },
    replace: async (r, start, end, replacement) => {
      const t = r.textContent ?? '';
      r.textContent = t.slice(0, start) + replacement + t.slice(end);
      return true;
    },
  };
  return { root, adapter };
}

export function fakePainter(): SessionHost['painter'] {
  return { paint: () => {}, clear: () => {}, css: () => '', dispose: () => {} } as unknown as SessionHost['painter'];
}

export function session(text: string, analyze: SessionHost['analyze'] = fakeAnalyze, patch: Partial<SessionHost> = {}): FieldSession {
  const f = field(text);
  return new FieldSession(f, { painter: fakePainter(), mirrorLayer: document.createElement('div'), analyze, changed: () => {}, ...patch });
}
