/**
 * Gmail (mail.google.com): the pop-up, full-screen and inline-reply compose windows.
 *
 * - Body: `div[g_editable=true][role=textbox]` (its aria-label is translated, so never used).
 * - Quoted reply: `.gmail_quote`, after an "On ... wrote:" line that the engine recognises.
 * - Compose window: the compose form `.M9` (pop-up and inline reply alike), else the dialog.
 * - Send: the first button of the compose toolbar (`table.IZ[role=group]`, first cell `.Up`),
 *   leaving out "Send & archive" (`.Uo`) and the "More send options" menu (aria-haspopup): the
 *   path InboxSDK uses. Then the untranslated shortcut hint in the tooltip ("Gửi (Ctrl-Enter)"),
 *   then Gmail's class `.aoO`, then, with no class at all, the first plain button of the first
 *   role=group after the body. A click on "Send & archive" (`.Uo`, beside Send) is a Send too.
 * - Keyboard Send: Ctrl+Enter, Cmd+Enter on a Mac (InboxSDK's presending stream listens for the same).
 * - Recipients: chips with the address in `data-hovercard-id` (since 2021: `div[role=option]`
 *   inside the row `.anm[name=to|cc]`) or, in the classic layout, `span[email]` beside a hidden
 *   `input[name=to|cc]`. The row's name says To or Cc; failing that its aria-label.
 */
import { extractAddresses } from '../audience/match';
import { nearestHolding, type Recipients } from '../recipients/types';
import { defineSite, hasSendShortcutHint, isModEnter } from './types';

const BODY = 'div[g_editable="true"][role="textbox"]';
const BUTTON = '[role="button"]';
const SEND_IN_TOOLBAR = '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])';
// "Send & archive" (a setting): a Send too when clicked, never the one pressed for "Send anyway".
const SEND_AND_ARCHIVE = '.IZ .Up div > div[role="button"].Uo:not([aria-haspopup="true"])';
const SEND_CLASS = '[role="button"].aoO';

const CHIP = '[email], [data-hovercard-id], input[type="hidden"][name="to"], input[type="hidden"][name="cc"], input[type="hidden"][name="bcc"]';
const FIELD_NAMES = ['to', 'cc', 'bcc', 'from'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

function composeRoot(body: HTMLElement): HTMLElement | null {
  return (
    body.closest<HTMLElement>('.M9') ??
    body.closest<HTMLElement>('[role="dialog"]') ??
    nearestHolding(body, `${CHIP}, input[name="subjectbox"], [role="group"] ${BUTTON}`)
  );
}

const isMenu = (el: Element) => el.getAttribute('aria-haspopup') === 'true';

/** The Send of the compose window `root`, by the first rule that finds one. */
function sendIn(root: HTMLElement): HTMLElement | null {
  const body = root.querySelector<HTMLElement>(BODY);
  const buttons = [...root.querySelectorAll<HTMLElement>(BUTTON)].filter((b) => !body?.contains(b) && !isMenu(b));
  const byStructure = root.querySelector<HTMLElement>(SEND_IN_TOOLBAR);
  if (byStructure) return byStructure;
  const byHint = buttons.find(hasSendShortcutHint);
  if (byHint) return byHint;
  const byClass = buttons.find((b) => b.matches(SEND_CLASS));
  if (byClass) return byClass;
  if (!body) return null;
  for (const group of root.querySelectorAll('[role="group"]')) {
    if (!(body.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING) || body.contains(group)) continue;
    const first = [...group.querySelectorAll<HTMLElement>(BUTTON)].find((b) => !isMenu(b));
    if (first) return first;
  }
  return null;
}

function nameOf(el: Element | null | undefined): FieldName | null {
  const name = el?.getAttribute('name')?.toLowerCase();
  return (FIELD_NAMES as readonly string[]).includes(name ?? '') ? (name as FieldName) : null;
}

function fieldOf(chip: Element): FieldName {
  // The chip's own name, its hidden input (inside it, or beside it in the classic .vR wrapper),
  // the named row around it (.anm[name=cc]), the row's own field (textarea.vO[name=cc]).
  const beside = [...(chip.parentElement?.children ?? [])].find((el) => el.matches('input[type="hidden"][name]'));
  const row = chip.closest('tr') ?? chip.parentElement;
  const named =
    nameOf(chip) ??
    nameOf(chip.querySelector('input[name]')) ??
    nameOf(beside) ??
    nameOf(chip.closest('[name="to"], [name="cc"], [name="bcc"], [name="from"]')) ??
    nameOf(row?.querySelector('textarea[name], input[name]'));
  if (named) return named;
  for (let el: Element | null = chip; el; el = el.parentElement) {
    const label = el.getAttribute('aria-label');
    if (!label) continue;
    if (/^bcc\b/i.test(label)) return 'bcc';
    if (/^cc\b/i.test(label)) return 'cc';
    if (/^(to|from)\b/i.test(label)) return label.toLowerCase().startsWith('from') ? 'from' : 'to';
  }
  return 'to';
}

function addressOf(chip: Element): string[] {
  const raw = chip.getAttribute('email') ?? chip.getAttribute('data-hovercard-id') ?? (chip as HTMLInputElement).value ?? '';
  return extractAddresses(raw);
}

export const gmail = defineSite({
  id: 'gmail',
  name: 'Gmail',
  origins: ['https://mail.google.com'],
  body(target) {
    const body = target.closest<HTMLElement>(BODY);
    return body?.isContentEditable ? body : null;
  },
  quotedPart: (body) => body.querySelector('.gmail_quote'),
  composeRoot,
  sendButton(target) {
    const button = target.closest<HTMLElement>(BUTTON);
    if (!button || isMenu(button)) return null;
    const root = button.closest<HTMLElement>('.M9, [role="dialog"]');
    if (root) return sendIn(root) === button || button.matches(SEND_AND_ARCHIVE) ? button : null;
    return button.matches(`${SEND_IN_TOOLBAR}, ${SEND_AND_ARCHIVE}, ${SEND_CLASS}`) || hasSendShortcutHint(button) ? button : null;
  },
  sendButtonFor(body) {
    const root = composeRoot(body);
    return root ? sendIn(root) : null;
  },
  isSendShortcut: isModEnter,
  recipients(root, body) {
    const out: Recipients = { to: [], cc: [] };
    for (const chip of root.querySelectorAll(CHIP)) {
      if (body.contains(chip)) continue;
      const field = fieldOf(chip);
      if (field !== 'to' && field !== 'cc') continue;
      for (const address of addressOf(chip)) if (!out[field].includes(address)) out[field].push(address);
    }
    // An address in both rows counts where it first shows (To).
    out.cc = out.cc.filter((a) => !out.to.includes(a));
    return out;
  },
});
