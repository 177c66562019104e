/** The recipient reader for a kind of field: Gmail and Outlook have one; other fields have none. */
import type { EditorKind } from '../editors/types';
import { gmailRecipients } from './gmail';
import { outlookRecipients } from './outlook';
import type { RecipientReader } from './types';

export function recipientReaderFor(kind: EditorKind): RecipientReader | null {
  if (kind === 'gmail') return gmailRecipients;
  if (kind === 'outlook') return outlookRecipients;
  return null;
}

export { gmailRecipients, outlookRecipients };
export { NO_RECIPIENTS, sameRecipients, type RecipientReader, type Recipients } from './types';
