/** The language for React trees: a provider, a hook, and the stored choice as React state. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { i18n, resolveLocale, uiLanguage, type I18n, type LanguageSetting, type Locale } from './index';

const I18nContext = createContext<I18n>(i18n('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={i18n(locale)}>{children}</I18nContext.Provider>;
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

/** A page root that speaks the stored language (popup, options). */
export function LocalizedRoot({ children }: { children: ReactNode }) {
  const { locale, ready } = useLanguageSetting();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (!ready) return null;
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
