import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

declare const nwParams: URLSearchParams;

let latest = EditorState.createWithContent(ContentState.createFromText(nwParams.get('draft') ?? ''));

function App() {
  const [state, setState] = useState(latest);
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
  },
});
