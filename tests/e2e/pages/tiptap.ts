import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare const nwParams: URLSearchParams;
declare const nwEscape: (s: string) => string;

const draft = nwParams.get('draft') ?? '';
const editor = new Editor({
  element: document.getElementById('editor')!,
  extensions: [StarterKit],
  content: draft
    .split('\n')
    .map((line) => `<p>${nwEscape(line)}</p>`)
    .join(''),
});
Object.assign(window, {
  editor,
  nwTest: { selector: '.ProseMirror', getText: () => editor.getText({ blockSeparator: '\n' }) },
});
