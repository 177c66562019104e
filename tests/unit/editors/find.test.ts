// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findField } from '../../../lib/editors/index';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const kindOf = (selector: string) => {
  const el = document.querySelector(selector)!;
  const field = findField(el);
  return field ? `${field.adapter.kind}:${field.root.id || field.root.className}` : null;
};

describe('findField', () => {
  it('tells the kinds of field apart, from any element inside them', () => {
    mount(`
      <div id="gm" g_editable="true" role="textbox" contenteditable="true"><div><b id="gm-in">x</b></div></div>
      <div id="editorParent_1"><div id="ol" contenteditable="true" role="textbox"><div class="elementToProof">x</div></div></div>
      <div class="ProseMirror" id="pm" contenteditable="true"><p id="pm-in">x</p></div>
      <div class="ql-container"><div class="ql-editor" id="ql" contenteditable="true"><p>x</p></div></div>
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" id="dj" contenteditable="true"><div data-contents="true"><span id="dj-in">x</span></div></div></div>
      <textarea id="ta"></textarea>
      <div id="ce" contenteditable="true"><span id="ce-in">x</span></div>
    `);
    expect(kindOf('#gm-in')).toBe('gmail:gm');
    expect(kindOf('#ol')).toBe('outlook:ol');
    expect(kindOf('#pm-in')).toBe('prosemirror:pm');
    expect(kindOf('#ql')).toBe('quill:ql');
    expect(kindOf('#dj-in')).toBe('draftjs:dj');
    expect(kindOf('#ta')).toBe('textarea:ta');
    expect(kindOf('#ce-in')).toBe('contenteditable:ce');
  });

  it('never checks inputs, search boxes, read-only or opted-out fields, or code editors', () => {
    mount(`
      <input id="pw" type="password"><input id="q" type="search">
      <div id="sb" role="searchbox" contenteditable="true"></div>
      <div id="one" contenteditable="true" aria-multiline="false"></div>
      <textarea id="ro" readonly></textarea>
      <div data-nemawashi="off"><div id="off" contenteditable="true"></div></div>
      <div class="cm-editor"><div id="cm" contenteditable="true"></div></div>
      <div id="code" contenteditable="true" data-gramm="false" spellcheck="false"></div>
      <div id="chat" contenteditable="true" data-gramm="false"></div>
      <div id="plain">not editable</div>
      <div id="to" role="textbox" contenteditable="true" aria-label="To"><span>kenji@acme.co.jp</span></div>
      <div id="cc" role="textbox" contenteditable="true" aria-label="Cc"></div>
    `);
    for (const id of ['pw', 'q', 'sb', 'one', 'ro', 'off', 'cm', 'code', 'plain', 'to', 'cc']) expect(kindOf(`#${id}`), id).toBeNull();
    // data-gramm="false" alone is a hint: a chat box that only keeps Grammarly away is checked.
    expect(kindOf('#chat')).toBe('contenteditable:chat');
  });
});
