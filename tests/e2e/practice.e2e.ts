/**
 * Practice mode end to end, in Chromium with the built extension: a coach's share link opens the
 * practice page, the learner rewrites the draft (live highlights and cards, a suggestion applied
 * from a card, then a full rewrite) until every goal is met, sees the score and the progress
 * charts, exports the report, and the coach loads it in the builder page. Nothing leaves the
 * browser. With NEMAWASHI_SCREENSHOTS=1 it also writes the README's screenshots to
 * docs/screenshots/ (off by default, so that a test run leaves the tree as it was).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPractice } from '../../lib/practice/load';
import type { Assignment } from '../../lib/practice/schema';
import { shareLink } from '../../lib/practice/share';
import { launch, type Harness } from './harness';
import { ROOT } from './paths';

const SHOTS = path.join(ROOT, 'docs/screenshots');

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.NEMAWASHI_SCREENSHOTS !== '1') return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, name), fullPage });
}

function example(id: string): Assignment {
  const r = loadPractice(readFileSync(path.join(ROOT, 'examples/assignments', `${id}.yaml`), 'utf8'), id);
  if (!r.ok || r.type !== 'assignment') throw new Error(`examples/assignments/${id}.yaml`);
  return r.assignment;
}

let harness: Harness;
let page: Page;
let reportPath = '';

beforeAll(async () => {
  if (process.env.NEMAWASHI_SCREENSHOTS === '1') mkdirSync(SHOTS, { recursive: true });
  harness = await launch();
  page = await harness.context.newPage();
  await page.setViewportSize({ width: 1360, height: 1000 });
});
afterAll(async () => {
  await harness?.close();
});

const url = (file: string) => `chrome-extension://${harness.extensionId}/${file}`;
const editor = () => page.getByTestId('pr-editor').getByRole('textbox', { name: 'Your rewrite' });

/** Findings once the live check has settled. */
async function settledFindings(): Promise<number> {
  const panel = page.getByTestId('pr-findings');
  await page.waitForFunction(() => document.querySelector('[data-testid="pr-findings"]')?.getAttribute('data-busy') === 'false', undefined, { timeout: 20_000 });
  return Number(await panel.getAttribute('data-count'));
}

async function check(): Promise<{ met: number; total: number; passed: boolean }> {
  const before = await page.getByTestId('pr-attempts').locator('tbody tr').count();
  await page.getByTestId('pr-submit').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="pr-attempts"] tbody tr').length === n + 1, before);
  const score = page.getByTestId('pr-score');
  return {
    met: Number(await score.getAttribute('data-met')),
    total: Number(await score.getAttribute('data-total')),
    passed: (await score.getAttribute('data-passed')) === 'true',
  };
}

describe('practice mode in Chromium', () => {
  it('opens a share link, highlights the draft, and scores rewrites until every goal is met', async () => {
    const launchMove = example('announce-launch-move');
    await page.goto(await shareLink(url('practice.html'), launchMove));
    // A link shows what it adds and asks first.
    await page.getByTestId('pr-confirm-import').filter({ hasText: launchMove.title }).waitFor();
    await page.getByTestId('pr-confirm-add').click();
    await page.getByTestId('pr-practice').waitFor();
    expect(await page.getByTestId('pr-notice').textContent()).toMatch(/from the link/);
    expect(new URL(page.url()).hash).toBe('');
    expect(await editor().inputValue()).toBe(launchMove.draft);

    // The same live check as in webmail: cards listed, highlights painted on the mirror.
    const count = await settledFindings();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('nw-finding').count()).toBe(count);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('nemawashi-')))).toBe(true);

    // The draft as it stands misses goals.
    let score = await check();
    expect(score).toMatchObject({ passed: false, total: 5 });
    await page.getByTestId('pr-reveal-hint').click();
    await screenshot(page, 'practice.png');

    // A suggestion from a card goes in through the editor's input path.
    const card = page.locator('[data-testid="nw-finding"][data-rule-id="you-need-to"]');
    const suggestion = card.getByTestId('nw-suggestion').first();
    const replacement = (await suggestion.textContent())!;
    await suggestion.click();
    await expect.poll(() => editor().inputValue()).toContain(replacement);
    await settledFindings();
    await card.waitFor({ state: 'detached' });
    score = await check();
    expect(score.passed).toBe(false);

    // A full rewrite (the model answer's approach, in the learner's own words).
    const rewrite =
      'Hi team,\n\nThank you for all your work on the launch so far. Because of the supplier delays, we are proposing to move the launch from July to September, so that you have time to prepare your customers well.\n\nCould you send me your revised customer timeline by Friday? Before we finalise the new date, I would like to hear your views: please let me know if anything in it worries you.\n\nMark';
    await editor().fill(rewrite);
    expect(await settledFindings()).toBe(0);
    score = await check();
    expect(score).toEqual({ met: 5, total: 5, passed: true });
    expect(await page.getByTestId('pr-score').textContent()).toMatch(/All 5 goals met/);
    expect(await page.locator('[data-testid="pr-goal"][data-state="met"]').count()).toBe(5);

    await page.getByTestId('pr-show-model').click();
    await page.getByTestId('pr-compare-model').waitFor();
    await screenshot(page, 'practice-passed.png');
  });

  it('keeps practising a second assignment from a course, and charts the progress', async () => {
    await page.getByTestId('pr-tab-import').click();
    await page.getByTestId('pr-try-examples').click();
    await page.getByTestId('pr-nav-assignment').filter({ hasText: 'Asking for a review by tomorrow morning' }).click();
    await page.getByTestId('pr-title').filter({ hasText: 'Asking for a review by tomorrow morning' }).waitFor();
    const fast = example('fast-turnaround');
    await settledFindings();
    expect((await check()).passed).toBe(false);
    await editor().fill('Hi Hiroshi,\n\nI need this contract reviewed by tomorrow morning, the client moved their board meeting. Review the amendment and send it back ASAP.\n\nThanks');
    await settledFindings();
    expect((await check()).passed).toBe(false);
    await editor().fill(fast.modelAnswer!);
    await settledFindings();
    expect((await check()).passed).toBe(true);

    await page.getByTestId('pr-tab-progress').click();
    const friction = page.getByTestId('chart-friction').locator('canvas');
    await friction.waitFor();
    // chart.js drew something: the canvas is sized and not blank.
    const drawn = await friction.evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
      return { width: c.width, ink };
    });
    expect(drawn.width).toBeGreaterThan(200);
    expect(drawn.ink).toBeGreaterThan(500);
    expect(await page.getByTestId('progress-table').locator('tbody tr').count()).toBe(6);
    await screenshot(page, 'progress.png');
  });

  it('exports the progress report (JSON and printable HTML)', async () => {
    await page.getByTestId('pr-learner').fill('Anna Berg');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pr-export-json').click()]);
    expect(json.suggestedFilename()).toMatch(/^nemawashi-progress-\d{4}-\d{2}-\d{2}\.json$/);
    reportPath = (await json.path())!;
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({ format: 'nemawashi/progress-report', learner: 'Anna Berg' });
    expect(report.assignments.map((a: { id: string; attempts: unknown[] }) => [a.id, a.attempts.length])).toEqual([
      ['announce-launch-move', 3],
      ['fast-turnaround', 3],
    ]);

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pr-export-html').click()]);
    expect(readFileSync((await html.path())!, 'utf8')).toMatch(/<h1>Nemawashi progress report<\/h1>/);
  });

  it('loads the report in the coach’s builder page', async () => {
    const builder = await harness.context.newPage();
    await builder.setViewportSize({ width: 1360, height: 1000 });
    await builder.goto(url('builder.html'));
    await builder.getByTestId('builder-tab-report').click();
    await builder.getByTestId('builder-report-file').setInputFiles(reportPath);
    const view = builder.getByTestId('report-view');
    await view.waitFor();
    expect(await view.getByTestId('report-done').textContent()).toBe('2');
    expect(await view.getByTestId('report-passed').textContent()).toBe('2');
    expect(await view.getByTestId('report-attempts').textContent()).toBe('6');
    expect(await view.getByTestId('report-recurring').locator('tbody tr').count()).toBeGreaterThan(0);
    const launchEntry = view.locator('[data-testid="report-assignment"][data-assignment="announce-launch-move"]');
    expect(await launchEntry.getByTestId('report-before').textContent()).toBe(example('announce-launch-move').draft);
    expect(await launchEntry.getByTestId('report-after').textContent()).toMatch(/^Hi team,\s+Thank you for all your work/);
    await screenshot(builder, 'builder-report.png');
    await builder.close();
  });

  it('makes a share link in the builder that opens in the practice page', async () => {
    const builder = await harness.context.newPage();
    await builder.setViewportSize({ width: 1360, height: 1000 });
    await builder.goto(url('builder.html'));
    await builder.getByTestId('builder-open').setInputFiles(path.join(ROOT, 'examples/assignments/decline-dashboard-proposal.yaml'));
    await builder.getByTestId('builder-model-check').filter({ hasText: 'meets 5 of 5 goals' }).waitFor({ timeout: 20_000 });
    await builder.getByTestId('builder-share').click();
    const link = await builder.getByTestId('builder-link').inputValue();
    expect(link).toMatch(new RegExp(`^chrome-extension://${harness.extensionId}/practice\\.html#share=`));
    await screenshot(builder, 'builder.png', false);
    await builder.goto(link);
    await builder.locator('[data-testid="pr-confirm-add"], [data-testid="pr-confirm-replace"]').click();
    await builder.getByTestId('pr-title').filter({ hasText: 'Declining a proposal from the Tokyo team' }).waitFor();
    await builder.close();
  });

  it('sent nothing anywhere and threw nothing', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });

  it('deletes all history with one button', async () => {
    await page.getByTestId('pr-delete-history').click();
    await page.getByTestId('pr-delete-confirm').click();
    await page.getByTestId('pr-notice').filter({ hasText: 'deleted' }).waitFor();
    expect(await page.getByTestId('progress-table').count()).toBe(0);
    await page.reload();
    await page.getByTestId('pr-tab-progress').click();
    expect(await page.getByTestId('pr-progress').textContent()).toMatch(/No attempts yet/);
  });
});
