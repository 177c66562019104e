/** Practice words shared by the pages (components/practice) and the printable report. */
import { dictionary, type I18n, type MessageKey } from '../i18n';

/** "announcing-a-decision" -> "Announcing a decision" (a situation the list does not know: from its slug). */
export function situationIn(situation: string, i18n: Pick<I18n, 't'>): string {
  const key = `situation.${situation}`;
  if (key in dictionary('en')) return i18n.t(key as MessageKey);
  const s = situation.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
