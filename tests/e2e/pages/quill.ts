import Quill from 'quill';
import 'quill/dist/quill.core.css';

declare const nwParams: URLSearchParams;

const quill = new Quill('#editor', {});
quill.setText(`${nwParams.get('draft') ?? ''}\n`, 'api');
// The initial text is not something the user can undo.
quill.history.clear();
Object.assign(window, {
  quill,
  nwTest: { selector: '.ql-editor', getText: () => quill.getText().replace(/\n$/, '') },
});
