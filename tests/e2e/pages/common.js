// Shared by the plain test pages: the draft comes from ?draft= (and ?quote= for replies).
window.nwParams = new URLSearchParams(location.search);
window.nwEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** One <div> per line, as Chromium's own contenteditable produces; an empty line holds a <br>. */
window.nwLinesToDivs = (text, cls) =>
  text
    .split('\n')
    .map((l) => `<div${cls ? ` class="${cls}"` : ''}>${l ? window.nwEscape(l) : '<br>'}</div>`)
    .join('');
window.nwEvents = [];
for (const type of ['compositionstart', 'compositionupdate', 'compositionend']) {
  document.addEventListener(type, (e) => window.nwEvents.push({ type, data: e.data }), true);
}
