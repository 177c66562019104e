/**
 * Where a floating card goes: below or above the phrase it explains (whichever side holds it,
 * else the roomier side, the card then scrolling inside), never over the phrase, clamped inside
 * the bounds (the viewport, narrowed to the compose window when that is wide enough). Pure
 * geometry, so it can be tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card scrolls inside when its natural height is more than this. */
  maxHeight: number;
  width: number;
  side: 'above' | 'below';
}

/** Distance between the phrase and the card, and between the card and the edge of the bounds. */
export const GAP = 6;
export const MARGIN = 8;

export function box(r: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

export function intersect(a: Box, b: Box): Box | null {
  const r = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

/** The viewport less a margin on every side. */
export function viewportBounds(width: number, height: number, margin = MARGIN): Box {
  return { left: margin, top: margin, right: Math.max(margin, width - margin), bottom: Math.max(margin, height - margin) };
}

/**
 * Place a card of natural `size` next to `anchor` (the phrase's visible first line) inside
 * `bounds`. `container` (the compose window) narrows the horizontal bounds when the card fits
 * in it, so that the card stays over the window it belongs to.
 */
export function placeCard(anchor: Box, size: Size, bounds: Box, container?: Box | null, gap = GAP): Placement {
  let { left: minX, right: maxX } = bounds;
  if (container) {
    const l = Math.max(minX, container.left);
    const r = Math.min(maxX, container.right);
    if (r - l >= size.width) [minX, maxX] = [l, r];
  }
  const width = Math.min(size.width, Math.max(0, maxX - minX));
  const left = Math.max(minX, Math.min(anchor.left, maxX - width));

  const below = bounds.bottom - (anchor.bottom + gap);
  const above = anchor.top - gap - bounds.top;
  let side: Placement['side'];
  if (size.height <= below) side = 'below';
  else if (size.height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';

  if (side === 'below') {
    const top = Math.max(bounds.top, anchor.bottom + gap);
    return { left, top, width, side, maxHeight: Math.max(0, bounds.bottom - top) };
  }
  const bottom = Math.min(bounds.bottom, anchor.top - gap);
  const maxHeight = Math.max(0, bottom - bounds.top);
  const height = Math.min(size.height, maxHeight);
  return { left, top: bottom - height, width, side, maxHeight };
}

/**
 * The part of `rect` that can be seen: cut by every ancestor of `el` that clips its content
 * (a compose body that scrolls, the compose window) and by the viewport. Null when none of it is.
 */
export function visiblePart(rect: Box, el: Element | null, viewport: Box): Box | null {
  let visible: Box | null = intersect(rect, viewport);
  for (let node = el; node && visible; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    visible = intersect(visible, box(node.getBoundingClientRect()));
  }
  return visible;
}

/** The nearest ancestor of `el` (or `el`) that scrolls or clips: the compose window's box. */
export function clippingBox(el: Element): Box | null {
  for (let node = el.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.position === 'fixed' || style.overflowY === 'auto' || style.overflowY === 'scroll' || style.overflowY === 'hidden') {
      return box(node.getBoundingClientRect());
    }
  }
  return null;
}
