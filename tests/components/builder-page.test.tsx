// @vitest-environment happy-dom
/**
 * The coach's builder page with WXT's fakeBrowser and the built-in packs: write an assignment,
 * check the goals against the draft and the model answer, preview it, export it as a share link,
 * open an existing file, and read a learner's progress report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuilderPage } from '../../components/practice/BuilderPage';
import { buildReport, type Attempt } from '../../lib/practice/report';
import { loadPractice } from '../../lib/practice/load';
import { decodeShare } from '../../lib/practice/share';
import { emulateInsertText } from './practice-helpers';

vi.mock('react-chartjs-2', async () => (await import('./practice-helpers')).fakeCharts());

const PRACTICE_URL = 'chrome-extension://abc/practice.html';
const EXAMPLES = path.resolve(__dirname, '../../examples/assignments');
const FOLLOW_UP = readFileSync(path.join(EXAMPLES, 'follow-up-unanswered.yaml'), 'utf8');

beforeEach(() => {
  fakeBrowser.reset();
  emulateInsertText(document);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => {}) }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const input = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });
const draftField = () => within(screen.getByTestId('builder-draft')).getByRole('textbox') as HTMLTextAreaElement;

async function writeAssignment() {
  render(<BuilderPage practiceUrl={PRACTICE_URL} />);
  input('builder-title', 'Asking Osaka for the Q3 figures');
  input('builder-author', 'Coach Sato');
  input('builder-scenario', 'You need the Q3 figures from the Osaka office for the board pack.');
  fireEvent.change(draftField(), { target: { value: 'Send me the Q3 figures by Friday. This is non-negotiable.' } });
  const [friction, , ask] = screen.getAllByTestId('goal-row');
  // The coach asks for harmony at least 80: stored as friction at most 20.
  fireEvent.change(within(friction).getByRole('spinbutton'), { target: { value: '80' } });
  fireEvent.change(within(ask).getByTestId('goal-action'), { target: { value: 'send, share' } });
  input('builder-model', 'Hi Kenji-san,\n\nThank you for all your help this quarter. Could you send me the Q3 figures by Friday? They are for the board pack on Monday.\n\nBest regards');
}

describe('builder page', () => {
  it('derives the id from the title and lists what is missing', async () => {
    render(<BuilderPage practiceUrl={PRACTICE_URL} />);
    expect(screen.getByTestId('builder-problems').textContent).toMatch(/title: /);
    // Plain words on a blank form, not the schema's ("Too small: expected string to have >=1 characters").
    expect(screen.getByTestId('builder-problems').textContent).not.toMatch(/Too small|expected|>=/);
    expect(screen.getByTestId('builder-problems').textContent).toMatch(/title: still empty/);
    input('builder-title', 'Déclining a Proposal!');
    expect((screen.getByTestId('builder-id') as HTMLInputElement).value).toBe('declining-a-proposal');
    input('builder-id', 'decline-1');
    input('builder-title', 'Declining, take two');
    expect((screen.getByTestId('builder-id') as HTMLInputElement).value).toBe('decline-1');
    expect((screen.getByTestId('builder-share') as HTMLButtonElement).disabled).toBe(true);
  });

  it('checks the goals against the draft and the model answer, and previews as the learner sees it', async () => {
    await writeAssignment();
    await waitFor(() => expect(screen.queryByTestId('builder-problems')).toBeNull());
    expect(screen.getByTestId('builder-draft-check').textContent).toMatch(/The draft meets \d of 3 goals \(as it should/);
    expect(screen.getByTestId('builder-model-check').textContent).toBe('The model answer meets 3 of 3 goals.');

    const preview = screen.getByTestId('builder-preview');
    expect(within(preview).getByTestId('pr-title').textContent).toBe('Asking Osaka for the Q3 figures');
    const learnerEditor = within(preview).getByRole('textbox', { name: 'Your rewrite' }) as HTMLTextAreaElement;
    expect(learnerEditor.value).toBe('Send me the Q3 figures by Friday. This is non-negotiable.');
    await waitFor(() => expect(Number(within(preview).getByTestId('pr-findings').dataset.count)).toBeGreaterThanOrEqual(2), { timeout: 20_000 });
    // The coach sees the same findings on the draft while writing it.
    await waitFor(() => expect(within(screen.getByTestId('builder-draft')).getByTestId('pr-findings').dataset.count).toBe(within(preview).getByTestId('pr-findings').dataset.count));
    expect(within(preview).getAllByTestId('pr-goal').map((g) => g.querySelector('.pr-goal-label')!.textContent)).toEqual([
      'Harmony at least 80',
      'No warning-level finding',
      'The ask is still there: a request to send with a date or time',
    ]);
  });

  it('says when the model answer misses a goal', async () => {
    await writeAssignment();
    input('builder-model', 'Hi Kenji-san, the figures would be nice to have at some point. Thanks!');
    await waitFor(() => expect(screen.getByTestId('builder-model-check').textContent).toMatch(/meets 2 of 3 goals: The ask is still there/));
  });

  it('exports a share link that carries the assignment', async () => {
    await writeAssignment();
    fireEvent.click(screen.getByTestId('builder-share'));
    const link = ((await screen.findByTestId('builder-link')) as HTMLInputElement).value;
    expect(link.startsWith(`${PRACTICE_URL}#share=`)).toBe(true);
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(link);
    const r = await decodeShare(link);
    if (!r.ok || r.type !== 'assignment') throw new Error('not an assignment');
    expect(r.assignment).toMatchObject({
      id: 'asking-osaka-for-the-q3-figures',
      author: 'Coach Sato',
      draft: 'Send me the Q3 figures by Friday. This is non-negotiable.',
      goals: [{ kind: 'max-friction', max: 20 }, { kind: 'no-findings', atOrAbove: 'warning' }, { kind: 'ask', action: ['send', 'share'] }],
    });
  });

  it('opens an existing assignment file to edit it, and adds goals of every kind', async () => {
    render(<BuilderPage practiceUrl={PRACTICE_URL} />);
    fireEvent.change(screen.getByTestId('builder-open'), { target: { files: [new File([FOLLOW_UP], 'follow-up-unanswered.yaml')] } });
    await waitFor(() => expect((screen.getByTestId('builder-title') as HTMLInputElement).value).toBe('Following up on an unanswered request'));
    expect(draftField().value).toMatch(/^Ms\. Yamada,/);
    expect(screen.getAllByTestId('goal-row').map((r) => r.dataset.kind)).toEqual(['no-findings', 'no-findings', 'must-not-mention', 'ask', 'max-words']);
    fireEvent.change(screen.getByTestId('goal-add'), { target: { value: 'must-mention' } });
    const added = screen.getAllByTestId('goal-row').at(-1)!;
    fireEvent.change(within(added).getByRole('textbox', { name: /Phrases/ }), { target: { value: 'cost centre | cost center\nkick-off' } });
    fireEvent.click(screen.getByTestId('builder-share'));
    const r = await decodeShare(((await screen.findByTestId('builder-link')) as HTMLInputElement).value);
    if (!r.ok || r.type !== 'assignment') throw new Error('not an assignment');
    expect(r.assignment.goals.at(-1)).toEqual({ kind: 'must-mention', phrases: [['cost centre', 'cost center'], 'kick-off'] });
    const original = loadPractice(FOLLOW_UP);
    expect(original.ok && original.type === 'assignment' && r.assignment.goals.slice(0, 5)).toEqual(original.ok && original.type === 'assignment' && original.assignment.goals);
  });

  it('reads a learner’s progress report: done, attempts, goals, before and after, recurring categories', async () => {
    const original = loadPractice(FOLLOW_UP);
    if (!original.ok || original.type !== 'assignment') throw new Error('example');
    const a = original.assignment;
    const attempt = (at: string, text: string, met: boolean[], byCategory: Attempt['score']['findingsByCategory']): Attempt => ({
      id: at,
      assignmentId: a.id,
      at,
      text,
      hintsRevealed: 0,
      score: {
        goals: met.map((m, i) => ({ kind: a.goals[i].kind, label: `Goal ${i + 1}`, met: m, explanation: m ? 'ok' : 'not yet' })),
        met: met.filter(Boolean).length,
        total: met.length,
        passed: met.every(Boolean),
        friction: met.every(Boolean) ? 0 : 70,
        words: 20,
        findingsByCategory: byCategory,
        findingsBySeverity: {},
      },
    });
    const report = buildReport([a], [
      attempt('2025-03-01T10:00:00.000Z', 'Per my last email, send the codes.', [false, false, false, true, true], { condescension: 1, imposition: 1 }),
      attempt('2025-03-01T10:05:00.000Z', 'Could you send the codes by Thursday? As I said, it is urgent.', [false, true, true, true, true], { condescension: 1 }),
      attempt('2025-03-01T10:10:00.000Z', a.modelAnswer!, [true, true, true, true, true], {}),
    ], { learner: 'Anna' });

    render(<BuilderPage practiceUrl={PRACTICE_URL} />);
    fireEvent.click(screen.getByTestId('builder-tab-report'));
    input('builder-report-text', '{"format": "nemawashi/progress-report", "version": 1}');
    fireEvent.click(screen.getByTestId('builder-report-load'));
    expect((await screen.findByTestId('builder-report-errors')).textContent).toMatch(/^pasted report:1:1 generatedAt: /);

    fireEvent.change(screen.getByTestId('builder-report-file'), { target: { files: [new File([JSON.stringify(report)], 'anna.json')] } });
    const view = await screen.findByTestId('report-view');
    expect(view.textContent).toMatch(/Anna/);
    expect(within(view).getByTestId('report-done').textContent).toBe('1');
    expect(within(view).getByTestId('report-passed').textContent).toBe('1');
    expect(within(view).getByTestId('report-attempts').textContent).toBe('3');
    const recurring = within(within(view).getByTestId('report-recurring')).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    expect(recurring.map((r) => [r.cells[0].textContent, r.cells[1].textContent])).toEqual([['condescension', '2'], ['imposition', '1']]);
    const entry = within(view).getByTestId('report-assignment');
    const rows = within(entry).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    expect(rows.map((r) => [...r.cells].slice(4).map((c) => c.textContent).join(''))).toEqual(['✗✗✗✓✓', '✗✓✓✓✓', '✓✓✓✓✓']);
    expect(within(entry).getByTestId('report-before').textContent).toBe(a.draft);
    expect(within(entry).getByTestId('report-after').textContent).toBe(a.modelAnswer);
  });

  it('bundles assignment files into a course, in order, as a file or a link', async () => {
    render(<BuilderPage practiceUrl={PRACTICE_URL} />);
    fireEvent.click(screen.getByTestId('builder-tab-course'));
    const file = (name: string) => new File([readFileSync(path.join(EXAMPLES, name), 'utf8')], name);
    fireEvent.change(screen.getByTestId('course-files'), { target: { files: [file('fast-turnaround.yaml'), file('follow-up-unanswered.yaml')] } });
    await waitFor(() => expect(within(screen.getByTestId('course-list')).getAllByRole('listitem')).toHaveLength(2));
    fireEvent.click(within(screen.getByTestId('course-list')).getAllByRole('button', { name: 'up' })[1]);
    input('course-title', 'Week one');
    input('course-author', 'Coach Sato');
    fireEvent.click(screen.getByTestId('course-share'));
    const r = await decodeShare(((await screen.findByTestId('course-link')) as HTMLInputElement).value);
    if (!r.ok || r.type !== 'course') throw new Error('not a course');
    expect(r.course).toMatchObject({ id: 'week-one', title: 'Week one', author: 'Coach Sato' });
    expect(r.course.assignments.map((a) => a.id)).toEqual(['follow-up-unanswered', 'fast-turnaround']);
  });
});
