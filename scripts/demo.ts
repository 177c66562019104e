/**
 * npm run demo [-- --screenshots]
 *
 * Builds the extension, serves a demo page with a Gmail-like and an Outlook-like compose window
 * holding a real draft (examples/), and opens Chromium with the extension loaded. Without a
 * display it says how to load the build by hand, and takes screenshots of the card in both
 * windows instead (docs/img/), which it also does with --screenshots.
 *
 * The demo is served from 127.0.0.1, which only the e2e build's content script matches
 * (`wxt build --mode e2e`: the release build plus that one origin).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { EXTENSION_DIR, ROOT, chromiumPath } from '../tests/e2e/paths';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const divs = (text: string, cls = '') =>
  text
    .split('\n')
    .map((l) => `<div${cls ? ` class="${cls}"` : ''}>${l ? escape(l) : '<br>'}</div>`)
    .join('');

function demoPage(): string {
  const email = readFileSync(path.join(ROOT, 'examples/email-tokyo-team.txt'), 'utf8').trimEnd();
  const reply = 'Thanks Aiko. You need to resend the corrected forecast today, the board meets at 9.\nObviously the old numbers were useless.';
  const quoted = 'Please find the Q3 forecast attached.\nI am not sure the Osaka figures are final yet.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Nemawashi demo</title>
<style>
  body { margin: 0; font: 14px/1.5 Arial, sans-serif; background: #eef1f6; display: flex; gap: 24px; padding: 24px; }
  .window { flex: 1; background: #fff; border-radius: 10px; box-shadow: 0 4px 14px rgba(0,0,0,.15); display: flex; flex-direction: column; }
  .bar { padding: 10px 14px; font-weight: 600; border-radius: 10px 10px 0 0; }
  .gmail .bar { background: #f2f6fc; } .outlook .bar { background: #0f6cbd; color: #fff; }
  .meta { padding: 6px 14px; color: #5f6368; border-bottom: 1px solid #e0e0e0; }
  .body { padding: 12px 14px; min-height: 420px; outline: none; }
  .outlook .body { font-family: Aptos, Calibri, sans-serif; font-size: 15px; }
  blockquote { margin: 0 0 0 .8ex; border-left: 1px solid #ccc; padding-left: 1ex; color: #555; }
</style></head><body>
<section class="window gmail">
  <div class="bar">Gmail-like · Q3 launch plan</div>
  <div class="meta">To: tokyo-team@example.co.jp</div>
  <div class="body Am Al editable" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true">${divs(email)}</div>
</section>
<section class="window outlook">
  <div class="bar">Outlook-like · RE: Q3 forecast</div>
  <div class="meta">To: Aiko Sato</div>
  <div id="editorParent_1"><div class="body" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body">${divs(reply, 'elementToProof')}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Aiko Sato &lt;aiko.sato@example.co.jp&gt;<br><b>Sent:</b> Tuesday, June 4, 2024 09:12<br><b>To:</b> Mark Davies<br><b>Subject:</b> Q3 forecast</div>${divs(quoted)}</div></div>
</section>
</body></html>`;
}

async function showCard(page: Page, selector: string, file: string): Promise<number> {
  await page.locator(selector).focus();
  const indicator = page.getByTestId('nw-indicator');
  await page.waitForFunction(
    () => document.querySelector('nemawashi-ui')?.shadowRoot?.querySelector('[data-testid="nw-indicator"][data-busy="false"]'),
    undefined,
    { timeout: 120_000 },
  );
  const count = Number(await indicator.getAttribute('data-count'));
  // Click the first highlight (in reading order) inside this field to open its card.
  const point = await page.evaluate((sel) => {
    const field = document.querySelector(sel)!;
    let best: DOMRect | null = null;
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('nemawashi-') || name.endsWith('-active')) continue;
      for (const range of highlight) {
        if (!field.contains(range.startContainer)) continue;
        const r = range.getClientRects()[0];
        if (r && (!best || r.y < best.y || (r.y === best.y && r.x < best.x))) best = r;
      }
    }
    return best && { x: best.x + Math.min(best.width / 2, 20), y: best.y + best.height / 2 };
  }, selector);
  if (point) {
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('nw-finding').first().waitFor();
  }
  await page.screenshot({ path: file });
  await page.keyboard.press('Escape');
  return count;
}

async function main() {
  const screenshots = process.argv.includes('--screenshots');
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log('Building the extension (wxt build --mode e2e) ...');
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

  const html = demoPage();
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const headless = screenshots || !display;
  if (!display) {
    console.log(
      `\nNo display here, so no browser window. To try it yourself:\n` +
        `  1. chrome://extensions -> Developer mode -> Load unpacked -> ${path.relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR}\n` +
        `     (the release build, .output/chrome-mv3 from \`npm run build\`, works on Gmail and Outlook)\n` +
        `  2. open ${url} while this script runs, or any Gmail / Outlook compose window.\n` +
        `Taking screenshots of the card instead.`,
    );
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'nemawashi-demo-')), {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 760 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(headless ? ['--no-sandbox', '--disable-gpu'] : []),
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);

  if (headless) {
    const out = path.join(ROOT, 'docs/img');
    mkdirSync(out, { recursive: true });
    const gmail = await showCard(page, '[g_editable="true"]', path.join(out, 'card-gmail.png'));
    const outlook = await showCard(page, '#editorParent_1 [role="textbox"]', path.join(out, 'card-outlook.png'));
    console.log(`Gmail-like draft: ${gmail} findings; Outlook-like reply: ${outlook} findings (its quote is not checked).`);
    console.log(`Screenshots: ${path.relative(ROOT, out)}/card-gmail.png, card-outlook.png`);
    await context.close();
    server.close();
    return;
  }
  console.log(`\nDemo at ${url} in the Chromium window. Click into a draft; close the window to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
