// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findField } from '../../../lib/editors/index';
import { recipientReaderFor } from '../../../lib/recipients/index';
import { outlook } from '../../../lib/sites/outlook';
import { $, key, loadSite } from './fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const BODY = '#editorParent_1 [role="textbox"]';

describe.each([
  {
    fixture: 'outlook-new-en.html',
    send: '#splitButton-r3a__primaryActionButton',
    inner: 'svg path',
    others: ['#splitButton-r3a__menuButton', '#splitButton-r1__primaryActionButton', '[aria-label="Discard"]'],
    to: ['kenji.sato@acme.co.jp', 'dana@hq.example.com', 'new.person@partner.example'],
    cc: ['aiko@acme.co.jp'],
    quoted: null,
  },
  {
    fixture: 'outlook-reply-hu.html',
    send: 'button[aria-label="Küldés"]',
    inner: 'i[data-icon-name="Send"]',
    others: ['button[aria-haspopup="true"] i', 'button[aria-label="Új üzenet"] .ms-Button-label', 'button[aria-label="Elvetés"]'],
    to: ['kenji.sato@acme.co.jp'],
    cc: [],
    quoted: 'appendonsend',
  },
])('Outlook $fixture', ({ fixture, send, inner, others, to, cc, quoted }) => {
  it('finds the body from inside it, and the Outlook adapter claims it; never a recipient field', () => {
    loadSite(fixture);
    const body = $(BODY);
    expect(outlook.body(body.querySelector('.elementToProof')!)).toBe(body);
    const field = findField(body.querySelector('.elementToProof')!);
    expect(field?.adapter.kind).toBe('outlook');
    expect(field?.root).toBe(body);
    for (const well of document.querySelectorAll<HTMLElement>('[role="textbox"]:not([aria-multiline="true"])')) {
      expect(outlook.body(well), well.getAttribute('aria-label')!).toBeNull();
    }
  });

  it(quoted ? 'finds the quoted reply' : 'has no quoted part in a new message', () => {
    loadSite(fixture);
    const quote = outlook.quotedPart($(BODY));
    if (quoted) {
      expect(quote?.id).toBe(quoted);
      expect($('#divRplyFwdMsg').textContent).toContain('Feladó:');
    } else {
      expect(quote).toBeNull();
    }
  });

  it('finds Send for the body, and from a click on its icon; not the menu, New mail or Discard', () => {
    loadSite(fixture);
    const body = $(BODY);
    const button = $(send);
    expect(outlook.sendButtonFor(body)).toBe(button);
    expect(outlook.sendButton(button)).toBe(button);
    expect(outlook.sendButton(button.querySelector(inner)!)).toBe(button);
    for (const other of others) expect(outlook.sendButton($(other)), other).toBeNull();
    expect(outlook.sendButton(body)).toBeNull();
    const adapter = findField(body)!.adapter;
    expect(adapter.sendButtonFor!(body)).toBe(button);
    expect(adapter.sendButton!(button.querySelector(inner)!)).toBe(button);
  });

  it('reads To and Cc (not Bcc, not From, not the quoted header)', () => {
    loadSite(fixture);
    const body = $(BODY);
    const reader = recipientReaderFor('outlook')!;
    const root = reader.composeRoot(body)!;
    expect(root.contains($(send))).toBe(true);
    expect(reader.read(root, body)).toEqual({ to, cc });
  });
});

describe('Outlook Send without its words', () => {
  it('is the compose window\'s split button when neither tooltip nor icon says Send', () => {
    loadSite('outlook-new-en.html');
    const button = $('#splitButton-r3a__primaryActionButton');
    button.removeAttribute('title');
    button.setAttribute('aria-label', 'Envoyer');
    expect(outlook.sendButtonFor($(BODY))).toBe(button);
    expect(outlook.sendButton(button.querySelector('svg')!)).toBe(button);
    // The ribbon's "New mail" is a split button too, outside the compose window.
    expect(outlook.sendButton($('#splitButton-r1__primaryActionButton'))).toBeNull();
  });

  it('is the button with the Send icon in a build without titles or split-button ids', () => {
    loadSite('outlook-reply-hu.html');
    const button = $('button[aria-label="Küldés"]');
    expect(button.hasAttribute('title')).toBe(false);
    expect(outlook.sendButtonFor($(BODY))).toBe(button);
  });

  it('is found by a translated tooltip that keeps the shortcut hint', () => {
    loadSite('outlook-new-en.html');
    const button = $('#splitButton-r3a__primaryActionButton');
    button.id = 'r3a';
    button.setAttribute('title', '送信 (Ctrl+Enter)');
    button.setAttribute('aria-label', '送信');
    expect(outlook.sendButtonFor($(BODY))).toBe(button);
    expect(outlook.sendButton(button)).toBe(button);
  });
});

describe('Outlook keyboard Send', () => {
  it('is Ctrl+Enter, Cmd+Enter or Alt+S; never plain Enter, nor Option+S typing ß', () => {
    expect(outlook.isSendShortcut(key({ key: 'Enter', ctrlKey: true }))).toBe(true);
    expect(outlook.isSendShortcut(key({ key: 'Enter', metaKey: true }))).toBe(true);
    expect(outlook.isSendShortcut(key({ key: 's', altKey: true, code: 'KeyS' }))).toBe(true);
    expect(outlook.isSendShortcut(key({ key: 'Enter' }))).toBe(false);
    expect(outlook.isSendShortcut(key({ key: 'Enter', shiftKey: true }))).toBe(false);
    expect(outlook.isSendShortcut(key({ key: 'ß', altKey: true, code: 'KeyS' }))).toBe(false);
    // AltGr is Ctrl+Alt on Windows: a character, not a Send.
    expect(outlook.isSendShortcut(key({ key: 's', altKey: true, ctrlKey: true }))).toBe(false);
    expect(outlook.isSendShortcut(key({ key: 's' }))).toBe(false);
  });
});
