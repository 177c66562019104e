import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

declare const nwParams: URLSearchParams;

const fromText = (text: string) => EditorState.createWithContent(ContentState.createFromText(text));
let latest = fromText(nwParams.get('draft') ?? '');
let replace: (state: EditorState) => void = () => {};

function App() {
  const [state, setState] = useState(latest);
  replace = (next) => {
    latest = next;
    flushSync(() => setState(next));
  };
  return (
    <Editor
      editorState={state}
      onChange={(next) => {
        latest = next;
        setState(next);
      }}
    />
  );
}

createRoot(document.getElementById('app')!).render(<App />);
Object.assign(window, {
  nwTest: {
    selector: '.public-DraftEditor-content',
    getText: () => latest.getCurrentContent().getPlainText('\n'),
    getState: () => latest,
    /** A new EditorState: a new draft with an empty undo stack. */
    setDraft: (text: string) => replace(fromText(text)),
  },
});
