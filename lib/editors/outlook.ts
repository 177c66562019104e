/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): the compose
 * body is a contenteditable role=textbox (Roosterjs). A reply's quoted message follows
 * `#appendonsend` and starts with the `#divRplyFwdMsg` header block (From:, Sent:, To:, Subject:).
 */
import { editingHost } from './eligibility';
import { readDom, replaceInDom } from './input';
import type { EditorAdapter } from './types';

const OUTLOOK_HOSTS = /^outlook\.(office|office365|live)\.com$/;

function looksLikeOutlookBody(body: HTMLElement): boolean {
  if (OUTLOOK_HOSTS.test(body.ownerDocument.location?.hostname ?? '')) return true;
  return !!(body.closest('[id^="editorParent"]') || body.querySelector('#appendonsend, .elementToProof'));
}

export const outlook: EditorAdapter = {
  kind: 'outlook',
  find(target) {
    const body = editingHost(target);
    if (!body || body.getAttribute('role') !== 'textbox') return null;
    return looksLikeOutlookBody(body) ? body : null;
  },
  read: readDom,
  replace: (root, start, end, replacement) => replaceInDom(root, readDom, start, end, replacement, { keepFormatting: true }),
  quotedPart: (root) => root.querySelector('#appendonsend, #divRplyFwdMsg'),
  // Outlook labels its Send button "Send (Ctrl+Enter)"; only English labels are recognised.
  sendButton: (target) => target.closest<HTMLElement>('button[aria-label^="Send"], button[title^="Send"]'),
};
