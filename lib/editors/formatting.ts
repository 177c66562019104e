/**
 * Keeping a phrase's inline formatting when a suggestion replaces it. "You need to send <a>the
 * report</a> by <b>Friday</b>." -> "Could you send the report by Friday?" keeps the link on "the
 * report" and the bold on "Friday": words of the suggestion that were in the original (in order,
 * a longest common subsequence) get the inline elements they had. The whole replacement is one
 * `insertHTML`, so it is one step for the editor's undo, like typing it.
 *
 * Only used for plain contenteditable fields (and the webmail composers built on them), and only
 * when the replaced range holds inline formatting at all: plain text keeps going through
 * insertText.
 */

const INLINE = new Set(['A', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'CODE', 'MARK', 'SMALL', 'SUB', 'SUP', 'FONT', 'SPAN']);

/** The inline elements around a node, outermost first, up to (not including) `root` or a block. */
function inlineChain(node: Node, root: Element): Element[] {
  const chain: Element[] = [];
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (!INLINE.has(el.tagName)) break;
    chain.unshift(el);
  }
  return chain;
}

interface Word {
  text: string;
  chain: Element[];
}

/** The words of a range, each with the inline elements around its first character. */
function wordsOf(range: Range, root: Element): Word[] {
  const words: Word[] = [];
  const walker = root.ownerDocument.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  let current: Word | null = null;
  const visit = (node: Text, from: number, to: number) => {
    const chain = inlineChain(node, root);
    for (let i = from; i < to; i++) {
      const c = node.data[i];
      if (/[\p{L}\p{N}'’-]/u.test(c)) {
        if (!current) {
          current = { text: '', chain };
          words.push(current);
        }
        current.text += c;
      } else current = null;
    }
  };
  if (range.commonAncestorContainer.nodeType === Node.TEXT_NODE) {
    visit(range.commonAncestorContainer as Text, range.startOffset, range.endOffset);
    return words;
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const from = n === range.startContainer ? range.startOffset : 0;
    const to = n === range.endContainer ? range.endOffset : t.data.length;
    visit(t, from, to);
  }
  return words;
}

/** Does the range hold any inline formatting? */
export function hasInlineFormatting(range: Range, root: Element): boolean {
  return wordsOf(range, root).some((w) => w.chain.length > 0);
}

/** Longest common subsequence of two word lists (case-insensitive): pairs of indexes. */
function lcs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n * m > 40_000) return [];
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * The suggestion as a fragment: its words that were in the original wrapped in (shallow copies of)
 * their inline elements; neighbours under the same elements share one copy, with the text between
 * them. Its text content is exactly `suggestion`.
 */
export function formattedReplacement(range: Range, root: Element, suggestion: string): DocumentFragment {
  const doc = root.ownerDocument;
  const original = wordsOf(range, root);
  const tokens = [...suggestion.matchAll(/[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’-]+/gu)].map((m) => m[0]);
  const wordIdx = tokens.map((t, i) => (/[\p{L}\p{N}]/u.test(t) ? i : -1)).filter((i) => i >= 0);
  const pairs = lcs(
    original.map((w) => w.text.toLowerCase()),
    wordIdx.map((i) => tokens[i].toLowerCase()),
  );
  const chainOf = new Map<number, Element[]>();
  for (const [o, s] of pairs) chainOf.set(wordIdx[s], original[o].chain);

  const frag = doc.createDocumentFragment();
  let open: { chain: Element[]; el: Element } | null = null;
  tokens.forEach((tok, i) => {
    const chain = chainOf.get(i) ?? [];
    const isWord = /[\p{L}\p{N}]/u.test(tok);
    // A separator between two words under the same elements stays inside them.
    if (!isWord && open) {
      const next = tokens.slice(i + 1).findIndex((t) => /[\p{L}\p{N}]/u.test(t));
      const nextChain = next >= 0 ? (chainOf.get(i + 1 + next) ?? []) : [];
      if (sameChain(nextChain, open.chain)) {
        open.el.append(tok);
        return;
      }
      open = null;
    }
    if (!isWord || chain.length === 0) {
      open = null;
      frag.append(tok);
      return;
    }
    if (open && sameChain(open.chain, chain)) {
      open.el.append(tok);
      return;
    }
    const copy = (el: Element) => {
      const c = el.cloneNode(false) as Element;
      c.removeAttribute('id'); // a second element with the same id would be a new problem
      return c;
    };
    const outer = copy(chain[0]);
    let inner = outer;
    for (const el of chain.slice(1)) {
      const c = copy(el);
      inner.append(c);
      inner = c;
    }
    inner.append(tok);
    frag.append(outer);
    open = { chain, el: inner };
  });
  return frag;
}

function sameChain(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

/** The fragment as HTML, for execCommand('insertHTML'). */
export function fragmentHtml(frag: DocumentFragment, doc: Document): string {
  const box = doc.createElement('div');
  box.append(frag.cloneNode(true));
  return box.innerHTML;
}
