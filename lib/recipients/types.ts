/**
 * Who a draft is addressed to, read from the compose window around the body being checked. One
 * small reader per webmail site. Addresses are only compared with the user's audience rules
 * (lib/audience): they are never stored, logged or sent anywhere.
 */
import type { Recipients } from '../audience/match';

export type { Recipients };

export interface RecipientReader {
  /** The compose window around a message body (what is watched for recipient changes). */
  composeRoot(body: HTMLElement): HTMLElement | null;
  /** The To and Cc addresses shown in that compose window (never Bcc, never From). */
  read(composeRoot: HTMLElement, body: HTMLElement): Recipients;
}

export const NO_RECIPIENTS: Recipients = Object.freeze({ to: [], cc: [] }) as Recipients;

/** The nearest ancestor of `body` (at most `depth` levels up) that holds an element matching `selector`. */
export function nearestHolding(body: HTMLElement, selector: string, depth = 14): HTMLElement | null {
  let el = body.parentElement;
  for (let i = 0; el && i < depth; i++, el = el.parentElement) {
    if (el === body.ownerDocument.body || el === body.ownerDocument.documentElement) return null;
    for (const hit of el.querySelectorAll(selector)) if (!body.contains(hit)) return el;
  }
  return null;
}

export function sameRecipients(a: Recipients, b: Recipients): boolean {
  return a.to.join('\n') === b.to.join('\n') && a.cc.join('\n') === b.cc.join('\n');
}
