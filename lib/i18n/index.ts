/**
 * The interface in English and Japanese. Both dictionaries are bundled (a few KB), so that the
 * language can follow the browser or be chosen in the options page at run time:
 * `browser.i18n.getMessage` only ever speaks the browser's language. The chosen language is
 * also given to the engine (`analyze(..., { locale })`) so that pack messages that carry a
 * translation are shown in it.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { en } from './en';
import { ja } from './ja';
import { BUILTIN_READERS, defaultReaderLabel, localizeText, type ReaderInfo } from './readers';
import type { MessageKey, Messages, MessageValue, Params } from './types';

export type { MessageKey, Messages, Params } from './types';
export type { ReaderInfo } from './readers';

export const LOCALES = ['en', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export type LanguageSetting = 'auto' | Locale;

const DICTIONARIES: Record<Locale, Messages> = { en, ja };

/** The user's choice in the options page: follow the browser, or a language. */
export const uiLanguage = storage.defineItem<LanguageSetting>('local:uiLanguage', { fallback: 'auto' });

/** The browser's UI language ("ja", "en-US", ...), as extension pages and content scripts see it. */
export function browserLanguage(): string {
  try {
    const lang = browser.i18n?.getUILanguage?.();
    if (lang) return lang;
  } catch {
    // Not in an extension context (tests, plain pages).
  }
  return globalThis.navigator?.language ?? 'en';
}

/** The nearest supported locale for a BCP 47 tag: ja, ja-JP -> ja; anything else -> en. */
export function matchLocale(tag: string | undefined | null): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

export function resolveLocale(setting: LanguageSetting | string | undefined, browserLang = browserLanguage()): Locale {
  return setting && setting !== 'auto' && (LOCALES as readonly string[]).includes(setting) ? (setting as Locale) : matchLocale(browserLang);
}

const plurals = new Map<Locale, Intl.PluralRules>();

function pick(value: MessageValue, locale: Locale, params?: Params): string {
  if (typeof value === 'string') return value;
  const count = Number(params?.count ?? 0);
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? value.one : value.other;
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const value = DICTIONARIES[locale][key] ?? en[key];
  const text = pick(value, locale, params);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /**
   * A reader's name, as its pack declares it ("consensus" -> "Consensus-oriented (e.g. a Japanese
   * team)"; short: "Consensus-oriented"); a reader no pack names is named after its id.
   */
  audience(id: string, short?: boolean): string;
  /** One line on what a reader's pack does ('' when its pack says nothing). */
  audienceDescription(id: string): string;
  /** The readers to offer: those of the built-in packs, then those of the active installed packs. */
  readers: readonly ReaderInfo[];
  category(id: string): string;
  severity(id: string): string;
}

const cache = new WeakMap<readonly ReaderInfo[], Map<Locale, I18n>>();

/** The words of a language; `readers` are the readers the packs in force declare (built-in by default). */
export function i18n(locale: Locale, readers: readonly ReaderInfo[] = BUILTIN_READERS): I18n {
  let byLocale = cache.get(readers);
  if (!byLocale) cache.set(readers, (byLocale = new Map()));
  let made = byLocale.get(locale);
  if (made) return made;
  const has = (key: string): key is MessageKey => key in en;
  const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
  const byId = new Map([...BUILTIN_READERS, ...readers].map((r) => [r.id, r]));
  made = {
    locale,
    t,
    audience: (id, short) => {
      const reader = byId.get(id);
      if (!reader) return defaultReaderLabel(id);
      return localizeText((short && reader.short) || reader.label, locale);
    },
    audienceDescription: (id) => {
      const description = byId.get(id)?.description;
      return description ? localizeText(description, locale) : '';
    },
    readers,
    category: (id) => (has(`category.${id}`) ? t(`category.${id}` as MessageKey) : id),
    severity: (id) => (has(`severity.${id}`) ? t(`severity.${id}` as MessageKey) : id),
  };
  byLocale.set(locale, made);
  return made;
}

/** Every key of a dictionary, for the tests that hold the languages to each other. */
export function dictionary(locale: Locale): Messages {
  return DICTIONARIES[locale];
}
