/**
 * Where and when drafts are checked: the "before you send" nudge, the sites Nemawashi checks
 * (Gmail and Outlook built in, each with its switch; other sites the user switched on from the
 * popup, each with a way to switch it off), and where the practice pages live.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../../lib/i18n/react';
import { BUILTIN_SITES, isSiteEnabled, sendNudge, siteSwitches } from '../../lib/storage/settings';
import { disableSite } from '../popup/sites';
import { useStorageItem } from '../../components/use-storage';

export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

export function CheckingSection() {
  const { t } = useI18n();
  const storedNudge = useStorageItem(sendNudge);
  const storedSwitches = useStorageItem(siteSwitches);
  // What was just clicked shows at once (storage answers a moment later).
  const [nudgeClicked, setNudgeClicked] = useState<boolean>();
  const [clicked, setClicked] = useState<Record<string, boolean>>({});
  const nudge = nudgeClicked ?? storedNudge;
  const switches = storedSwitches && { ...storedSwitches, ...clicked };
  const others = Object.entries(switches ?? {})
    .filter(([origin, on]) => on && !(BUILTIN_SITES as readonly string[]).includes(origin))
    .map(([origin]) => origin)
    .sort();
  const setBuiltin = (origin: string, on: boolean) => {
    setClicked((c) => ({ ...c, [origin]: on }));
    void siteSwitches.getValue().then((current) => siteSwitches.setValue({ ...current, [origin]: on }));
  };

  return (
    <section aria-labelledby="checking-title" data-testid="checking-section">
      <h2 id="checking-title">{t('options.checking.title')}</h2>
      <label className="switch-row">
        <input
          type="checkbox"
          data-testid="send-nudge"
          checked={!!nudge}
          disabled={nudge === undefined}
          onChange={(e) => {
            setNudgeClicked(e.target.checked);
            void sendNudge.setValue(e.target.checked);
          }}
        />
        <span>
          <strong>{t('options.nudge.label')}</strong>
          <span className="meta"> {t('options.nudge.help')}</span>
        </span>
      </label>

      <h3 id="sites-title">{t('options.sites.title')}</h3>
      <ul className="site-list" aria-labelledby="sites-title" data-testid="site-list">
        {BUILTIN_SITES.map((origin) => (
          <li key={origin} data-testid="site-row" data-origin={origin}>
            <label className="switch-row">
              <input
                type="checkbox"
                checked={isSiteEnabled(origin, switches ?? {})}
                disabled={switches === undefined}
                onChange={(e) => setBuiltin(origin, e.target.checked)}
              />
              <span>
                {hostOf(origin)} <span className="meta">{t('options.sites.builtin')}</span>
              </span>
            </label>
          </li>
        ))}
        {others.map((origin) => (
          <li key={origin} data-testid="site-row" data-origin={origin}>
            <span className="switch-row">
              <span>{hostOf(origin)}</span>
              <button
                type="button"
                data-testid="site-off"
                onClick={() => {
                  setClicked((c) => ({ ...c, [origin]: false }));
                  void disableSite(origin);
                }}
              >
                {t('options.sites.off')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p className="meta">{others.length === 0 ? t('options.sites.none') : t('options.sites.help')}</p>

      <h3>{t('options.pages.title')}</h3>
      <ul className="page-links">
        <li>
          <a href={browser.runtime.getURL('/practice.html')} target="_blank" rel="noreferrer" data-testid="link-practice">
            {t('pages.practice')}
          </a>{' '}
          <span className="meta">{t('pages.practice.help')}</span>
        </li>
        <li>
          <a href={browser.runtime.getURL('/builder.html')} target="_blank" rel="noreferrer" data-testid="link-builder">
            {t('pages.builder')}
          </a>{' '}
          <span className="meta">{t('pages.builder.help')}</span>
        </li>
        <li>
          <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noreferrer" data-testid="link-welcome">
            {t('pages.welcome')}
          </a>
        </li>
      </ul>
    </section>
  );
}
