// @vitest-environment happy-dom
/** The options page names the rules the watchdog switched off, and turns one back on. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WatchdogNotice } from '../../entrypoints/options/WatchdogNotice';
import { I18nProvider } from '../../lib/i18n/react';
import { disabledRules } from '../../lib/storage/items';
import { watchdogOff } from '../../lib/storage/watchdog';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

it('names each switched-off rule with why, and turns it back on', async () => {
  await watchdogOff.setValue([{ key: 'acme/slow/evil', ms: 812, at: 1 }]);
  await disabledRules.setValue(['acme/slow/evil']);
  render(<I18nProvider locale="en"><WatchdogNotice /></I18nProvider>);
  const item = await screen.findByTestId('watchdog-rule');
  expect(item.textContent).toMatch(/acme\/slow\/evil took 812 ms on one sentence/);
  fireEvent.click(screen.getByRole('button', { name: 'Turn back on' }));
  await waitFor(() => expect(screen.queryByTestId('watchdog-notice')).toBeNull());
  expect(await disabledRules.getValue()).toEqual([]);
});
