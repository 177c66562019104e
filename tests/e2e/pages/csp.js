// No innerHTML here: the page requires Trusted Types.
const field = document.getElementById('field');
for (const line of (nwParams.get('draft') ?? '').split('\n')) {
  const div = document.createElement('div');
  if (line) div.textContent = line;
  else div.append(document.createElement('br'));
  field.append(div);
}
window.nwTest = { selector: '#field', getText: () => field.innerText.replace(/\n$/, '') };
