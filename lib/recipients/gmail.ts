/**
 * Gmail: recipients show as chips inside the compose dialog (or the inline reply box). Newer
 * chips are `div[data-hovercard-id="address"]` holding a hidden `input[name=to|cc|bcc]`; older
 * ones `span[email="address"]`. The row a chip sits in says To or Cc: the hidden input's name,
 * or the row's aria-label ("To recipients", "Cc recipients"). Bcc and From are left out.
 */
import { extractAddresses } from '../audience/match';
import { nearestHolding, type RecipientReader, type Recipients } from './types';

const CHIP = '[email], [data-hovercard-id], input[type="hidden"][name="to"], input[type="hidden"][name="cc"], input[type="hidden"][name="bcc"]';
const FIELD_NAMES = ['to', 'cc', 'bcc', 'from'] as const;
type FieldName = (typeof FIELD_NAMES)[number];

function nameOf(el: Element | null | undefined): FieldName | null {
  const name = el?.getAttribute('name')?.toLowerCase();
  return (FIELD_NAMES as readonly string[]).includes(name ?? '') ? (name as FieldName) : null;
}

function fieldOf(chip: Element): FieldName {
  const named =
    nameOf(chip) ??
    nameOf(chip.querySelector('input[name]')) ??
    nameOf(chip.closest('[name="to"], [name="cc"], [name="bcc"], [name="from"]'));
  if (named) return named;
  const row = chip.closest('tr') ?? chip.parentElement;
  if (row?.querySelector('input[name="from"], [name="from"]')) return 'from';
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

export const gmailRecipients: RecipientReader = {
  composeRoot(body) {
    return body.closest<HTMLElement>('[role="dialog"], .M9') ?? nearestHolding(body, CHIP);
  },
  read(root, body) {
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
};
