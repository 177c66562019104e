/**
 * The page and the engine talk over one long-lived runtime port per page (browser.runtime.connect
 * from the content script to the background: the service worker in Chrome, the background page in
 * Firefox). Runtime messaging stays inside the browser: a draft's text goes from the tab to the
 * extension's own background and nowhere else.
 */
import type { AnalyzeResult } from '../engine/types';

export const CHECK_PORT = 'nemawashi:check';

/** Longest draft part the background accepts in one request (the page sends at most PAGE_PART). */
export const MAX_REQUEST_CHARS = 100_000;

/** Page -> engine. */
export type ToEngine =
  /** Check `text` for `audience`; `field` names the field (a newer request for it supersedes). */
  | { type: 'check'; id: number; field: number; text: string; audience: string; locale: string }
  /** Keep the background warm while a compose window is open (a port with traffic is kept alive). */
  | { type: 'ping' };

/** Engine -> page. */
export type FromEngine =
  | { type: 'result'; id: number; result: AnalyzeResult }
  /** A newer request for the same field came in before this one ran: nothing was checked. */
  | { type: 'stale'; id: number }
  | { type: 'error'; id: number; message: string }
  /**
   * What the engine runs with changed (packs, switched-off rules, severities): `epoch` counts the
   * changes, so that a page re-checks what it shows. Sent on connect too. `audiences`: the readers
   * the active packs serve (the audience picker's choices).
   */
  | { type: 'state'; epoch: number; audiences: string[] };

export function isToEngine(m: unknown): m is ToEngine {
  if (!m || typeof m !== 'object') return false;
  const r = m as Record<string, unknown>;
  if (r.type === 'ping') return true;
  return (
    r.type === 'check' &&
    Number.isSafeInteger(r.id) &&
    Number.isSafeInteger(r.field) &&
    typeof r.text === 'string' &&
    r.text.length <= MAX_REQUEST_CHARS &&
    typeof r.audience === 'string' &&
    typeof r.locale === 'string'
  );
}
