import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';

declare const nwParams: URLSearchParams;

const element = document.getElementById('editor')!;
let editor: LexicalEditor;
let teardown: () => void = () => {};

/** A new editor on the same element: a new draft with an empty undo history. */
function setDraft(text: string) {
  teardown();
  editor?.setRootElement(null);
  editor = createEditor({
    namespace: 'nw-test',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(element);
  const unRich = registerRichText(editor);
  // One paragraph per line, as Lexical's rich text makes of typed lines; applied before the
  // history starts, so the draft itself is nothing the user can undo.
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const line of text.split('\n')) {
        const paragraph = $createParagraphNode();
        if (line) paragraph.append($createTextNode(line));
        root.append(paragraph);
      }
    },
    { discrete: true },
  );
  const unHistory = registerHistory(editor, createEmptyHistoryState(), 300);
  teardown = () => {
    unHistory();
    unRich();
  };
  Object.assign(window, { editor });
}

setDraft(nwParams.get('draft') ?? '');
Object.assign(window, {
  nwTest: {
    selector: '[data-lexical-editor]',
    /** The editor state's text: one line per top-level block (Lexical itself joins them with "\n\n"). */
    getText: () => editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n')),
    setDraft,
  },
});
