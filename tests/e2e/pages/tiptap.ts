import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare const nwParams: URLSearchParams;
declare const nwEscape: (s: string) => string;

const toHtml = (text: string) =>
  text
    .split('\n')
    .map((line) => `<p>${nwEscape(line)}</p>`)
    .join('');

const element = document.getElementById('editor')!;
let editor = new Editor({ element, extensions: [StarterKit], content: toHtml(nwParams.get('draft') ?? '') });

Object.assign(window, {
  nwTest: {
    selector: '.ProseMirror',
    getText: () => editor.getText({ blockSeparator: '\n' }),
    /** A new draft in a new editor (so that its history starts empty). */
    setDraft(text: string) {
      editor.destroy();
      element.replaceChildren();
      editor = new Editor({ element, extensions: [StarterKit], content: toHtml(text) });
      Object.assign(window, { editor });
    },
  },
  editor,
});
