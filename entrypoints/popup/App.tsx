/** The toolbar popup: this site on/off, the current draft's summary, the audience, options. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup/PopupView';
import { useI18n } from '../../lib/i18n/react';
import { managedState } from '../../lib/storage/items';
import type { ContentRequest, DraftSummary } from '../content/messages';
import { audience as audienceItem, isBuiltinSite, isSiteEnabled, siteSwitches } from '../../lib/storage/settings';
import { disableSite, enableSite, pageOrigin } from './sites';

const SUMMARY_REFRESH_MS = 1500;

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askSummary(tabId: number): Promise<DraftSummary | null> {
  try {
    const request: ContentRequest = { type: 'nemawashi:summary' };
    const summary = (await browser.tabs.sendMessage(tabId, request)) as DraftSummary | undefined;
    return summary?.kind ? summary : null;
  } catch {
    return null; // No content script in this tab (not a permitted site, or not loaded yet).
  }
}

/** The per-draft audience for the field last in focus in that tab; answers with the new summary. */
async function setDraftAudience(tabId: number, audience: string | null): Promise<DraftSummary | null> {
  try {
    const request: ContentRequest = { type: 'nemawashi:draft-audience', audience };
    const summary = (await browser.tabs.sendMessage(tabId, request)) as DraftSummary | undefined;
    return summary?.kind ? summary : null;
  } catch {
    return null;
  }
}

export function App() {
  const { t } = useI18n();
  const [tabId, setTabId] = useState<number>();
  const [origin, setOrigin] = useState<string | null>(null);
  const [switches, setSwitches] = useState<Record<string, boolean>>({});
  const [audience, setAudience] = useState('consensus');
  const [summary, setSummary] = useState<DraftSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);

  useEffect(() => {
    void activeTab().then((tab) => {
      setTabId(tab?.id);
      setOrigin(pageOrigin(tab?.url));
    });
    void siteSwitches.getValue().then(setSwitches);
    void audienceItem.getValue().then(setAudience);
    void managedState.getValue().then((m) => setLocked(!!m?.lockAudience));
    const unwatch = siteSwitches.watch(setSwitches);
    return unwatch;
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    const refresh = () => void askSummary(tabId).then(setSummary);
    refresh();
    const timer = setInterval(refresh, SUMMARY_REFRESH_MS);
    return () => clearInterval(timer);
  }, [tabId]);

  const onSiteChange = (on: boolean) => {
    if (!origin) return;
    setError(null);
    setBusy(true);
    // enableSite asks for the permission first thing, inside this click's user gesture.
    const done = on ? enableSite(origin, tabId) : disableSite(origin).then(() => true);
    void done
      .then((ok) => {
        if (!ok) setError(t('popup.permissionRefused'));
      })
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <PopupView
      origin={origin}
      siteEnabled={origin ? isSiteEnabled(origin, switches) : false}
      builtinSite={origin ? isBuiltinSite(origin) : false}
      siteBusy={busy}
      siteError={error}
      summary={summary}
      audience={audience}
      audienceLocked={locked}
      onSiteChange={onSiteChange}
      onAudienceChange={(value) => {
        setAudience(value);
        void audienceItem.setValue(value);
      }}
      onDraftAudienceChange={(value) => {
        if (tabId !== undefined) void setDraftAudience(tabId, value).then((s) => s && setSummary(s));
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      pages={{ practice: browser.runtime.getURL('/practice.html'), builder: browser.runtime.getURL('/builder.html') }}
    />
  );
}
