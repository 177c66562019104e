/** The language for React trees: a provider, a hook, and the stored choice as React state. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { installedPacks, packSwitches } from '../storage/items';
import type { InstalledPack } from '../storage/install';
import { i18n, resolveLocale, uiLanguage, type I18n, type LanguageSetting, type Locale } from './index';
import { BUILTIN_READERS, readersOf, type ReaderInfo, type ReaderSource } from './readers';

const I18nContext = createContext<I18n>(i18n('en'));

/** `readers`: those of the packs in force (default: the built-in packs'). */
export function I18nProvider({ locale, readers, children }: { locale: Locale; readers?: readonly ReaderInfo[]; children: ReactNode }) {
  return <I18nContext.Provider value={i18n(locale, readers)}>{children}</I18nContext.Provider>;
}

/** The words of the language in force (English outside a provider). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The stored language setting and the locale it resolves to, following changes. */
export function useLanguageSetting(): { setting: LanguageSetting; locale: Locale; ready: boolean } {
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  useEffect(() => {
    let live = true;
    void uiLanguage.getValue().then((v) => live && setSetting(v));
    const unwatch = uiLanguage.watch((v) => setSetting(v ?? 'auto'));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { setting: setting ?? 'auto', locale: resolveLocale(setting ?? 'auto'), ready: setting !== null };
}

/** The packs in force that name a reader: installed packs that are on (a locked pack always is). */
function activeSources(installed: Readonly<Record<string, InstalledPack>>, switches: Readonly<Record<string, boolean>>): ReaderSource[] {
  return Object.values(installed)
    .filter((record) => record.locked || switches[record.pack.id] !== false)
    .map((record) => record.pack);
}

/**
 * The readers of the built-in packs and of the installed packs that are on, following installs
 * and switches (light: it reads the stored packs' data, never compiles a rule).
 */
export function useActiveReaders(): readonly ReaderInfo[] {
  const [readers, setReaders] = useState<readonly ReaderInfo[]>(BUILTIN_READERS);
  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const [installed, switches] = await Promise.all([installedPacks.getValue(), packSwitches.getValue()]);
      if (live) setReaders(readersOf(activeSources(installed ?? {}, switches ?? {})));
    };
    void refresh();
    const unwatch = [installedPacks.watch(() => void refresh()), packSwitches.watch(() => void refresh())];
    return () => {
      live = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return readers;
}

/** A page root that speaks the stored language and names the readers of the packs in force. */
export function LocalizedRoot({ children }: { children: ReactNode }) {
  const { locale, ready } = useLanguageSetting();
  const readers = useActiveReaders();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!ready) return null;
  return (
    <I18nProvider locale={locale} readers={readers}>
      {children}
    </I18nProvider>
  );
}
