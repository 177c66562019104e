/**
 * The recipient reader for a kind of field: webmail sites (lib/sites) have one, read through the
 * site's module; other fields have none.
 */
import { siteById } from '../sites';
import type { RecipientReader } from './types';

const readers = new Map<string, RecipientReader>();

export function recipientReaderFor(kind: string): RecipientReader | null {
  const site = siteById(kind);
  if (!site) return null;
  let reader = readers.get(site.id);
  if (!reader) readers.set(site.id, (reader = { composeRoot: site.composeRoot, read: site.recipients }));
  return reader;
}

export { NO_RECIPIENTS, sameRecipients, type RecipientReader, type Recipients } from './types';
