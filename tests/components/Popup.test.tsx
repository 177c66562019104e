// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '../../components/popup/PopupView';
import { audience, siteSwitches } from '../../lib/storage/settings';
import { App } from '../../entrypoints/popup/App';
import { disableSite, enableSite, originPattern, pageOrigin } from '../../entrypoints/popup/sites';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

function view(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    origin: 'https://mail.google.com',
    siteEnabled: true,
    builtinSite: true,
    summary: { count: 3, friction: 55, byCategory: { imposition: 2, pressure: 1 } },
    audience: 'consensus',
    onSiteChange: vi.fn(),
    onAudienceChange: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  render(<PopupView {...props} />);
  return props;
}

describe('PopupView', () => {
  it('shows the site switch, the draft summary by category, and the audience', () => {
    view();
    expect(screen.getByText('mail.google.com')).toBeTruthy();
    expect((screen.getByTestId('nw-site-toggle') as HTMLInputElement).checked).toBe(true);
    const summary = screen.getByTestId('nw-summary');
    expect(summary.getAttribute('data-count')).toBe('3');
    expect(summary.querySelector('[data-category="imposition"]')?.textContent).toContain('2');
    expect(summary.querySelector('[data-category="pressure"]')?.textContent).toContain('1');
    expect(screen.getByTestId('nw-harmony').getAttribute('aria-valuenow')).toBe('45');
    expect(screen.getByTestId('nw-clarity').getAttribute('aria-valuenow')).toBe('100');
    expect((screen.getByTestId('nw-audience') as HTMLSelectElement).value).toBe('consensus');
  });

  it('says when there is no draft yet, and hides the summary when the site is off', () => {
    view({ summary: null });
    expect(screen.getByTestId('nw-summary-empty')).toBeTruthy();
    cleanup();
    view({ siteEnabled: false, origin: 'https://chat.example.com', builtinSite: false });
    expect(screen.queryByTestId('nw-summary')).toBeNull();
    expect(screen.getByText(/asks your permission/)).toBeTruthy();
  });

  it('reports the switch, the audience and the options link', () => {
    const props = view();
    fireEvent.click(screen.getByTestId('nw-site-toggle'));
    expect(props.onSiteChange).toHaveBeenCalledWith(false);
    fireEvent.change(screen.getByTestId('nw-audience'), { target: { value: 'results-first' } });
    expect(props.onAudienceChange).toHaveBeenCalledWith('results-first');
    fireEvent.click(screen.getByText(/Options/));
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('cannot switch on pages Nemawashi cannot check', () => {
    view({ origin: null });
    expect(screen.queryByTestId('nw-site-toggle')).toBeNull();
    expect(screen.getByText(/cannot check drafts on this page/)).toBeTruthy();
  });
});

describe('sites', () => {
  it('knows which pages have an origin to switch on', () => {
    expect(pageOrigin('https://chat.example.com/room/1')).toBe('https://chat.example.com');
    expect(pageOrigin('chrome://extensions')).toBeNull();
    expect(pageOrigin(undefined)).toBeNull();
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
  });

  it('switching a site on asks for that host only, registers the script and injects it', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);

    expect(await enableSite('https://chat.example.com', 7)).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://chat.example.com/*'] });
    expect(register).toHaveBeenCalledWith([
      expect.objectContaining({ matches: ['https://chat.example.com/*'], js: ['/content-scripts/content.js'] }),
    ]);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(await siteSwitches.getValue()).toEqual({ 'https://chat.example.com': true });
  });

  it('a refused permission leaves the site off', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    expect(await enableSite('https://chat.example.com')).toBe(false);
    expect(await siteSwitches.getValue()).toEqual({});
  });

  it('switching off unregisters the script and gives the permission back', async () => {
    await siteSwitches.setValue({ 'https://chat.example.com': true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([{ id: 'nemawashi-sites' } as never]);
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockResolvedValue(undefined);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await disableSite('https://chat.example.com');
    expect(unregister).toHaveBeenCalledWith({ ids: ['nemawashi-sites'] });
    expect(remove).toHaveBeenCalledWith({ origins: ['https://chat.example.com/*'] });
    expect(await siteSwitches.getValue()).toEqual({ 'https://chat.example.com': false });
  });

  it('built-in webmail sites switch without any permission prompt', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await disableSite('https://mail.google.com');
    expect(await enableSite('https://mail.google.com')).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('App', () => {
  it('reads the tab, the switches and the draft summary from the content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://mail.google.com/mail/u/0/' } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      kind: 'gmail',
      count: 2,
      friction: 30,
      byCategory: { imposition: 2 },
      enabled: true,
    });
    await audience.setValue('consensus');
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('nw-summary').getAttribute('data-count')).toBe('2'));
    expect((screen.getByTestId('nw-site-toggle') as HTMLInputElement).checked).toBe(true);

    await act(async () => {
      fireEvent.change(screen.getByTestId('nw-audience'), { target: { value: 'results-first' } });
    });
    expect(await audience.getValue()).toBe('results-first');

    await act(async () => {
      fireEvent.click(screen.getByTestId('nw-site-toggle'));
    });
    await waitFor(async () => expect(await siteSwitches.getValue()).toEqual({ 'https://mail.google.com': false }));
    await waitFor(() => expect((screen.getByTestId('nw-site-toggle') as HTMLInputElement).checked).toBe(false));
  });
});
