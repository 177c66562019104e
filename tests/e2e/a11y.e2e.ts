/**
 * Accessible: axe-core finds no serious or critical violation on the popup, Options, the welcome,
 * practice and builder pages, and on an open card and the findings list in a compose window.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixCases, NEUTRAL } from './drafts';
import { focusField, launch, paintedSpans, settledCount, type Harness } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ keepWelcome: true });
});
afterAll(async () => {
  await harness?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Run axe in the page (through the debugger, so no page CSP applies); serious and critical only. */
async function audit(page: Page, ours?: (target: string) => boolean): Promise<Violation[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as any[]).map((v) => ({
      id: v.id as string,
      impact: v.impact as string,
      help: v.help as string,
      targets: (v.nodes as any[]).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, targets: ours ? v.targets.filter(ours) : v.targets }))
    .filter((v) => v.targets.length > 0);
}

const extensionPage = async (file: string, ready: string) => {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${file}`);
  await page.locator(ready).first().waitFor();
  return page;
};

describe('axe-core: no serious or critical violation', () => {
  it.each([
    ['popup.html', 'text=Nemawashi'],
    ['options.html', '[data-testid="send-nudge"]'],
    ['welcome.html', '[data-testid="pr-findings"][data-busy="false"] [data-testid="nw-finding"]'],
    ['practice.html', 'h1'],
    ['builder.html', 'h1'],
  ])('%s', async (file, ready) => {
    const page = await extensionPage(file, ready);
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('an open card and the findings list in a compose window', async () => {
    const fix = fixCases()[0];
    const page = await harness.open('gmail', [NEUTRAL[0], fix.before].join('\n'));
    await focusField(page);
    await settledCount(page);
    const ours = (target: string) => target.includes('nemawashi-ui');
    const span = (await paintedSpans(page)).find((s) => s.text === fix.paintedText)!;
    await page.mouse.click(span.rect!.x + 4, span.rect!.y + span.rect!.height / 2);
    await page.getByTestId('nw-finding').first().waitFor();
    await page.locator('.nw-why-toggle').first().click();
    expect(await audit(page, ours)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('nw-indicator').click();
    await page.locator('.nw-list').waitFor();
    expect(await audit(page, ours)).toEqual([]);
    await page.close();
  });
});
