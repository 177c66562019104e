// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { recipientReaderFor, sameRecipients } from '../../../lib/recipients/index';

const gmailRecipients = recipientReaderFor('gmail')!;
const outlookRecipients = recipientReaderFor('outlook')!;

afterEach(() => {
  document.body.innerHTML = '';
});

function gmailCompose(): HTMLElement {
  document.body.innerHTML = `
    <div class="adn"><span class="gD" email="boss@elsewhere.com">Earlier sender in the thread</span></div>
    <div class="nH" role="dialog" aria-label="New Message">
      <form class="bAs"><input type="hidden" name="from" value="me@example.com">
        <table class="GS"><tbody>
          <tr><td><span class="az2" email="me@example.com">Me</span><input type="hidden" name="from" value="me@example.com"></td></tr>
          <tr><td><div role="listbox" aria-label="To recipients">
            <div class="afV" data-hovercard-id="kenji@acme.co.jp" role="option"><div class="akl">Kenji</div><input type="hidden" name="to" value="Kenji Sato &lt;kenji@acme.co.jp&gt;"></div>
            <div class="afV" data-hovercard-id="Dana@HQ.example.com" role="option"><div class="akl">Dana</div><input type="hidden" name="to" value="dana@hq.example.com"></div>
          </div></td></tr>
          <tr><td><div role="listbox" aria-label="Cc recipients"><span class="vN" email="aiko@acme.co.jp">Aiko</span><span class="vN" email="kenji@acme.co.jp">Kenji</span></div></td></tr>
          <tr><td><div role="listbox" aria-label="Bcc recipients"><span class="vN" email="hidden@acme.co.jp">Hidden</span></div></td></tr>
        </tbody></table>
      </form>
      <div g_editable="true" role="textbox" contenteditable="true"><div>Hi <span email="quoted@x.com">x</span></div></div>
    </div>`;
  return document.querySelector<HTMLElement>('[g_editable]')!;
}

describe('Gmail recipients', () => {
  it('reads To and Cc chips of this compose window only (no Bcc, no From, no thread)', () => {
    const body = gmailCompose();
    const root = gmailRecipients.composeRoot(body)!;
    expect(root.getAttribute('role')).toBe('dialog');
    expect(gmailRecipients.read(root, body)).toEqual({ to: ['kenji@acme.co.jp', 'dana@hq.example.com'], cc: ['aiko@acme.co.jp'] });
  });

  it('finds the inline reply box without a dialog around it', () => {
    document.body.innerHTML = `
      <div class="adn"><span class="gD" email="boss@elsewhere.com">Sender</span></div>
      <div class="M9"><div><span class="vN" email="kenji@acme.co.jp" name="to">Kenji</span></div>
        <div><div g_editable="true" role="textbox" contenteditable="true">Reply</div></div></div>`;
    const body = document.querySelector<HTMLElement>('[g_editable]')!;
    const root = gmailRecipients.composeRoot(body)!;
    expect(root.className).toBe('M9');
    expect(gmailRecipients.read(root, body)).toEqual({ to: ['kenji@acme.co.jp'], cc: [] });
  });

  it('has no recipients before any are typed', () => {
    document.body.innerHTML = `<div role="dialog"><div role="listbox" aria-label="To recipients"></div>
      <div g_editable="true" role="textbox" contenteditable="true"></div></div>`;
    const body = document.querySelector<HTMLElement>('[g_editable]')!;
    expect(gmailRecipients.read(gmailRecipients.composeRoot(body)!, body)).toEqual({ to: [], cc: [] });
  });
});

describe('Outlook recipients', () => {
  it('reads the To and Cc wells from text, aria-label or title', () => {
    document.body.innerHTML = `
      <div class="thread"><div aria-label="Message header">From: boss@elsewhere.com</div></div>
      <div class="compose">
        <div aria-label="From"><button>me@example.com</button></div>
        <div role="textbox" aria-label="To" contenteditable="true">
          <span><button aria-label="Kenji Sato kenji@acme.co.jp">Kenji Sato</button></span>
          <span>dana@hq.example.com</span>
        </div>
        <div role="textbox" aria-label="Cc" contenteditable="true"><span title="Aiko &lt;aiko@acme.co.jp&gt;">Aiko</span></div>
        <div id="editorParent_1"><div role="textbox" contenteditable="true" aria-label="Message body">Hello kenji@acme.co.jp</div></div>
      </div>`;
    const body = document.querySelector<HTMLElement>('#editorParent_1 [role=textbox]')!;
    const root = outlookRecipients.composeRoot(body)!;
    expect(root.className).toBe('compose');
    expect(outlookRecipients.read(root, body)).toEqual({ to: ['kenji@acme.co.jp', 'dana@hq.example.com'], cc: ['aiko@acme.co.jp'] });
  });

  it('understands Japanese well labels', () => {
    document.body.innerHTML = `<div><div aria-label="宛先"><button aria-label="佐藤 sato@acme.co.jp">佐藤</button></div>
      <div><div role="textbox" contenteditable="true" aria-label="メッセージ本文">本文</div></div></div>`;
    const body = document.querySelector<HTMLElement>('[aria-label="メッセージ本文"]')!;
    expect(outlookRecipients.read(outlookRecipients.composeRoot(body)!, body)).toEqual({ to: ['sato@acme.co.jp'], cc: [] });
  });
});

describe('readers', () => {
  it('exist for Gmail and Outlook only', () => {
    expect(recipientReaderFor('gmail')).toBe(gmailRecipients);
    expect(recipientReaderFor('outlook')).toBe(outlookRecipients);
    expect(gmailRecipients).not.toBe(outlookRecipients);
    expect(recipientReaderFor('textarea')).toBeNull();
    expect(sameRecipients({ to: ['a@b.co'], cc: [] }, { to: ['a@b.co'], cc: [] })).toBe(true);
    expect(sameRecipients({ to: ['a@b.co'], cc: [] }, { to: [], cc: ['a@b.co'] })).toBe(false);
  });
});
