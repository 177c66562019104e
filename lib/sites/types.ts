/**
 * What Nemawashi knows about one webmail site, in one place: where it runs (origins), how its
 * compose window is built (body, quoted reply, the window around them), how a message is sent
 * (the Send control, the keyboard shortcut) and who it goes to (To and Cc).
 *
 * Sites translate their labels, so nothing here may rest on a translated word alone: controls
 * are found by structure, data attributes, icons or the untranslated shortcut hint, with the
 * site's own class names as a fallback. Every selector is tested against saved compose windows
 * (tests/fixtures/sites/, tests/unit/sites/).
 */
import type { Recipients } from '../recipients/types';

export interface Site<Id extends string = string> {
  /** Also the kind of the field adapter built from it (lib/editors). */
  id: Id;
  name: string;
  /** Origins checked out of the box (https://host, no path): the manifest's matches. */
  origins: readonly string[];
  /** The compose body that `target` (a focused element, or one inside it) belongs to. */
  body(target: Element): HTMLElement | null;
  /** The quoted message inside a body, when the site marks it. */
  quotedPart(body: HTMLElement): Element | null;
  /** The compose window around a body: its recipients, its Send control. */
  composeRoot(body: HTMLElement): HTMLElement | null;
  /** The Send control that `target` (a clicked element, e.g. the icon inside it) belongs to. */
  sendButton(target: Element): HTMLElement | null;
  /** The Send control of the compose window that holds this body. */
  sendButtonFor(body: HTMLElement): HTMLElement | null;
  /** Whether this key press inside the body sends the message (e.g. Ctrl+Enter, Cmd+Enter). */
  isSendShortcut(e: KeyboardEvent): boolean;
  /** The To and Cc addresses of a compose window (never Bcc, never From). */
  recipients(composeRoot: HTMLElement, body: HTMLElement): Recipients;
}

/** Declares a site, keeping its id as a literal type (the registry derives the kinds from it). */
export function defineSite<const Id extends string>(site: Site<Id>): Site<Id> {
  return site;
}

/**
 * Ctrl+Enter (Windows, Linux, ChromeOS) or Cmd+Enter (macOS), with no other modifier, outside an
 * IME composition: the keyboard Send of both Gmail and Outlook.
 */
export function isModEnter(e: KeyboardEvent): boolean {
  if (e.isComposing || e.key !== 'Enter' || e.altKey || e.shiftKey) return false;
  return e.ctrlKey !== e.metaKey;
}

/**
 * The shortcut hint a site appends to a Send control's tooltip, e.g. "Send (Ctrl-Enter)",
 * "Gửi (Ctrl-Enter)", "送信 (Ctrl+Enter)", "Send (⌘Enter)": key names, which most translations
 * leave alone (German ones may say Strg and Eingabe).
 */
export const SEND_SHORTCUT_HINT = /\(\s*(?:ctrl|strg|⌘|cmd|command)\s*[-+]?\s*(?:enter|eingabe(?:taste)?|entrée|↵|return)\s*\)/i;

export function hasSendShortcutHint(el: Element): boolean {
  for (const name of ['data-tooltip', 'title', 'aria-label']) {
    const value = el.getAttribute(name);
    // Gmail wraps the hint in Unicode directional marks (U+202A ... U+202C).
    if (value && SEND_SHORTCUT_HINT.test(value.replace(/[\u202a-\u202e]/g, ''))) return true;
  }
  return false;
}
