// @vitest-environment happy-dom
/**
 * The practice and builder pages in Japanese: key strings, no English interface string left in
 * the main views (a scan of every text node and accessible name for the words of en.ts that are
 * not the assignment's own text), and the core pack's findings in Japanese on a Japanese page,
 * in English otherwise (suggestions stay in the draft's language).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuilderPage } from '../../components/practice/BuilderPage';
import { CheckedEditor } from '../../components/practice/CheckedEditor';
import { PracticePage } from '../../components/practice/PracticePage';
import { dictionary, type Locale } from '../../lib/i18n';
import { I18nProvider } from '../../lib/i18n/react';
import { loadBuiltinPacks } from '../../lib/packs/builtin';
import { loadPractice } from '../../lib/practice/load';
import { practiceAttempts, workSaved } from '../../lib/storage/practice';
import { emulateInsertText } from './practice-helpers';

vi.mock('react-chartjs-2', async () => (await import('./practice-helpers')).fakeCharts());

const EXAMPLES = path.resolve(__dirname, '../../examples/assignments');
const LAUNCH = readFileSync(path.join(EXAMPLES, 'announce-launch-move.yaml'), 'utf8');
const launch = (() => {
  const r = loadPractice(LAUNCH);
  if (!r.ok || r.type !== 'assignment') throw new Error('example');
  return r.assignment;
})();

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/practice.html');
  emulateInsertText(document);
});
afterEach(async () => {
  cleanup();
  await workSaved();
});

/** Words (4+ letters) of the English interface, less names that stay as they are. */
const ENGLISH_UI = new Set(
  Object.values(dictionary('en'))
    .flatMap((v) => (typeof v === 'string' ? [v] : [v.one, v.other]))
    .flatMap((s) => s.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{4,}/g) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => !['nemawashi', 'yaml', 'json', 'html'].includes(w)),
);

/**
 * English interface words left on the page: in text nodes and in accessible names, titles and
 * placeholders, outside what is the user's or the coach's own text (the assignment, the draft
 * and its suggestions, which stay in the draft's language).
 */
function englishLeft(root: HTMLElement, ownText: readonly string[]): string[] {
  const own = new Set(ownText.join(' ').match(/[A-Za-z]{4,}/g)?.map((w) => w.toLowerCase()));
  const skip = (el: Element | null) => !!el?.closest('textarea, style, script, [data-testid="nw-suggestion"], .pr-scenario, [data-testid="pr-title"]');
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) texts.push(n.textContent ?? '');
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) texts.push(el.getAttribute(a)!);
  }
  return texts.flatMap((text) =>
    (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => ENGLISH_UI.has(w.toLowerCase()) && !own.has(w.toLowerCase())).map((w) => `${w} (in "${text.trim().slice(0, 60)}")`),
  );
}

const inJapanese = (ui: React.ReactNode, locale: Locale = 'ja') => render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
const assignmentText = [launch.title, launch.author, launch.scenario, launch.draft, launch.modelAnswer ?? '', ...launch.hints, 'Sales Kickoff Tokyo'];

describe('core pack findings follow the interface language', () => {
  const packs = loadBuiltinPacks();
  const DRAFT = 'You need to send the report by Friday.';

  it.each([
    ['ja', '「You need to」は、上からの指示のように読まれます。', /合意を重んじるチーム/],
    ['en', '“You need to” reads as an order handed down.', /In a consensus-oriented team/],
  ] as const)('%s: the card shows the core rule’s message and why in that language; the suggestion stays English', async (locale, message, why) => {
    inJapanese(<CheckedEditor value={DRAFT} onChange={() => {}} packs={packs} audience="consensus" label="draft" />, locale);
    const card = await screen.findByTestId('nw-finding', {}, { timeout: 20_000 });
    await waitFor(() => expect(screen.getAllByTestId('nw-finding').map((f) => f.dataset.ruleId)).toContain('you-need-to'));
    const needTo = screen.getAllByTestId('nw-finding').find((f) => f.dataset.ruleId === 'you-need-to') ?? card;
    expect(needTo.textContent).toContain(message);
    const whyButton = within(needTo).queryByRole('button', { name: locale === 'ja' ? 'なぜ？' : 'Why?' });
    if (whyButton) fireEvent.click(whyButton);
    expect(needTo.textContent).toMatch(why);
    expect(within(needTo).getAllByTestId('nw-suggestion').map((b) => b.textContent).join(' ')).toMatch(/Could you send the report by Friday\?/);
  });
});

describe('the practice page in Japanese', () => {
  it('shows its controls in Japanese, with no English interface word left, before and after a check', async () => {
    inJapanese(<PracticePage />);
    await screen.findByTestId('pr-import');
    expect(screen.getByTestId('pr-tab-practise').textContent).toBe('練習する');
    expect(screen.getByTestId('pr-tab-import').textContent).toBe('課題を追加');
    expect(screen.getByTestId('pr-import-button').textContent).toBe('読み込む');
    expect(englishLeft(document.body, [])).toEqual([]);

    fireEvent.change(screen.getByTestId('pr-import-text'), { target: { value: LAUNCH } });
    fireEvent.click(screen.getByTestId('pr-import-button'));
    await screen.findByTestId('pr-practice', {}, { timeout: 20_000 });
    expect(screen.getByTestId('pr-notice').textContent).toContain('貼り付けたテキストから「Moving the launch date」を追加しました。');
    await waitFor(() => expect(screen.getByTestId('pr-findings').dataset.busy).toBe('false'), { timeout: 20_000 });
    expect(Number(screen.getByTestId('pr-findings').dataset.count)).toBeGreaterThan(0);
    expect(screen.getByTestId('pr-submit').textContent).toBe('書き直しをチェック');
    expect(screen.getAllByTestId('pr-goal')[0].textContent).toMatch(/^○調和 \d+ 以上/);
    expect(within(screen.getByTestId('pr-editor')).getByRole('textbox', { name: 'あなたの書き直し' })).toBeTruthy();
    expect(englishLeft(document.body, assignmentText)).toEqual([]);

    fireEvent.click(screen.getByTestId('pr-submit'));
    const score = await screen.findByTestId('pr-score');
    expect(score.textContent).toMatch(/5 個中 3 個の目標を達成/);
    // Why each goal is met or missed, in Japanese, quoting the core pack's Japanese message.
    const [harmony, noWarning] = screen.getAllByTestId('pr-goal');
    expect(harmony.textContent).toMatch(/調和は \d+ で、求められた \d+ に届いていません。/);
    expect(noWarning.textContent).toMatch(/まだ指摘があります：「.+」：.*(ます|です)。/);
    await waitFor(async () => expect((await practiceAttempts.getValue()).length).toBe(1));
    expect(screen.getByTestId('pr-attempts').textContent).toContain('達成した目標');
    // After a check: the score, each goal met or missed with why, the attempts so far.
    expect(englishLeft(document.body, assignmentText)).toEqual([]);

    fireEvent.click(screen.getByTestId('pr-tab-progress'));
    const progress = await screen.findByTestId('pr-progress');
    expect(within(progress).getByRole('heading', { level: 2 }).textContent).toBe('あなたの進み具合');
    expect(within(progress).getByTestId('pr-export-json').textContent).toBe('コーチ用に書き出す（JSON）');
    expect(englishLeft(progress, assignmentText)).toEqual([]);
  });

  it('finds English where the interface forgot to translate (the check can fail)', () => {
    document.body.innerHTML = '<main><p>練習</p><button aria-label="Check my rewrite">✓</button><p>Delete all history</p></main>';
    expect(englishLeft(document.body, [])).toEqual(expect.arrayContaining([expect.stringMatching(/^Check/), expect.stringMatching(/^Delete/), expect.stringMatching(/^history/)]));
    document.body.innerHTML = '';
  });
});

describe('the builder in Japanese', () => {
  it('names the form, its problems and the goal kinds in Japanese, with no English interface word left', async () => {
    inJapanese(<BuilderPage practiceUrl="chrome-extension://x/practice.html" />);
    expect(screen.getByTestId('builder-tab-write').textContent).toBe('課題を作る');
    expect(screen.getByTestId('builder-problems').textContent).toMatch(/タイトル: まだ空です/);
    expect(screen.getByTestId('builder-problems').textContent).not.toMatch(/still|title:|Too small/);
    const goals = screen.getAllByTestId('goal-row');
    expect(goals[0].querySelector('legend')!.textContent).toBe('目標 1：調和が … 以上');
    expect([...(screen.getByTestId('builder-audience') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['合意重視（例：日本のチーム）', '結果重視（率直・要点から）']);
    // The goal editor's placeholders are sample input in the draft's language (English verbs, a day).
    const samples = ['send, share', 'Friday'];
    expect(englishLeft(document.body, samples)).toEqual([]);
    fireEvent.change(screen.getByTestId('builder-title'), { target: { value: 'Asking Osaka' } });
    fireEvent.change(screen.getByTestId('builder-id'), { target: { value: 'Not An Id' } });
    await waitFor(() => expect(screen.getByTestId('builder-problems').textContent).toMatch(/ID: 英小文字・数字・ハイフン/));
    expect(englishLeft(document.body, [...samples, 'Asking Osaka', 'Not An Id'])).toEqual([]);

    fireEvent.click(screen.getByTestId('builder-tab-course'));
    expect(screen.getByTestId('course-bundler').querySelector('h2')!.textContent).toBe('課題ファイルからコースを作る');
    fireEvent.click(screen.getByTestId('builder-tab-report'));
    expect(screen.getByTestId('builder-report-load').textContent).toBe('読む');
    expect(englishLeft(document.body, [])).toEqual([]);
  });
});
