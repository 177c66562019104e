/**
 * Fields that are never checked, whatever their kind: one-line search boxes, code editors,
 * read-only fields, and fields whose page opts them out.
 *
 * `data-nemawashi="off"` is a rule. The opt-outs other writing tools honour
 * (`data-gramm="false"` and friends) are a hint: pages set them to keep a grammar checker's UI
 * away from a chat box as often as to mark code. We skip such a field only when the page also
 * turned the browser's own spell-checking off, which is what code and token fields do.
 */

const CODE_EDITORS = '.cm-editor, .CodeMirror, .monaco-editor, .ace_editor';
const OPT_OUT_HINTS = ['data-gramm', 'data-gramm_editor', 'data-enable-grammarly'];
/** A compose window's address fields (Outlook's To/Cc wells are editable textboxes): never prose. */
const ADDRESS_FIELD = /^(to|cc|bcc|宛先|ｃｃ|ｂｃｃ)$/i;

export function isExcluded(root: HTMLElement): boolean {
  if (root.closest('[data-nemawashi="off"]')) return true;
  const role = root.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  if (root.getAttribute('aria-multiline') === 'false') return true;
  if (ADDRESS_FIELD.test((root.getAttribute('aria-label') ?? '').trim())) return true;
  if (root.getAttribute('aria-readonly') === 'true' || root.getAttribute('aria-disabled') === 'true') return true;
  if (root.closest(CODE_EDITORS)) return true;
  const hinted = OPT_OUT_HINTS.some((name) => root.getAttribute(name) === 'false');
  return hinted && root.getAttribute('spellcheck') === 'false';
}

/** The outermost contenteditable element around `target` (the editing host). */
export function editingHost(target: Element): HTMLElement | null {
  if (!(target as HTMLElement).isContentEditable) return null;
  let host = target as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
