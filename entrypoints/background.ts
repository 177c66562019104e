/**
 * The service worker: pack subscriptions (re-fetched on an alarm and on demand), the
 * organisation's managed policy, and the one writer of installed packs (the options page sends
 * its installs here, see lib/storage/messages.ts). Fetching a pack URL is the only network
 * request the extension makes. And the tone checker's engine: every tab's content script sends its
 * fields' text here over a runtime port (lib/check-client); the page's own thread only reads,
 * paints and shows the card. The text stays in the browser.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { audience, managedState } from '../lib/storage/items';
import { refreshAllSubscriptions } from '../lib/storage/manage';
import { applyManagedPolicy, DEFAULT_REFRESH_MINUTES, E2E_POLICY_KEY, readManagedPolicy } from '../lib/storage/managed';
import { handlePackRequest, isOwnPage, isPackRequest, parsePackRequest } from '../lib/storage/messages';
import { loadActivePacks, prepareInstalledPacks, watchActivePacks } from '../lib/storage/packs';
import { startCheckService, type ServicePort } from '../lib/check-client/service';

const REFRESH_ALARM = 'nemawashi:refresh-packs';

export default defineBackground(() => {
  // The engine starts loading and warming its packs and learned models now, at startup: the
  // first focused field finds it ready (a page that connects to a stopped worker wakes it).
  startCheckService({
    loadActivePacks,
    watchActivePacks,
    onConnect: (cb) => browser.runtime.onConnect.addListener((port) => cb(port as unknown as ServicePort)),
  });
  browser.runtime.onInstalled.addListener(() => void syncPolicy().catch(logFailure));
  browser.runtime.onStartup.addListener(() => void syncPolicy().catch(logFailure));
  // The first run: the welcome page (what it does, a sample draft, the reader, practice, privacy).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(logFailure);
    // After an update the engine may read packs differently: installed packs are checked in full
    // once more and stored ready again, instead of being checked in full at every start.
    if (reason === 'update') void prepareInstalledPacks().catch(logFailure);
  });
  // Alarms survive restarts, but make sure the refresh schedule exists whenever the worker runs.
  void ensureRefreshAlarm();
  browser.alarms.onAlarm.addListener((alarm) => {
    // The refresh runs even when applying the policy failed; neither failure stops the other.
    if (alarm.name === REFRESH_ALARM) void syncPolicy().catch(logFailure).then(refreshAllSubscriptions).catch(logFailure);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncPolicy().catch(logFailure);
  });
  if (import.meta.env.MODE === 'e2e') storage.watch(E2E_POLICY_KEY, () => void syncPolicy().catch(logFailure));

  // A locked audience stays as the organisation set it.
  audience.watch(async (value) => {
    const state = await managedState.getValue();
    if (state?.lockAudience && state.audience && value !== state.audience) await audience.setValue(state.audience);
  });

  browser.runtime.onMessage.addListener((message, sender, respond) => {
    if (!isPackRequest(message)) return;
    // Only the extension's own pages, and only well-formed requests (content scripts share
    // this channel, and run beside pages a hostile site controls).
    if (!isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      respond({ error: 'not allowed' });
      return;
    }
    const request = parsePackRequest(message);
    if (!request) {
      respond({ error: 'malformed request' });
      return;
    }
    handlePackRequest(request).then(respond, (e: Error) => respond({ error: e.message }));
    return true;
  });
});

function logFailure(e: unknown): void {
  console.warn('nemawashi:', e);
}

let syncing: Promise<void> | undefined;
let syncAgain = false;

/** Apply the managed policy and keep the refresh alarm at its period (one run at a time). */
function syncPolicy(): Promise<void> {
  if (syncing) {
    syncAgain = true;
    return syncing;
  }
  syncing = (async () => {
    do {
      syncAgain = false;
      const policy = await readManagedPolicy();
      try {
        await applyManagedPolicy(policy);
      } finally {
        // The schedule is kept whatever happened to the policy's packs.
        await ensureRefreshAlarm(policy?.refreshMinutes);
      }
    } while (syncAgain);
  })().finally(() => (syncing = undefined));
  return syncing;
}

/** The refresh alarm, at the policy's period (or the default). */
async function ensureRefreshAlarm(minutes?: number): Promise<void> {
  // The schedule exists from the first moment, at the default period; the policy may change it.
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: DEFAULT_REFRESH_MINUTES, delayInMinutes: DEFAULT_REFRESH_MINUTES });
  }
  const period = minutes ?? (await readManagedPolicy())?.refreshMinutes ?? DEFAULT_REFRESH_MINUTES;
  const alarm = await browser.alarms.get(REFRESH_ALARM);
  if (alarm?.periodInMinutes !== period) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: period, delayInMinutes: period });
}
