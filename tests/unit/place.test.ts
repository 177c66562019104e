import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, viewportBounds, type Box } from '../../entrypoints/content/place';

const vp = viewportBounds(1366, 657);
const phrase = (top: number, left = 900, width = 60, height = 18): Box => ({ left, top, right: left + width, bottom: top + height });

describe('placeCard', () => {
  it('goes below the phrase when it fits there', () => {
    const p = placeCard(phrase(100), { width: 320, height: 300 }, vp);
    expect(p).toMatchObject({ side: 'below', top: 124 });
  });

  it('goes above when only the room above holds it (a compose window docked at the bottom)', () => {
    const p = placeCard(phrase(500), { width: 320, height: 300 }, vp);
    expect(p.side).toBe('above');
    expect(p.top + 300).toBe(500 - 6);
  });

  it('takes the roomier side and scrolls inside when neither holds it', () => {
    const small = viewportBounds(800, 480);
    const p = placeCard(phrase(200), { width: 320, height: 600 }, small);
    expect(p.side).toBe('below');
    expect(p.top + p.maxHeight).toBe(472);
  });

  it('stays over the compose window when it fits there, else inside the viewport', () => {
    const compose = { left: 782, top: 100, right: 1342, bottom: 657 };
    expect(placeCard(phrase(200, 1300), { width: 320, height: 200 }, vp, compose).left).toBe(1342 - 320);
    expect(placeCard(phrase(200, 790), { width: 320, height: 200 }, vp, { ...compose, right: 900 }).left).toBe(790);
  });

  it('never leaves the viewport and never covers the phrase (any phrase, any card size)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2000 }),
        fc.integer({ min: 240, max: 1200 }),
        fc.float({ min: 0, max: 1, noNaN: true }),
        fc.float({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 100, max: 420 }),
        fc.integer({ min: 40, max: 900 }),
        (w, h, fx, fy, cw, ch) => {
          const bounds = viewportBounds(w, h);
          const a = phrase(bounds.top + fy * (bounds.bottom - bounds.top - 20), bounds.left + fx * (bounds.right - bounds.left - 60));
          const p = placeCard(a, { width: cw, height: ch }, bounds);
          const height = Math.min(ch, p.maxHeight);
          expect(p.left).toBeGreaterThanOrEqual(bounds.left);
          expect(p.left + p.width).toBeLessThanOrEqual(bounds.right + 1e-6);
          expect(p.top).toBeGreaterThanOrEqual(bounds.top - 1e-6);
          expect(p.top + height).toBeLessThanOrEqual(bounds.bottom + 1e-6);
          const covers = p.top < a.bottom && p.top + height > a.top && p.left < a.right && p.left + p.width > a.left;
          expect(covers && height > 0).toBe(false);
        },
      ),
    );
  });
});
