// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findField } from '../../../lib/editors/index';
import { recipientReaderFor } from '../../../lib/recipients/index';
import { gmail } from '../../../lib/sites/gmail';
import { $, key, loadSite } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const BODY = '[g_editable="true"]';

describe.each([
  { fixture: 'gmail-new-en.html', send: ':79', menu: ':75', to: ['kenji.sato@acme.co.jp', 'dana@hq.example.com'], cc: ['aiko@acme.co.jp'], quoted: false },
  { fixture: 'gmail-reply-de.html', send: ':pc', menu: ':pe', to: ['kenji.sato@acme.co.jp', 'dana@hq.example.com'], cc: ['aiko@acme.co.jp'], quoted: true },
])('Gmail $fixture', ({ fixture, send, menu, to, cc, quoted }) => {
  it('finds the body from inside it, and the Gmail adapter claims it', () => {
    loadSite(fixture);
    const body = $(BODY);
    expect(gmail.body(body.querySelector('div')!)).toBe(body);
    const field = findField(body.querySelector('div')!);
    expect(field?.adapter.kind).toBe('gmail');
    expect(field?.root).toBe(body);
    expect(gmail.body($('input[name="subjectbox"], input[name="subject"]'))).toBeNull();
  });

  it(quoted ? 'finds the quoted reply' : 'has no quoted part in a new message', () => {
    loadSite(fixture);
    const quote = gmail.quotedPart($(BODY));
    if (quoted) expect(quote?.textContent).toMatch(/^Am Di\., 4\. März 2025 .* schrieb Kenji Sato/);
    else expect(quote).toBeNull();
  });

  it('finds Send for the body, and from a click on it or inside it; not the menu beside it', () => {
    loadSite(fixture);
    const body = $(BODY);
    const button = document.getElementById(send)!;
    expect(gmail.sendButtonFor(body)).toBe(button);
    expect(gmail.sendButton(button)).toBe(button);
    // Gmail's label is a text node; a styled label or an icon inside the button is a click on a child.
    const inner = document.createElement('span');
    inner.append(...button.childNodes);
    button.append(inner);
    expect(gmail.sendButton(inner)).toBe(button);
    expect(gmail.sendButton(document.getElementById(menu)!.querySelector('.G-asx')!)).toBeNull();
    expect(gmail.sendButton($('[command="Files"] .a3I'))).toBeNull();
    expect(gmail.sendButton(body)).toBeNull();
    // The adapter delegates to the site.
    const adapter = findField(body)!.adapter;
    expect(adapter.sendButtonFor!(body)).toBe(button);
    expect(adapter.sendButton!(inner)).toBe(button);
  });

  it('takes "Send & archive" for a Send when clicked, but not for the Send of the body', () => {
    loadSite(fixture);
    const button = document.getElementById(send)!;
    // Where InboxSDK finds it (getSendAndArchiveButton): beside Send in the toolbar's first cell.
    const archive = document.createElement('div');
    archive.className = 'T-I J-J5-Ji Uo v7 T-I-atl L3';
    archive.setAttribute('role', 'button');
    archive.innerHTML = '<span class="Up-inner">&nbsp;</span>';
    button.before(archive);
    expect(gmail.sendButton(archive.firstElementChild!)).toBe(archive);
    expect(gmail.sendButtonFor($(BODY))).toBe(button);
  });

  it('finds Send by structure when its tooltip is translated beyond recognition', () => {
    loadSite(fixture);
    const button = document.getElementById(send)!;
    for (const name of ['data-tooltip', 'aria-label']) button.setAttribute(name, 'Envoyer');
    expect(gmail.sendButtonFor($(BODY))).toBe(button);
    expect(gmail.sendButton(button)).toBe(button);
  });

  it('finds Send with none of Gmail\'s class names, as the first button of the toolbar group after the body', () => {
    loadSite(fixture);
    const button = document.getElementById(send)!;
    for (const name of ['data-tooltip', 'aria-label']) button.removeAttribute(name);
    for (const el of document.querySelectorAll('[class]')) if (!el.classList.contains('M9')) el.removeAttribute('class');
    expect(gmail.sendButtonFor($(BODY))).toBe(button);
    expect(gmail.sendButton(button)).toBe(button);
    expect(gmail.sendButton(document.getElementById(menu)!)).toBeNull();
  });

  it('reads To and Cc (not Bcc, not From, not the thread or the quote)', () => {
    loadSite(fixture);
    const body = $(BODY);
    const reader = recipientReaderFor('gmail')!;
    const root = reader.composeRoot(body)!;
    expect(root.classList.contains('M9')).toBe(true);
    expect(reader.read(root, body)).toEqual({ to, cc });
  });
});

describe('Gmail keyboard Send', () => {
  it('is Ctrl+Enter or Cmd+Enter, never plain Enter or other combinations', () => {
    expect(gmail.isSendShortcut(key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(gmail.isSendShortcut(key({ key: 'Enter', metaKey: true }))).toBe(true);
    expect(gmail.isSendShortcut(key({ key: 'Enter' }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 'Enter', shiftKey: true }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 'Enter', ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 'Enter', ctrlKey: true, altKey: true }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 'm', ctrlKey: true }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 'Enter', ctrlKey: true, isComposing: true }))).toBe(false);
    expect(gmail.isSendShortcut(key({ key: 's', altKey: true }))).toBe(false);
  });
});
