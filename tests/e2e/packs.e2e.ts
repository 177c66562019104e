/**
 * Team packs end to end, in Chromium with the built extension: install from a file (picked and
 * dropped) and from a URL on 127.0.0.1, see the rule fire in a field, update to a new version and
 * see what changed, refuse broken and hostile packs while the earlier ones keep working, render
 * hostile pack text harmlessly, survive a catastrophic regex, and install a locked pack from the
 * organisation's policy (through the E2E build's test hook, see lib/storage/managed.ts).
 *
 * Pack files are served by the harness's own server (written under its pages folder), so the
 * only requests are to 127.0.0.1: `foreignRequests` must stay empty.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIRCLE_BACK, DEEP_DIVE, phraseRule, teamPack, TOUCH_BASE } from '../unit/storage-fixtures';
import { checksPainted, focusField, indicator, launch, settledCount, settledCountAfter, type Harness } from './harness';
import { PAGES_DIR, ROOT } from './paths';

/** The extension API inside the service worker and the options page (code run there by evaluate). */
declare const chrome: typeof import('wxt/browser').browser;

let harness: Harness;
let options: Page;
const packDir = `packs-${process.pid}`;

beforeAll(async () => {
  mkdirSync(path.join(PAGES_DIR, packDir), { recursive: true });
  harness = await launch();
  options = await harness.context.newPage();
  options.on('dialog', (d) => void d.accept());
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  await options.getByTestId('options').and(options.locator('[data-ready="true"]')).waitFor();
});
afterAll(async () => {
  await harness?.close();
  rmSync(path.join(PAGES_DIR, packDir), { recursive: true, force: true });
});

/** Serve a pack from the test server; returns its URL. */
function servePack(name: string, text: string): string {
  writeFileSync(path.join(PAGES_DIR, packDir, name), text);
  return `${harness.origin}/${packDir}/${name}`;
}

const installResult = () => options.getByTestId('install-panel').getByTestId('install-result');

/** Run an install from the options page and wait for its (new) result. */
async function install(action: () => Promise<void>) {
  // Every result is a new element: mark the old one so that it is not mistaken for the new.
  await installResult().evaluateAll((els) => els.forEach((e) => e.setAttribute('data-stale', '')));
  const started = performance.now();
  await action();
  const el = options.locator('[data-testid="install-panel"] [data-testid="install-result"]:not([data-stale])');
  await el.waitFor({ timeout: 90_000 });
  const ms = Math.round(performance.now() - started);
  return { status: await el.getAttribute('data-status'), text: (await el.textContent()) ?? '', ms };
}

const pickFile = (name: string, text: string) => () =>
  options.getByTestId('install-file').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });

const pasteText = (text: string) => async () => {
  await options.getByTestId('install-paste').fill(text);
  await options.getByTestId('install-paste-submit').click();
};

const subscribeUrl = (url: string) => async () => {
  await options.getByTestId('install-url').fill(url);
  await options.getByTestId('install-url-submit').click();
};

/** Drop a file on the drop zone, as a drag from the desktop does. */
const dropFile = (name: string, text: string) => () =>
  options.getByTestId('install-drop').evaluate(
    (zone, [fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/yaml' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [name, text],
  );

/** The rule ids of the findings in a textarea holding `draft` (from the indicator's list). */
async function firingRules(draft: string): Promise<string[]> {
  const page = await harness.open('textarea', draft);
  try {
    await focusField(page);
    if ((await settledCount(page)) === 0) return [];
    await indicator(page).click();
    await page.getByTestId('nw-finding').first().waitFor();
    return await page.getByTestId('nw-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')!));
  } finally {
    await page.close();
  }
}

const packRow = (id: string) => options.locator(`[data-testid="pack-row"][data-pack-id="${id}"]`);

describe('team packs in the extension', () => {
  it('installs a pack from a file and its rules fire in a field', async () => {
    const r = await install(pickFile('acme.yaml', teamPack()));
    expect(r.text).toContain('Installed acme/house 1.0.0 (2 rules).');
    await expect.poll(() => packRow('acme/house').getByTestId('pack-rule-count').textContent()).toBe('2 rules');
    expect(await firingRules('We should circle back on this. Can we touch base tomorrow?')).toEqual(
      expect.arrayContaining(['circle-back', 'touch-base']),
    );
  });

  it('installs a dropped file', async () => {
    const r = await install(dropFile('dropped.yaml', teamPack({ id: 'acme/dropped', rules: [DEEP_DIVE] })));
    expect(r.text).toContain('Installed acme/dropped 1.0.0 (1 rule).');
  });

  it('subscribes to a URL, updates to a newer version and shows what changed', async () => {
    const url = servePack('sub.yaml', teamPack({ id: 'acme/sub', rules: [phraseRule({ id: 'sync-up', phrase: 'sync up', replacement: 'meet' })] }));
    const r = await install(subscribeUrl(url));
    expect(r.text).toContain('Installed acme/sub 1.0.0 (1 rule).');
    await expect.poll(() => packRow('acme/sub').getByTestId('pack-url').textContent()).toBe(url);
    expect(await firingRules('Can we sync up on this today?')).toContain('sync-up');

    // The schedule: a refresh alarm exists (every 6 hours by default).
    const worker = harness.context.serviceWorkers()[0];
    // The worker (it carries the pack checker) can take seconds to start on a loaded machine.
    await expect.poll(async () => (await worker.evaluate(() => chrome.alarms.get('nemawashi:refresh-packs')))?.periodInMinutes, { timeout: 60_000 }).toBe(360);

    // A new version appears at the URL; "Check for update" fetches it.
    servePack(
      'sub.yaml',
      teamPack({
        id: 'acme/sub',
        version: '1.1.0',
        rules: [phraseRule({ id: 'sync-up', phrase: 'sync up', replacement: 'meet', message: 'Plain words travel better.' }), phraseRule({ id: 'bandwidth', phrase: 'bandwidth', replacement: 'time' })],
      }),
    );
    await packRow('acme/sub').getByTestId('pack-refresh').click();
    await expect
      .poll(() => packRow('acme/sub').getByTestId('pack-message').textContent())
      .toBe('Updated acme/sub 1.0.0 → 1.1.0: 1 added (bandwidth), 1 changed (sync-up).');
    const changes = packRow('acme/sub').getByTestId('pack-changes');
    await changes.locator('summary').click();
    expect(await changes.locator('li').allTextContents()).toEqual(['+ bandwidth', '~ sync-up (message)']);
    expect(await firingRules('I have no bandwidth to sync up today.')).toEqual(expect.arrayContaining(['bandwidth', 'sync-up']));

    // A broken next version is refused on refresh; 1.1.0 keeps working.
    servePack('sub.yaml', 'id: acme/sub\nversion: 1.2.0\nrules: [\n');
    await packRow('acme/sub').getByTestId('pack-refresh').click();
    await expect.poll(() => packRow('acme/sub').getByTestId('pack-error').textContent()).toMatch(/Last update not applied: .*is not a valid pack/);
    await expect.poll(() => packRow('acme/sub').getByTestId('pack-version').textContent()).toBe('1.1.0');
  });

  it('refuses broken and hostile packs with clear errors, and the earlier packs keep working', async () => {
    const refusals: [string, () => Promise<void>, RegExp][] = [
      ['unknown field', pasteText(teamPack({ version: '2.0.0', extra: { script: 'alert(1)' } })), /pasted pack:\d+:1 script: unknown field "script"/],
      ['wrong type', pasteText(teamPack({ version: '2.0.0', rules: [{ ...CIRCLE_BACK, severity: 'fatal' }] })), /rules\[0\]\.severity: /],
      ['duplicate rule ids', pasteText(teamPack({ version: '2.0.0', rules: [CIRCLE_BACK, { ...TOUCH_BASE, id: 'circle-back' }] })), /duplicate rule id "circle-back"/],
      ['missing examples', pasteText(teamPack({ version: '2.0.0', rules: [{ ...CIRCLE_BACK, examples: undefined }] })), /rules\[0\]\.examples: missing required field/],
      ['failing examples', pasteText(teamPack({ version: '2.0.0', rules: [{ ...CIRCLE_BACK, examples: { ...CIRCLE_BACK.examples, pass: ['circle back'] } }] })), /circle-back pass: "circle back" - flagged/],
      ['a backreference regex', pasteText(teamPack({ version: '2.0.0', rules: [{ ...CIRCLE_BACK, match: { regex: '(\\w+) \\1' } }] })), /rules\[0\]\.match\.regex: /],
      ['a built-in pack id', pasteText(teamPack({ id: 'nemawashi/core', version: '99.0.0' })), /is the id of a built-in pack/],
      ['an older version', pickFile('old.yaml', teamPack({ version: '0.9.0' })), /1\.0\.0 is installed; 0\.9\.0 is older/],
    ];
    for (const [what, action, error] of refusals) {
      const r = await install(action);
      expect(r.status, what).toBe('refused');
      expect(r.text, what).toMatch(error);
      expect(r.text, what).toContain('Nothing was changed.');
    }
    await expect.poll(() => packRow('acme/house').getByTestId('pack-version').textContent()).toBe('1.0.0');
    expect(await firingRules('We should circle back on this.')).toContain('circle-back');
  });

  it('refuses a 10 MB pack quickly: dropped, pasted, and from a URL', async () => {
    // Made and dropped inside the page, timed there: from the drop to the refusal on screen.
    const header = teamPack({ version: '3.0.0' });
    const dropMs = await options.getByTestId('install-drop').evaluate(async (zone, head) => {
      const text = `${head}#${'x'.repeat(10_000_000)}\n`;
      const data = new DataTransfer();
      data.items.add(new File([text], 'huge.yaml'));
      const started = performance.now();
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      for (;;) {
        const el = document.querySelector('[data-testid="install-panel"] [data-testid="install-result"]');
        if (el?.textContent?.includes('huge.yaml is 10 MB')) return performance.now() - started;
        await new Promise((r) => setTimeout(r, 1));
      }
    }, header);
    // Pasted: the same text put into the paste box, then "Install pasted pack".
    const pasteMs = await options.getByTestId('install-paste').evaluate(async (box, head) => {
      const text = `${head}#${'x'.repeat(10_000_000)}\n`;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setValue.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // Let the browser lay out the 10 MB textarea first (reading its height forces the layout,
      // two frames let it paint): that is the paste, not our check.
      void box.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const started = performance.now();
      (document.querySelector('[data-testid="install-paste-submit"]') as HTMLButtonElement).click();
      for (;;) {
        const el = document.querySelector('[data-testid="install-panel"] [data-testid="install-result"]');
        if (el?.textContent?.includes('The pasted text is 10 MB')) {
          const ms = performance.now() - started;
          setValue.call(box, '');
          box.dispatchEvent(new Event('input', { bubbles: true }));
          return ms;
        }
        await new Promise((r) => setTimeout(r, 1));
      }
    }, header);
    const fromUrl = await install(subscribeUrl(servePack('huge.yaml', `${header}#${'x'.repeat(10_000_000)}\n`)));
    expect(fromUrl.text).toMatch(/the pack is larger than 1 MB \(stopped reading\)/);
    console.log(
      `[figures] 10 MB pack refused: dropped ${Math.round(dropMs)} ms, pasted ${Math.round(pasteMs)} ms (in the page), ` +
        `from a URL ${fromUrl.ms} ms (fetch stops at 1 MB; click to message)`,
    );
    expect(await firingRules('We should circle back on this.')).toContain('circle-back');
  });

  it('installs a pack the size of the built-in core pack', async () => {
    const core = readFileSync(path.join(ROOT, 'rules/core.yaml'), 'utf8').replace(/^id: .*$/m, 'id: acme/core-copy');
    const r = await install(pickFile('core-copy.yaml', core));
    expect(r.status, r.text).toBe('installed');
    console.log(`[figures] core-sized pack (${Math.round(core.length / 1000)} KB, ${r.text.match(/\((\d+) rules\)/)?.[1]} rules) checked and installed in ${r.ms} ms`);
    // Switched off again (its rules would double the built-in core pack's in later tests).
    await packRow('acme/core-copy').getByTestId('pack-toggle').click();
    await expect.poll(() => packRow('acme/core-copy').getByTestId('pack-toggle').isChecked()).toBe(false);
  });

  it('shows hostile pack text as text in the card and the options page', async () => {
    const img = '<img src=x onerror="window.__nwPwned=1">';
    const link = '<a href="javascript:window.__nwPwned=2">details</a>';
    const hostile = {
      ...phraseRule({ id: 'hostile', phrase: 'per the memo', replacement: `To recap ${img}` }),
      message: `Careful ${img}`,
      why: `See ${link} javascript:alert(1)`,
      examples: { flag: ['Per the memo, it is Friday.'], pass: ['The memo was long.'] },
    };
    const r = await install(pasteText(teamPack({ id: 'evil/pack', rules: [hostile], extra: { homepage: 'javascript:alert(1)', author: img } })));
    expect(r.status).toBe('installed');

    const page = await harness.open('textarea', 'Per the memo, the deadline is Friday.');
    await focusField(page);
    await settledCount(page);
    await indicator(page).click();
    const card = page.locator('[data-testid="nw-finding"][data-rule-id="hostile"]');
    await card.waitFor();
    expect(await card.textContent()).toContain(`Careful ${img}`);
    // "Why?" is folded in the card; opened, it shows the pack's text as text too.
    await card.locator('.nw-why-toggle').click();
    expect(await card.textContent()).toContain(link);
    const ui = await page.evaluate(() => {
      const root = document.querySelector('nemawashi-ui')!.shadowRoot!;
      return { imgs: root.querySelectorAll('img').length, links: root.querySelectorAll('a').length };
    });
    expect(ui).toEqual({ imgs: 0, links: 0 });
    // Applying the suggestion inserts its text, literally.
    await card.getByTestId('nw-suggestion').first().click();
    await expect.poll(() => page.evaluate(() => (window as any).nwTest.getText())).toContain(`To recap ${img}`);
    // Inserted as text: no element was made of it anywhere in the page (so no handler can fire).
    expect(await page.evaluate(() => document.querySelectorAll('img, a[href^="javascript:"]').length)).toBe(0);
    expect(await page.evaluate(() => (window as any).__nwPwned)).toBeUndefined();
    await page.close();

    const row = packRow('evil/pack');
    await row.getByTestId('pack-rules-toggle').click();
    expect(await row.textContent()).toContain(`Careful ${img}`);
    expect(await row.locator('img').count()).toBe(0);
    expect(await row.locator('a').count()).toBe(0);
    expect(await options.evaluate(() => (window as any).__nwPwned)).toBeUndefined();
  });

  it('runs a catastrophic regex from a shared pack in linear time, without hanging the page', async () => {
    const evil = {
      id: 'redos',
      category: 'clarity',
      severity: 'info',
      match: { regex: '(a+)+$' },
      message: 'A regex that backtracks forever in a backtracking engine.',
      why: 'It is here to prove it cannot.',
      examples: { flag: ['aaaa'], pass: ['bbbb'] },
    };
    const r = await install(pasteText(stringify({ ...parse(teamPack({ id: 'evil/redos' })), rules: [evil] })));
    expect(r.status).toBe('installed');
    const draft = `${'a'.repeat(30_000)}!`;
    const page = await harness.open('textarea', 'Hello.');
    await focusField(page);
    await settledCount(page);
    // The draft is too long for a URL: type it in one go (one input event).
    const checks = await checksPainted(page);
    const started = performance.now();
    await page.locator(await page.evaluate(() => (window as any).nwTest.selector as string)).fill(draft);
    // The check of this draft (not the one of "Hello." before it).
    const count = await settledCountAfter(page, checks, 20_000);
    const ms = Math.round(performance.now() - started);
    // The page answers at once afterwards: nothing is stuck.
    const ping = performance.now();
    await page.evaluate(() => 1);
    console.log(`[figures] (a+)+$ on 30,000 a's + "!": checked in ${ms} ms (focus to settled); page answered in ${Math.round(performance.now() - ping)} ms`);
    expect(ms).toBeLessThan(15_000);
    // The check ran to its answer, through the pack's regex: sentences are cut at 1,000
    // characters (lib/engine/sentences.ts), so each run of a's ends a sentence and `(a+)+$`
    // matches there; a check that skipped or lost the regex would show no finding of it.
    expect(count, 'findings of the pack\'s regex on the page').toBeGreaterThan(0);
    await indicator(page).click();
    await page.getByTestId('nw-finding').first().waitFor();
    const rules = await page.getByTestId('nw-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));
    expect(rules).toContain('redos');
    await page.close();
  });

  it('installs a locked pack from the organisation policy; the user cannot remove it or switch it off', async () => {
    const url = servePack('org.yaml', teamPack({ id: 'acme/org', rules: [phraseRule({ id: 'going-forward', phrase: 'going forward', replacement: 'from now on' })] }));
    const worker = harness.context.serviceWorkers()[0];
    // The E2E build's stand-in for chrome.storage.managed (see lib/storage/managed.ts).
    await worker.evaluate((policy) => chrome.storage.local.set({ 'e2e:managedPolicy': policy }), {
      packs: [{ url, locked: true }],
      audience: 'consensus',
      lockAudience: true,
    });
    const row = packRow('acme/org');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('pack-origin').textContent()).toBe('managed by your organisation');
    expect(await row.getByTestId('pack-toggle').isDisabled()).toBe(true);
    expect(await row.getByTestId('pack-remove').count()).toBe(0);
    expect(await options.getByTestId('audience').isDisabled()).toBe(true);
    await expect.poll(() => options.getByTestId('managed').textContent()).toContain('acme/org');
    // Not even a message to the background removes it.
    const removed = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'nemawashi:pack-remove', id: 'acme/org' }));
    expect(removed).toEqual({ ok: false, error: 'acme/org is managed by your organisation' });
    expect(await firingRules('Going forward, we ship on Fridays.')).toContain('going-forward');

    // The admin takes it out of the policy: it goes.
    await worker.evaluate(() => chrome.storage.local.remove('e2e:managedPolicy'));
    await row.waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('made no request but to the test server', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
