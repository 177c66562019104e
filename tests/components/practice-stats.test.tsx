// @vitest-environment happy-dom
/** The personal stats block of the options page: opt-in, counts only, charts and clearing. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StatsCharts } from '../../components/StatsCharts';
import { recordFindingEvent, statsEnabled, weeklyStats } from '../../lib/storage/stats';

vi.mock('react-chartjs-2', async () => (await import('./practice-helpers')).fakeCharts());

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('StatsCharts', () => {
  it('is off until switched on, then charts what the content script records', async () => {
    render(<StatsCharts />);
    const toggle = (await screen.findByTestId('nw-stats-enabled')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    await act(() => recordFindingEvent('imposition', 'shown'));
    expect(await weeklyStats.getValue()).toEqual({});

    fireEvent.click(toggle);
    await waitFor(async () => expect(await statsEnabled.getValue()).toBe(true));
    await act(async () => {
      await recordFindingEvent('imposition', 'shown');
      await recordFindingEvent('imposition', 'applied');
      await recordFindingEvent('pressure', 'shown');
      await recordFindingEvent('pressure', 'ignored');
      await recordFindingEvent('pressure', 'shown');
    });
    const table = await screen.findByTestId('nw-stats-table');
    const rows = within(table).getAllByRole('row').slice(1) as HTMLTableRowElement[];
    expect(rows.map((r) => [...r.cells].map((c) => c.textContent))).toEqual([
      ['pressure', '2', '0', '1'],
      ['imposition', '1', '1', '0'],
    ]);
    const weeks = JSON.parse(within(screen.getByTestId('nw-stats-weeks')).getByRole('img').dataset.chart!);
    expect(weeks.datasets.map((d: { data: number[] }) => d.data)).toEqual([[3], [1], [1]]);
    // Counts only: nothing but numbers under week and category keys.
    expect(JSON.stringify(await weeklyStats.getValue())).toMatch(/^\{"\d{4}-\d{2}-\d{2}":\{"imposition":\{"shown":1,"applied":1,"ignored":0\},"pressure":\{"shown":2,"applied":0,"ignored":1\}\}\}$/);

    fireEvent.click(screen.getByTestId('nw-stats-clear'));
    await waitFor(() => expect(screen.queryByTestId('nw-stats-table')).toBeNull());
  });
});
