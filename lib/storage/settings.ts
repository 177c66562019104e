/**
 * What the user chose about where and how Nemawashi checks, shared by the content script, the
 * popup (and the options page). Typed storage items, local to this browser.
 */
import { storage } from 'wxt/utils/storage';
import { SITE_MATCHES, SITE_ORIGINS } from '../sites';

/** Sites checked out of the box (the webmail sites of lib/sites): the manifest's host permissions and content-script matches. */
export const BUILTIN_SITES = SITE_ORIGINS;

export const BUILTIN_MATCHES = [...SITE_MATCHES];

/** Per-origin switch. Built-in sites are on unless switched off; others only once switched on. */
export const siteSwitches = storage.defineItem<Record<string, boolean>>('local:sites', { fallback: {} });

/** Who the draft is for (the audience packs are chosen by). */
export const audience = storage.defineItem<string>('local:audience', { fallback: 'consensus' });

/** Rules turned off from a card ("Turn off this rule"), as "packId/ruleId". */
export const disabledRules = storage.defineItem<string[]>('local:disabledRules', { fallback: [] });

/**
 * Findings the user ignored, remembered across reloads until the draft is sent (or for a week):
 * a hash of (draft, rule, words) -> when it expires. The key never holds the draft's words.
 */
export const ignoredFindings = storage.defineItem<Record<string, number>>('local:ignoredFindings', { fallback: {} });
export const IGNORE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The "before you send" nudge in Gmail and Outlook (off unless switched on in options). */
export const sendNudge = storage.defineItem<boolean>('local:sendNudge', { fallback: false });

export function isBuiltinSite(origin: string): boolean {
  return BUILTIN_SITES.includes(origin);
}

/** As the popup shows it: built-in sites are on unless switched off, others once switched on. */
export function isSiteEnabled(origin: string, switches: Record<string, boolean>): boolean {
  return switches[origin] ?? isBuiltinSite(origin);
}

/**
 * As the content script sees it: it only runs where the manifest or a registration (made when
 * the user switched the site on) put it, so it checks unless the site was switched off.
 */
export function isSwitchedOff(origin: string, switches: Record<string, boolean>): boolean {
  return switches[origin] === false;
}
