/** A pack's text (message, why) in the reader's language: the locale's, its language's, else English. */
import type { LocalizedText } from './schema';

export function localize(t: LocalizedText, locale = 'en'): string {
  if (typeof t === 'string') return t;
  return t[locale] ?? t[locale.split('-')[0]] ?? t.en;
}
