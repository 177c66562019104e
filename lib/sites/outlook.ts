/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
 *
 * - Body: a contenteditable role=textbox (Roosterjs), inside `#editorParent_N`; its aria-label
 *   ("Message body, press Alt+F10 to exit") is translated, so never used.
 * - Quoted reply: follows `#appendonsend`, starting with the `#divRplyFwdMsg` header block
 *   (From:, Sent:, ...); newer builds wrap it in `#mail-editor-reference-message-container`.
 * - Compose window: the nearest ancestor of the body that holds its recipient fields.
 * - Send: a button whose tooltip carries the shortcut hint ("Send (Ctrl+Enter)", "送信
 *   (Ctrl+Enter)"), else the one showing the Fluent "Send" icon (`data-icon-name`), else the
 *   primary half of the compose window's first split button (`id` ending in
 *   `primaryActionButton`, whatever the language). Never its translated label.
 * - Keyboard Send: Ctrl+Enter (Cmd+Enter on a Mac), and Alt+S.
 * - Recipients: the To and Cc fields are `role=group` elements whose id ends in `_TO` / `_CC`
 *   (the prefix is random per compose window, the suffix does not depend on the language); each
 *   resolved contact is a chip (`._EType_RECIPIENT_ENTITY`) whose aria-label is the address, an
 *   unresolved one plain text. Builds without those ids are read by the fields' labels.
 */
import { extractAddresses } from '../audience/match';
import { editingHost } from '../editors/eligibility';
import { nearestHolding, type Recipients } from '../recipients/types';
import { defineSite, hasSendShortcutHint, isModEnter } from './types';

const ORIGINS = ['https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook.live.com'];
const HOSTS = new Set(ORIGINS.map((origin) => new URL(origin).hostname));

const BODY = '[contenteditable="true"][role="textbox"]';
const BUTTON = 'button, [role="button"]';
const RECIPIENT_GROUP = '[role="group"][id$="_TO"], [role="group"][id$="_CC"], [role="group"][id$="_BCC"]';
// Labels of the To and Cc fields where a build has no group ids (Outlook translates them).
const TO_LABEL = /^(to|an|宛先|címzett)$/i;
const CC_LABEL = /^(cc|ｃｃ)$/i;

type Kind = 'to' | 'cc';

function kindOfGroup(el: Element): Kind | null {
  return el.id.endsWith('_TO') ? 'to' : el.id.endsWith('_CC') ? 'cc' : null;
}

function kindOfLabel(el: Element): Kind | null {
  const label = (el.getAttribute('aria-label') ?? '').trim();
  return TO_LABEL.test(label) ? 'to' : CC_LABEL.test(label) ? 'cc' : null;
}

/** The To and Cc fields in `root` outside the body: by group id, else by label. */
function recipientFields(root: Element, body: HTMLElement): { kind: Kind; field: Element }[] {
  const outside = (el: Element) => !body.contains(el);
  const groups = [...root.querySelectorAll(RECIPIENT_GROUP)].filter(outside);
  if (groups.length > 0) {
    return groups.flatMap((field) => {
      const kind = kindOfGroup(field);
      return kind ? [{ kind, field }] : [];
    });
  }
  return [...root.querySelectorAll('[aria-label]')].filter(outside).flatMap((field) => {
    const kind = kindOfLabel(field);
    return kind ? [{ kind, field }] : [];
  });
}

function addressesIn(field: Element): string[] {
  // In document order: each element's aria-label (a chip's is the address) and title, and the
  // text (an address typed but not yet resolved to a chip).
  const texts: string[] = [field.getAttribute('title') ?? ''];
  const walker = field.ownerDocument.createTreeWalker(field, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    else texts.push((node as Element).getAttribute('aria-label') ?? '', (node as Element).getAttribute('title') ?? '');
  }
  const out: string[] = [];
  for (const t of texts) for (const a of extractAddresses(t)) if (!out.includes(a)) out.push(a);
  return out;
}

const isMenu = (el: Element) => (el.getAttribute('aria-haspopup') ?? 'false') !== 'false';
const hasSendIcon = (el: Element) =>
  [...el.querySelectorAll('[data-icon-name]')].some((icon) => icon.getAttribute('data-icon-name')!.toLowerCase() === 'send');
const isPrimaryAction = (el: Element) => el.id.endsWith('primaryActionButton');

function composeRoot(body: HTMLElement): HTMLElement | null {
  let el = body.parentElement;
  for (let i = 0; el && i < 16 && el !== body.ownerDocument.body; i++, el = el.parentElement) {
    if (recipientFields(el, body).length > 0) return el;
  }
  return nearestHolding(body, BUTTON);
}

/**
 * The Send of the compose window around `body`: in its compose root a button with the shortcut
 * hint, the Send icon, or the primary half of a split button; further out (some layouts keep the
 * commands above the recipients) only one with the hint or the icon, never the "New mail" split
 * button of the ribbon.
 */
function sendFor(body: HTMLElement): HTMLElement | null {
  const candidates = (scope: HTMLElement) =>
    [...scope.querySelectorAll<HTMLElement>(BUTTON)].filter((b) => !body.contains(b) && !isMenu(b));
  const root = composeRoot(body);
  if (!root) return null;
  const inRoot = candidates(root);
  const found = inRoot.find(hasSendShortcutHint) ?? inRoot.find(hasSendIcon) ?? inRoot.find(isPrimaryAction);
  if (found) return found;
  let scope = root.parentElement;
  for (let i = 0; scope && i < 6 && scope !== body.ownerDocument.body; i++, scope = scope.parentElement) {
    const around = candidates(scope);
    const hit = around.find(hasSendShortcutHint) ?? around.find(hasSendIcon);
    if (hit) return hit;
  }
  return null;
}

/** The Outlook compose body nearest to `el` (a control of the compose window). */
function bodyNear(el: Element): HTMLElement | null {
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement) {
    const body = [...node.querySelectorAll<HTMLElement>(BODY)].find(isOutlookBody);
    if (body) return body;
  }
  return null;
}

function isOutlookBody(body: HTMLElement): boolean {
  if (body.getAttribute('role') !== 'textbox') return false;
  // The To/Cc fields are editable textboxes too.
  if (body.closest(RECIPIENT_GROUP) || kindOfLabel(body)) return false;
  if (HOSTS.has(body.ownerDocument.location?.hostname ?? '')) return true;
  return !!(body.closest('[id^="editorParent"]') || body.querySelector('#appendonsend, .elementToProof'));
}

export const outlook = defineSite({
  id: 'outlook',
  name: 'Outlook',
  origins: ORIGINS,
  body(target) {
    const body = editingHost(target);
    return body && isOutlookBody(body) ? body : null;
  },
  quotedPart: (body) => body.querySelector('#appendonsend, #divRplyFwdMsg, #mail-editor-reference-message-container'),
  composeRoot,
  sendButton(target) {
    const button = target.closest<HTMLElement>(BUTTON);
    // Cheap test first: this runs on every click on the page.
    if (!button || isMenu(button) || !(hasSendShortcutHint(button) || hasSendIcon(button) || isPrimaryAction(button))) return null;
    const body = bodyNear(button);
    if (body) return sendFor(body) === button ? button : null;
    // No compose body around it: only a button that says it sends (not any split button).
    return hasSendShortcutHint(button) || hasSendIcon(button) ? button : null;
  },
  sendButtonFor: sendFor,
  isSendShortcut(e) {
    if (isModEnter(e)) return true;
    // Alt+S; on a Mac Option+S types "ß" (e.key), which is not a Send.
    return !e.isComposing && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.key.toLowerCase() === 's';
  },
  recipients(root, body) {
    const out: Recipients = { to: [], cc: [] };
    for (const { kind, field } of recipientFields(root, body)) {
      for (const address of addressesIn(field)) if (!out[kind].includes(address)) out[kind].push(address);
    }
    out.cc = out.cc.filter((a) => !out.to.includes(a));
    return out;
  },
});
