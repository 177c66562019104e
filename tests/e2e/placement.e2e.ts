/**
 * Cards that always fit: in a compose window docked at the bottom of the screen (where Gmail puts
 * it), at several screen sizes, every card opened from an underline stays inside the viewport,
 * never covers the phrase it explains, and every one of its buttons can be reached (scrolled
 * into view inside the card if the card is taller than the room) and is the element under its
 * own centre.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusField, launch, modelText, paintedSpans, settledCount, type Harness } from './harness';
import { ROOT } from './paths';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const DRAFT = readFileSync(path.join(ROOT, 'examples/email-tokyo-team.txt'), 'utf8').trimEnd();
const SIZES = [
  { width: 1366, height: 657 },
  { width: 1280, height: 600 },
  { width: 800, height: 600 },
  { width: 1024, height: 480 },
] as const;

interface Measure {
  /** How far the card's box reaches past the viewport, in px (0 when inside). */
  overflow: number;
  /** The card's box overlaps the phrase's first line. */
  coversPhrase: boolean;
  /** Buttons that, scrolled into view inside the card, are still not inside the viewport or not the element under their centre. */
  unreachable: string[];
  buttons: number;
}

/** Measure the open card against the viewport and the phrase it belongs to. */
function measureCard(page: Page, phrase: { x: number; y: number; width: number; height: number }): Promise<Measure> {
  return page.evaluate((phrase) => {
    const root = document.querySelector('nemawashi-ui')!.shadowRoot!;
    const card = root.querySelector('[data-testid="nw-finding"]')!;
    const frame = (card.closest('.nw-floating') ?? card) as HTMLElement;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const r = frame.getBoundingClientRect();
    const overflow = Math.max(0, -r.left, -r.top, r.right - vw, r.bottom - vh);
    const coversPhrase =
      r.left < phrase.x + phrase.width && r.right > phrase.x && r.top < phrase.y + phrase.height && r.bottom > phrase.y;
    const unreachable: string[] = [];
    const buttons = [...frame.querySelectorAll('button')];
    for (const b of buttons) {
      b.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const br = b.getBoundingClientRect();
      const cx = br.left + br.width / 2;
      const cy = br.top + br.height / 2;
      const inside = br.left >= 0 && br.top >= 0 && br.right <= vw && br.bottom <= vh;
      const hit = root.elementFromPoint(cx, cy);
      if (!inside || !(hit === b || b.contains(hit))) unreachable.push(`${b.textContent} at ${Math.round(br.top)}..${Math.round(br.bottom)}`);
    }
    return { overflow: Math.round(overflow), coversPhrase, unreachable, buttons: buttons.length };
  }, phrase);
}

describe('cards in a compose window docked at the bottom', () => {
  it.each(SIZES)('fit in a $width x $height viewport', async ({ width, height }) => {
    const page = await harness.open('gmail', DRAFT);
    await page.setViewportSize({ width, height });
    await focusField(page);
    expect(await settledCount(page)).toBeGreaterThan(0);
    const results: string[] = [];
    let opened = 0;
    // Every underline in view, in the order they are drawn.
    const spans = (await paintedSpans(page)).filter(
      (s) => s.rect && s.rect.y >= 0 && s.rect.y + s.rect.height <= height && s.rect.x >= 0 && s.rect.x + s.rect.width <= width,
    );
    expect(spans.length).toBeGreaterThan(2);
    for (const span of spans) {
      const rect = span.rect!;
      await page.mouse.click(rect.x + Math.min(rect.width / 2, 12), rect.y + rect.height / 2);
      const card = page.getByTestId('nw-finding').first();
      await card.waitFor();
      // Placed once measured.
      await page.locator('[data-testid="nw-card-frame"][data-side]').waitFor();
      // Folded, then with every "Why?" open (a taller card, which may have to scroll inside).
      for (const unfolded of [false, true]) {
        if (unfolded) {
          const whys = page.locator('.nw-why-toggle');
          for (let i = 0; i < (await whys.count()); i++) await whys.nth(i).click();
          await expect.poll(() => page.locator('.nw-why').count()).toBe(await whys.count());
        }
        const m = await measureCard(page, rect);
        opened++;
        const what = `${width}x${height} "${span.text}"${unfolded ? ' (why open)' : ''}`;
        results.push(`${what}: overflow ${m.overflow}px${m.coversPhrase ? ', covers the phrase' : ''}${m.unreachable.length ? `, unreachable: ${m.unreachable.join('; ')}` : ''}`);
        expect.soft(m.overflow, `${what} stays inside the viewport`).toBe(0);
        expect.soft(m.coversPhrase, `${what} does not cover its phrase`).toBe(false);
        expect.soft(m.unreachable, `${what}: every button reachable`).toEqual([]);
        expect(m.buttons).toBeGreaterThan(1);
      }
      await page.keyboard.press('Escape');
      await page.getByTestId('nw-finding').first().waitFor({ state: 'detached' });
    }
    console.log(`[placement] ${width}x${height}: ${opened} cards\n  ${results.join('\n  ')}`);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('a calm page', () => {
  it('underlines only a few words per finding, one mark per phrase, and every counted finding can be reached', async () => {
    const page = await harness.open('gmail', DRAFT);
    await focusField(page);
    const count = await settledCount(page);
    expect(count).toBeGreaterThan(2);
    // What the findings cover: the text each card in the list quotes.
    await page.getByTestId('nw-indicator').click();
    await expect.poll(() => page.getByTestId('nw-finding').count()).toBe(count);
    const quoted = await page.locator('[data-testid="nw-finding"] .nw-quote').allTextContents();
    await page.keyboard.press('Escape');
    await page.locator('.nw-list').waitFor({ state: 'detached' });
    const text = await modelText(page);
    const covered = new Set(quoted.flatMap((q) => {
      const at = text.indexOf(q);
      return at < 0 ? [] : Array.from({ length: q.length }, (_, i) => at + i);
    })).size;
    const spans = await paintedSpans(page);
    // No underline longer than five words, each inside what a finding quotes, at most one per finding.
    for (const s of spans) {
      expect(s.text.trim().split(/\s+/).length, s.text).toBeLessThanOrEqual(5);
      expect(quoted.some((q) => q.includes(s.text)), s.text).toBe(true);
    }
    expect(spans.length).toBeLessThanOrEqual(count);
    const underlined = spans.reduce((n, s) => n + s.text.length, 0);
    console.log(`[calm] ${count} findings over ${covered} characters; ${spans.length} marks over ${underlined} characters`);
    // Marks do not overlap.
    const rects = spans.map((s) => s.rect!);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, b] = [rects[i], rects[j]];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${spans[i].text} / ${spans[j].text}`).toBe(false);
      }
    // Each mark's card, plus what the list keeps for the whole draft, adds up to the count.
    let reached = 0;
    for (const span of spans) {
      await page.mouse.click(span.rect!.x + Math.min(span.rect!.width / 2, 12), span.rect!.y + span.rect!.height / 2);
      await page.getByTestId('nw-finding').first().waitFor();
      reached += await page.getByTestId('nw-finding').count();
      await page.keyboard.press('Escape');
      await page.getByTestId('nw-finding').first().waitFor({ state: 'detached' });
    }
    await page.getByTestId('nw-indicator').click();
    await expect.poll(() => page.getByTestId('nw-finding').count()).toBe(count);
    const wholeDraft = await page.locator('.nw-list-section ~ [data-testid="nw-finding"]').count();
    expect(reached + wholeDraft).toBe(count);
    expect(harness.pageErrors).toEqual([]);
    await page.close();
  });
});
