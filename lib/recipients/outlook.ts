/**
 * Outlook on the web: the compose pane has a To well and a Cc well (elements labelled "To" and
 * "Cc"), holding one button or span per recipient with the address in its text, its aria-label
 * or its title. Only labelled wells are read, so a thread's own headers never count.
 */
import { extractAddresses } from '../audience/match';
import { nearestHolding, type RecipientReader, type Recipients } from './types';

// The wells' labels in the languages Nemawashi's UI speaks (Outlook translates them).
const TO_LABEL = /^(to|宛先)$/i;
const CC_LABEL = /^(cc|ｃｃ)$/i;
const WELL = '[aria-label]';

function wellKind(el: Element): 'to' | 'cc' | null {
  const label = (el.getAttribute('aria-label') ?? '').trim();
  return TO_LABEL.test(label) ? 'to' : CC_LABEL.test(label) ? 'cc' : null;
}

function addressesIn(well: Element): string[] {
  // In document order: each element's aria-label, title and own text.
  const texts: string[] = [];
  for (const el of [well, ...well.querySelectorAll('*')]) {
    if (el !== well) texts.push(el.getAttribute('aria-label') ?? '');
    texts.push(el.getAttribute('title') ?? '');
    for (const node of el.childNodes) if (node.nodeType === 3) texts.push(node.textContent ?? '');
  }
  const out: string[] = [];
  for (const t of texts) for (const a of extractAddresses(t)) if (!out.includes(a)) out.push(a);
  return out;
}

function wellsOf(root: HTMLElement, body: HTMLElement): Element[] {
  return [...root.querySelectorAll(WELL)].filter((el) => !body.contains(el) && wellKind(el) !== null);
}

export const outlookRecipients: RecipientReader = {
  composeRoot(body) {
    let el = body.parentElement;
    for (let i = 0; el && i < 14 && el !== body.ownerDocument.body; i++, el = el.parentElement) {
      if (wellsOf(el, body).length > 0) return el;
    }
    return nearestHolding(body, '[role="textbox"][aria-label]');
  },
  read(root, body) {
    const out: Recipients = { to: [], cc: [] };
    for (const well of wellsOf(root, body)) {
      const kind = wellKind(well)!;
      for (const address of addressesIn(well)) if (!out[kind].includes(address)) out[kind].push(address);
    }
    out.cc = out.cc.filter((a) => !out.to.includes(a));
    return out;
  },
};
