/**
 * Switching Nemawashi on for a site that is not built in: ask for that one host permission,
 * register the content script for it (it persists across browser restarts) and inject it into
 * the tab in front. Switching off undoes all three.
 */
import { browser } from 'wxt/browser';
import { isBuiltinSite, siteSwitches } from '../../lib/storage/settings';

const SCRIPT_ID = 'nemawashi-sites';
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The origin a page belongs to, when it is one Nemawashi could check. */
export function pageOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Match pattern for an origin. Patterns carry no port; they match every port of the host. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Call straight from the click handler: the permission prompt needs the user's gesture, so
 * nothing may be awaited before it.
 */
export async function enableSite(origin: string, tabId?: number): Promise<boolean> {
  if (!isBuiltinSite(origin)) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return false;
  }
  await siteSwitches.setValue({ ...(await siteSwitches.getValue()), [origin]: true });
  if (!isBuiltinSite(origin)) {
    await syncRegisteredSites();
    if (tabId !== undefined) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
    }
  }
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  await siteSwitches.setValue({ ...(await siteSwitches.getValue()), [origin]: false });
  if (isBuiltinSite(origin)) return;
  await syncRegisteredSites();
  await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

/** Make the registered content script match exactly the switched-on, permitted sites. */
export async function syncRegisteredSites(): Promise<void> {
  const switches = await siteSwitches.getValue();
  const wanted: string[] = [];
  for (const [origin, on] of Object.entries(switches)) {
    if (!on || isBuiltinSite(origin)) continue;
    const pattern = originPattern(origin);
    if (await browser.permissions.contains({ origins: [pattern] })) wanted.push(pattern);
  }
  const matches = [...new Set(wanted)];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
