import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

declare const nwParams: URLSearchParams;

const toValue = (text: string): Descendant[] => text.split('\n').map((line) => ({ type: 'paragraph', children: [{ text: line }] }) as Descendant);
const newEditor = () => withHistory(withReact(createEditor()));

let current = { editor: newEditor(), value: toValue(nwParams.get('draft') ?? ''), key: 0 };
let replace: (next: typeof current) => void = () => {};

function App() {
  const [state, setState] = useState(current);
  replace = (next) => {
    current = next;
    flushSync(() => setState(next));
  };
  return (
    <Slate key={state.key} editor={state.editor} initialValue={state.value}>
      <Editable placeholder="" renderElement={({ attributes, children }) => <p {...attributes}>{children}</p>} />
    </Slate>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
Object.assign(window, {
  nwTest: {
    selector: '[data-slate-editor]',
    /** The editor's value: one line per top-level block. */
    getText: () => (current.editor as Editor).children.map((block) => Node.string(block)).join('\n'),
    /** A new editor (a new draft with an empty undo history), rendered at once. */
    setDraft: (text: string) => replace({ editor: newEditor(), value: toValue(text), key: current.key + 1 }),
  },
});
