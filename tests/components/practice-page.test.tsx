// @vitest-environment happy-dom
/**
 * The leader's practice page with WXT's fakeBrowser (storage in memory) and the built-in packs:
 * import (paste, link), rewrite with live findings, check for a score per goal, hints, the model
 * answer, history, progress with export, and delete all history.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PracticePage } from '../../components/practice/PracticePage';
import { loadReport } from '../../lib/practice/report';
import { loadPractice } from '../../lib/practice/load';
import type { Assignment } from '../../lib/practice/schema';
import { shareLink } from '../../lib/practice/share';
import { importPractice, practiceAttempts, practiceLibrary, practiceWork, workSaved } from '../../lib/storage/practice';
import { emulateInsertText } from './practice-helpers';

const EXAMPLES = path.resolve(__dirname, '../../examples/assignments');
const source = (file: string) => readFileSync(path.join(EXAMPLES, file), 'utf8');
const LAUNCH = source('announce-launch-move.yaml');
const launch = (() => {
  const r = loadPractice(LAUNCH);
  if (!r.ok || r.type !== 'assignment') throw new Error('example');
  return r.assignment;
})();
const GOOD_REWRITE = launch.modelAnswer!;
const SOFTENED_AWAY =
  'Hi team,\n\nThank you for all the work on the launch so far. We are thinking about September for it, and your customer timeline would be nice to see at some point.\n\nMark';

vi.mock('react-chartjs-2', async () => (await import('./practice-helpers')).fakeCharts());

/** Files the page offered for download, read back. */
let downloads: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/practice.html');
  downloads = [];
  emulateInsertText(document);
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: blobs.get(this.href)!.text() });
  });
});
afterEach(async () => {
  cleanup();
  // A rewrite saved on unmount must land before the next test resets storage, not in it.
  await workSaved();
  vi.restoreAllMocks();
});

const editor = () => within(screen.getByTestId('pr-editor')).getByRole('textbox', { name: 'Your rewrite' }) as HTMLTextAreaElement;
const findingCount = async () => {
  await waitFor(() => expect(screen.getByTestId('pr-findings').dataset.busy).toBe('false'), { timeout: 15_000 });
  return Number(screen.getByTestId('pr-findings').dataset.count);
};

async function openWith(assignmentYaml: string) {
  render(<PracticePage exampleCourse={source('course.yaml')} />);
  await screen.findByTestId('pr-import');
  fireEvent.change(screen.getByTestId('pr-import-text'), { target: { value: assignmentYaml } });
  fireEvent.click(screen.getByTestId('pr-import-button'));
  // The first check loads the NLP and compiles the packs: slow once per file.
  await screen.findByTestId('pr-practice', {}, { timeout: 20_000 });
}

async function type(text: string) {
  fireEvent.change(editor(), { target: { value: text } });
  await waitFor(() => expect(editor().value).toBe(text));
}

async function submit() {
  fireEvent.click(screen.getByTestId('pr-submit'));
  return screen.findByTestId('pr-score');
}

describe('practice page', () => {
  it('starts on "add assignments" with nothing imported, and imports pasted YAML', async () => {
    await openWith(LAUNCH);
    expect(screen.getByTestId('pr-notice').textContent).toMatch(/Added “Moving the launch date” from pasted text/);
    expect(screen.getByTestId('pr-title').textContent).toBe('Moving the launch date');
    expect(screen.getByTestId('pr-scenario').textContent).toMatch(/new VP Sales/);
    expect(editor().value).toBe(launch.draft);
    expect(await findingCount()).toBeGreaterThanOrEqual(4);
    expect(screen.getAllByTestId('nw-finding').length).toBe(await findingCount());
    expect(screen.getAllByTestId('pr-goal').map((g) => g.dataset.state)).toEqual(['open', 'open', 'open', 'open', 'open']);
  });

  it('shows import errors with line and column', async () => {
    render(<PracticePage />);
    await screen.findByTestId('pr-import');
    fireEvent.change(screen.getByTestId('pr-import-text'), { target: { value: LAUNCH.replace('kind: max-words', 'kind: max-wordz') } });
    fireEvent.click(screen.getByTestId('pr-import-button'));
    const errors = await screen.findByTestId('pr-import-errors');
    expect(errors.textContent).toMatch(/^pasted text:\d+:\d+ goals\[4\]\.kind: Invalid discriminator value/);
  });

  it('scores the draft, then a rewrite that meets every goal; keeps both attempts', async () => {
    await openWith(LAUNCH);
    let score = await submit();
    expect(score.dataset.passed).toBe('false');
    expect(score.dataset.met).toBe('3');
    expect(screen.getAllByTestId('pr-goal').map((g) => g.dataset.state)).toEqual(['missed', 'missed', 'met', 'met', 'met']);
    expect(screen.getAllByTestId('pr-goal')[1].textContent).toMatch(/Still flagged: /);

    await type(GOOD_REWRITE);
    expect(await findingCount()).toBe(0);
    fireEvent.click(screen.getByTestId('pr-submit'));
    await waitFor(() => expect(screen.getByTestId('pr-score').dataset.passed).toBe('true'));
    score = screen.getByTestId('pr-score');
    expect(score.textContent).toMatch(/All 5 goals met/);
    expect(screen.getAllByTestId('pr-goal').every((g) => g.dataset.state === 'met')).toBe(true);

    const attemptRows = () => within(screen.getByTestId('pr-attempts')).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    await waitFor(() => expect(attemptRows().map((r) => r.cells[2].textContent?.trim())).toEqual(['3/5', '5/5 ✓']));
    const stored = await practiceAttempts.getValue();
    expect(stored.map((a) => [a.assignmentId, a.score.met, a.text === GOOD_REWRITE])).toEqual([
      ['announce-launch-move', 3, false],
      ['announce-launch-move', 5, true],
    ]);
  });

  it('says when the ask was softened away', async () => {
    await openWith(LAUNCH);
    await type(SOFTENED_AWAY);
    await submit();
    const ask = screen.getAllByTestId('pr-goal').find((g) => g.dataset.kind === 'ask')!;
    expect(ask.dataset.state).toBe('missed');
    expect(ask.textContent).toMatch(/No request to do “send” or “share” is left/);
  });

  it('applies a suggestion from a finding card to the text', async () => {
    await openWith(LAUNCH);
    await findingCount();
    const card = screen.getAllByTestId('nw-finding').find((c) => c.dataset.ruleId === 'you-need-to')!;
    const suggestion = within(card).getAllByTestId('nw-suggestion')[0];
    const replacement = suggestion.textContent!;
    fireEvent.click(suggestion);
    await waitFor(() => expect(editor().value).toContain(replacement));
    expect(editor().value).not.toContain('You need to send');
  });

  it('reveals hints one at a time, and the model answer only after a first check', async () => {
    await openWith(LAUNCH);
    expect(screen.queryAllByTestId('pr-hint')).toHaveLength(0);
    const reveal = screen.getByTestId('pr-reveal-hint');
    expect(reveal.textContent).toMatch(/\(3 left\)/);
    fireEvent.click(reveal);
    fireEvent.click(screen.getByTestId('pr-reveal-hint'));
    expect(screen.getAllByTestId('pr-hint').map((h) => h.textContent)).toEqual(launch.hints.slice(0, 2));
    fireEvent.click(screen.getByTestId('pr-reveal-hint'));
    expect(screen.queryByTestId('pr-reveal-hint')).toBeNull();

    expect((screen.getByTestId('pr-show-model') as HTMLButtonElement).disabled).toBe(true);
    await submit();
    fireEvent.click(screen.getByTestId('pr-show-model'));
    expect(screen.getByTestId('pr-compare-model').textContent).toContain('Could you send me your revised customer timeline by Friday?');
    expect(screen.getByTestId('pr-compare-mine').textContent).toContain('This is final');
    expect((await practiceAttempts.getValue())[0].hintsRevealed).toBe(3);
  });

  it('keeps the rewrite in progress across a reload', async () => {
    await openWith(LAUNCH);
    await type('Hi team, a first try.');
    await waitFor(async () => expect((await practiceWork.getValue())['announce-launch-move']?.text).toBe('Hi team, a first try.'), { timeout: 2000 });
    cleanup();
    render(<PracticePage />);
    await waitFor(() => expect(editor().value).toBe('Hi team, a first try.'));
  });

  it('opens a share link: shows what it adds, adds it only when asked, and forgets the fragment', async () => {
    history.replaceState(null, '', `/practice.html${new URL(await shareLink('chrome-extension://x/practice.html', launch)).hash}`);
    render(<PracticePage />);
    const confirm = await screen.findByTestId('pr-confirm-import');
    expect(confirm.textContent).toContain(launch.title);
    expect(location.hash).toBe('');
    expect((await practiceLibrary.getValue()).assignments).toEqual({});
    fireEvent.click(screen.getByTestId('pr-confirm-add'));
    await screen.findByTestId('pr-practice');
    expect(screen.getByTestId('pr-notice').textContent).toMatch(/from the link/);
  });

  it('adds nothing from a link when the user cancels', async () => {
    history.replaceState(null, '', `/practice.html${new URL(await shareLink('chrome-extension://x/practice.html', launch)).hash}`);
    render(<PracticePage />);
    fireEvent.click(await screen.findByTestId('pr-confirm-cancel'));
    await waitFor(() => expect(screen.getByTestId('pr-notice').textContent).toMatch(/Nothing was added/));
    expect((await practiceLibrary.getValue()).assignments).toEqual({});
  });

  it('never overwrites an assignment with the same id silently: keep both, or replace', async () => {
    await importPractice({ type: 'assignment', assignment: launch });
    const other: Assignment = { ...launch, title: 'A different exercise, same id', draft: 'You need to do this now.' };
    history.replaceState(null, '', `/practice.html${new URL(await shareLink('chrome-extension://x/practice.html', other)).hash}`);
    render(<PracticePage />);
    const confirm = await screen.findByTestId('pr-confirm-import');
    expect(confirm.textContent).toMatch(/already have “Moving the launch date/);
    expect(screen.queryByTestId('pr-confirm-add')).toBeNull();
    fireEvent.click(screen.getByTestId('pr-confirm-keep-both'));
    await waitFor(async () => expect(Object.keys((await practiceLibrary.getValue()).assignments).sort()).toEqual([launch.id, `${launch.id}-2`]));
    const lib = await practiceLibrary.getValue();
    expect(lib.assignments[launch.id].title).toBe(launch.title);
    expect(lib.assignments[`${launch.id}-2`].title).toBe(other.title);
  });

  it('always opens, with a broken assignment stored, and can remove it', async () => {
    // Stored before the checks it would now fail (a regex token RE2 refuses): it no longer compiles.
    const broken = {
      ...launch,
      packs: [
        {
          id: 'coach/broken', version: '1.0.0', name: 'Broken', description: 'x', language: 'en', audience: 'consensus', license: 'MIT',
          rules: [{ id: 'r', category: 'imposition', severity: 'warning', match: { pattern: '/(a)\\1/' }, message: 'm', why: 'w', examples: { flag: ['aa'], pass: ['b'] } }],
        },
      ],
    } as unknown as Assignment;
    await practiceLibrary.setValue({ assignments: { [broken.id]: { ...broken, importedAt: 1 } }, courses: [] });
    render(<PracticePage />);
    expect((await screen.findByTestId('pr-broken')).textContent).toMatch(/cannot be opened/);
    fireEvent.click(screen.getByTestId('pr-remove-assignment'));
    await waitFor(async () => expect((await practiceLibrary.getValue()).assignments).toEqual({}));
  });

  it('adds the example course, in order', async () => {
    render(<PracticePage exampleCourse={source('course.yaml')} />);
    fireEvent.click(await screen.findByTestId('pr-try-examples'));
    await screen.findByTestId('pr-practice');
    const nav = screen.getAllByTestId('pr-nav-assignment').map((b) => b.textContent);
    expect(nav).toHaveLength(9);
    expect(nav[0]).toMatch(/^Moving the launch date/);
    fireEvent.click(screen.getAllByTestId('pr-nav-assignment')[2]);
    await waitFor(() => expect(screen.getByTestId('pr-title').textContent).toBe('Declining a proposal from the Tokyo team'));
  });

  it('shows progress, exports the report (JSON and HTML) and deletes all history', async () => {
    await openWith(LAUNCH);
    await submit();
    await type(GOOD_REWRITE);
    fireEvent.click(screen.getByTestId('pr-submit'));
    await waitFor(() => expect(screen.getByTestId('pr-score').dataset.passed).toBe('true'));

    const history = await practiceAttempts.getValue();
    fireEvent.click(screen.getByTestId('pr-tab-progress'));
    const progress = await screen.findByTestId('pr-progress');
    const drawn = (id: string) => JSON.parse(within(within(progress).getByTestId(id)).getByRole('img').dataset.chart!);
    // Drawn on the compose window's scale: harmony = 100 - friction.
    expect(drawn('chart-friction').datasets[0].data).toEqual(history.map((a) => 100 - a.score.friction));
    expect(drawn('chart-friction').datasets[0].data[1]).toBe(100);
    const categories = drawn('chart-categories');
    expect(categories.datasets.map((d: { label: string }) => d.label)).toEqual(Object.keys(history[0].score.findingsByCategory).sort());
    expect(categories.datasets.every((d: { data: number[] }) => d.data[1] === 0)).toBe(true);
    const rows = within(screen.getByTestId('progress-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    fireEvent.change(screen.getByTestId('pr-learner'), { target: { value: 'Anna' } });
    fireEvent.click(screen.getByTestId('pr-export-json'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^nemawashi-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const report = loadReport(await downloads[0].text, downloads[0].name);
    if (!report.ok) throw new Error(JSON.stringify(report.errors));
    expect(report.report.learner).toBe('Anna');
    expect(report.report.assignments[0]).toMatchObject({ id: 'announce-launch-move', draft: launch.draft });
    expect(report.report.assignments[0].baseline!.friction).toBeGreaterThan(50);
    expect(report.report.assignments[0].attempts.map((t) => t.passed)).toEqual([false, true]);

    fireEvent.click(screen.getByTestId('pr-export-html'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(await downloads[1].text).toMatch(/<h1>Nemawashi progress report<\/h1>/);

    fireEvent.click(screen.getByTestId('pr-delete-history'));
    fireEvent.click(screen.getByTestId('pr-delete-confirm'));
    await waitFor(() => expect(screen.getByTestId('pr-notice').textContent).toMatch(/deleted/));
    expect(await practiceAttempts.getValue()).toEqual([]);
    expect(screen.queryByTestId('progress-table')).toBeNull();
  });
});

// Keep the Assignment type in use for readers of this file: the example is a real assignment.
export type { Assignment };
