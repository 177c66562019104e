/** Which painted range is under a point (highlights are not elements, so there is no event target). */

export function rangeContainsPoint(range: AbstractRange, x: number, y: number, slop = 2): boolean {
  if (!(range instanceof Range)) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

/** The first rectangle of a range (where a card is anchored). */
export function firstRect(range: AbstractRange): DOMRect | null {
  if (!(range instanceof Range)) return null;
  const rects = range.getClientRects();
  return rects.length ? rects[0] : range.getBoundingClientRect();
}
