import Quill from 'quill';
import 'quill/dist/quill.core.css';

declare const nwParams: URLSearchParams;

const quill = new Quill('#editor', {});

function setDraft(text: string) {
  quill.setText(`${text}\n`, 'api');
  // The initial text is not something the user can undo.
  quill.history.clear();
}

setDraft(nwParams.get('draft') ?? '');
Object.assign(window, {
  quill,
  nwTest: { selector: '.ql-editor', getText: () => quill.getText().replace(/\n$/, ''), setDraft },
});
