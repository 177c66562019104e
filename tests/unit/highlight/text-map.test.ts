// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, offsetOf, rangeFor } from '../../../lib/highlight/text-map';

function mapOf(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return { root, map: buildTextMap(root) };
}

describe('buildTextMap', () => {
  it.each([
    ['plain text', 'Hello there', 'Hello there'],
    ['one div per line', '<div>a</div><div>b</div>', 'a\nb'],
    ['an empty line is a div holding a br', '<div>a</div><div><br></div><div>b</div>', 'a\n\nb'],
    ['a leading empty line', '<div><br></div><div>b</div>', '\nb'],
    ['br inside a line', 'a<br>b', 'a\nb'],
    ['two brs make an empty line', 'a<br><br>b', 'a\n\nb'],
    ['a trailing br adds nothing', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['paragraphs', '<p>a</p><p>b</p>', 'a\nb'],
    ['inline elements stay inline', '<div>You <b>need</b> to <span>go</span></div>', 'You need to go'],
    ['no-break spaces become spaces', 'a&nbsp;&nbsp;b', 'a  b'],
    ['source formatting between blocks is dropped', '<div>a</div>\n   <div>b</div>', 'a\nb'],
    ['a quoted reply keeps its lines', '<div>Hi</div><div class="q">On Mon wrote:<br><blockquote>x<br>y</blockquote></div>', 'Hi\nOn Mon wrote:\nx\ny'],
    ['a caret placeholder in an empty line is no text (Slate)', '<p><span>a</span></p><p><span data-slate-zero-width="n">\ufeff<br></span></p><p><span>b</span></p>', 'a\n\nb'],
    ['zero-width characters inside text stay', '<div>a\u200bb</div>', 'a\u200bb'],
    ['scripts and styles are not text', '<div>a<style>p{}</style><script>1</script></div>', 'a'],
  ])('%s', (_name, html, text) => {
    expect(mapOf(html).map.text).toBe(text);
  });

  it('maps every character back to its node, emoji and CJK included', () => {
    const { map } = mapOf('<div>Thanks 🙏 team</div><div>東京の<b>皆さん</b>、ASAP</div>');
    expect(map.text).toBe('Thanks 🙏 team\n東京の皆さん、ASAP');
    const at = map.text.indexOf('ASAP');
    expect(rangeFor(map, at, at + 4)!.toString()).toBe('ASAP');
    const team = map.text.indexOf('team');
    expect(rangeFor(map, team, team + 4)!.toString()).toBe('team');
    const bold = map.text.indexOf('皆さん');
    expect(rangeFor(map, bold - 1, bold + 3)!.toString()).toBe('の皆さん');
  });

  it('a range that starts on a synthesised line break starts at the next line', () => {
    const { map } = mapOf('<div>ab</div><div>cd</div>');
    expect(rangeFor(map, 2, 5)!.toString()).toBe('cd');
    expect(rangeFor(map, 0, 2)!.toString()).toBe('ab');
  });

  it('turns a caret back into an offset', () => {
    const { root, map } = mapOf('<div>ab</div><div>cd</div>');
    const cd = root.children[1].firstChild!;
    expect(offsetOf(map, cd, 1)).toBe(4);
    expect(offsetOf(map, root, 1)).toBe(3);
  });
});
