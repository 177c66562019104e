/** A plain `<textarea>`. Highlights go on a mirror overlay (lib/highlight/mirror.ts). */
import { insertText, settlesTo } from './input';
import type { EditorAdapter } from './types';

export const textarea: EditorAdapter = {
  kind: 'textarea',
  find(target) {
    if (target.tagName !== 'TEXTAREA') return null;
    const field = target as HTMLTextAreaElement;
    return field.readOnly || field.disabled ? null : field;
  },
  read(root) {
    return { text: (root as HTMLTextAreaElement).value };
  },
  async replace(root, start, end, replacement) {
    const field = root as HTMLTextAreaElement;
    const before = field.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    if (root.ownerDocument.activeElement !== field) field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    if (!insertText(root.ownerDocument, replacement) || field.value !== expected) {
      // No execCommand here (an old browser): still replace, though it will not be undoable.
      if (field.value === before) {
        field.setRangeText(replacement, start, end, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
      }
    }
    return settlesTo(() => field.value, expected);
  },
};
