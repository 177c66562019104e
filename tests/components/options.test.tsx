// @vitest-environment happy-dom
/**
 * The options page with WXT's fakeBrowser: the background's pack handler answers its messages,
 * storage is in memory. Built-in packs are a fixed fixture (tests/fixtures/packs/mini.yaml).
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/App';
import { disabledRules, installedPacks, packActivity, severityOverrides } from '../../lib/storage/items';
import { installPackSource } from '../../lib/storage/manage';
import { handlePackRequest, isPackRequest } from '../../lib/storage/messages';
import { CIRCLE_BACK, DEEP_DIVE, teamPack, TOUCH_BASE } from '../unit/storage-fixtures';

vi.mock('../../lib/packs/builtin-data', async () => {
  const { readFileSync } = await import('node:fs');
  const { readyFromFile } = await import('../helpers');
  const path = 'tests/fixtures/packs/mini.yaml';
  const ready = readyFromFile(path);
  return { builtinReadyPacks: () => [ready], builtinPackSources: async () => ({ [path]: readFileSync(path, 'utf8') }) };
});

beforeEach(() => {
  fakeBrowser.reset();
  // The background, answering the page (as Firefox does, with a promise).
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => (isPackRequest(message) ? handlePackRequest(message) : undefined));
});
afterEach(cleanup);

async function renderOptions() {
  const view = render(<App />);
  await waitFor(() => expect(screen.getByTestId('options').dataset.ready).toBe('true'));
  return view;
}

const packRow = (id: string) => screen.getAllByTestId('pack-row').find((el) => el.dataset.packId === id);

async function paste(text: string) {
  fireEvent.change(screen.getByTestId('install-paste'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('install-paste-submit'));
  return waitFor(() => screen.getByTestId('install-result'), { timeout: 10_000 });
}

describe('pack list', () => {
  it('shows built-in and installed packs with id, version, author, rule count and origin', async () => {
    await installPackSource(teamPack(), { file: 'acme.yaml', origin: 'file' });
    await renderOptions();
    const rows = screen.getAllByTestId('pack-row');
    expect(rows.map((r) => r.dataset.packId)).toEqual(['test/mini', 'acme/house']);
    const acme = within(packRow('acme/house')!);
    expect(acme.getByTestId('pack-version').textContent).toBe('1.0.0');
    expect(acme.getByTestId('pack-rule-count').textContent).toBe('2 rules');
    expect(acme.getByText(/by Acme writing guild/)).toBeTruthy();
    expect(acme.getByTestId('pack-origin').textContent).toBe('from a file');
    expect(within(packRow('test/mini')!).getByTestId('pack-origin').textContent).toBe('built-in');
    expect(within(packRow('test/mini')!).queryByTestId('pack-remove')).toBeNull();
  });

  it('switches rules off and overrides severities by packId/ruleId', async () => {
    await installPackSource(teamPack(), { file: 'acme.yaml', origin: 'file' });
    await renderOptions();
    fireEvent.click(within(packRow('acme/house')!).getByTestId('pack-rules-toggle'));
    const rule = screen.getAllByTestId('rule-row').find((r) => r.dataset.ruleId === 'circle-back')!;
    fireEvent.click(within(rule).getByTestId('rule-toggle'));
    fireEvent.change(within(rule).getByTestId('rule-severity'), { target: { value: 'info' } });
    await waitFor(async () => {
      expect(await disabledRules.getValue()).toEqual(['acme/house/circle-back']);
      expect(await severityOverrides.getValue()).toEqual({ 'acme/house/circle-back': 'info' });
    });
    await waitFor(() => expect((within(rule).getByTestId('rule-toggle') as HTMLInputElement).checked).toBe(false));
  });

  it('searches across the rules of every pack', async () => {
    await installPackSource(teamPack({ rules: [CIRCLE_BACK, TOUCH_BASE, DEEP_DIVE] }), { file: 'acme.yaml', origin: 'file' });
    await renderOptions();
    fireEvent.change(screen.getByTestId('rule-search'), { target: { value: 'deep' } });
    expect(screen.getAllByTestId('rule-row').map((r) => `${r.dataset.packId}/${r.dataset.ruleId}`)).toEqual(['acme/house/deep-dive']);
    fireEvent.change(screen.getByTestId('rule-search'), { target: { value: 'shouting' } });
    expect(screen.getAllByTestId('rule-row').map((r) => r.dataset.ruleId)).toEqual(['caps']);
  });

  it('exports a pack as the YAML it was installed from', async () => {
    const yaml = `# house style\n${teamPack()}`;
    await installPackSource(yaml, { file: 'acme.yaml', origin: 'file' });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    await renderOptions();
    fireEvent.click(within(packRow('acme/house')!).getByTestId('pack-export'));
    await waitFor(() => expect(blob).toBeDefined());
    expect(await blob!.text()).toBe(yaml);
  });
});

describe('the rest of the page', () => {
  it('has the audience choice and the opt-in personal stats', async () => {
    await renderOptions();
    expect((screen.getByTestId('audience') as HTMLSelectElement).value).toBe('consensus');
    expect(screen.getByTestId('nw-stats')).toBeTruthy();
  });
});

describe('installing', () => {
  it('installs pasted text, then an update, showing what changed', async () => {
    await renderOptions();
    expect((await paste(teamPack())).textContent).toContain('Installed acme/house 1.0.0 (2 rules).');
    await waitFor(() => expect(packRow('acme/house')).toBeTruthy());
    const result = await paste(teamPack({ version: '1.1.0', rules: [{ ...CIRCLE_BACK, severity: 'info' }, DEEP_DIVE] }));
    await waitFor(() => expect(result.dataset.status).toBe('updated'));
    expect(result.textContent).toContain('Updated acme/house 1.0.0 → 1.1.0');
    expect(within(result).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '+ deep-dive',
      '− touch-base',
      '~ circle-back (severity)',
    ]);
    await waitFor(() => expect(within(packRow('acme/house')!).getByTestId('pack-changes').textContent).toContain('Updated 1.0.0 → 1.1.0'));
  });

  it('refuses a broken pack with line, column and field, and changes nothing', async () => {
    await installPackSource(teamPack(), { file: 'acme.yaml', origin: 'file' });
    await renderOptions();
    const broken = teamPack({ version: '2.0.0', rules: [CIRCLE_BACK, { ...TOUCH_BASE, id: 'circle-back', colour: 'red' }] });
    const result = await paste(broken);
    expect(result.dataset.status).toBe('refused');
    expect(result.textContent).toContain('Nothing was changed.');
    const errors = within(result).getAllByRole('listitem').map((li) => li.textContent);
    expect(errors).toEqual([
      expect.stringMatching(/^pasted pack:\d+:\d+ rules\[1\]\.colour: unknown field "colour"$/),
      expect.stringMatching(/^pasted pack:\d+:\d+ rules\[1\]\.id: duplicate rule id "circle-back" \(first at rules\[0\]\)$/),
    ]);
    expect((await installedPacks.getValue())['acme/house'].pack.version).toBe('1.0.0');
  });

  it('installs a picked file and a dropped file', async () => {
    await renderOptions();
    const picked = new File([teamPack()], 'acme.yaml', { type: 'text/yaml' });
    fireEvent.change(screen.getByTestId('install-file'), { target: { files: [picked] } });
    await waitFor(() => expect(screen.getByTestId('install-result').dataset.status).toBe('installed'));

    const dropped = new File([teamPack({ id: 'acme/dropped' })], 'dropped.yaml');
    fireEvent.drop(screen.getByTestId('install-drop'), { dataTransfer: { files: [dropped] } });
    await waitFor(() => expect(screen.getByTestId('install-result').textContent).toContain('Installed acme/dropped 1.0.0'));
    expect(Object.keys(await installedPacks.getValue())).toEqual(['acme/house', 'acme/dropped']);
  });

  it('refuses a 10 MB file without reading it', async () => {
    await renderOptions();
    const huge = new File(['x'], 'huge.yaml');
    Object.defineProperty(huge, 'size', { value: 10_000_000 });
    const read = vi.spyOn(huge, 'text');
    fireEvent.change(screen.getByTestId('install-file'), { target: { files: [huge] } });
    await waitFor(() => expect(screen.getByTestId('install-result').textContent).toContain('Refused: huge.yaml is 10 MB; a pack is at most 1 MB'));
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a URL that is not https before asking the background', async () => {
    await renderOptions();
    fireEvent.change(screen.getByTestId('install-url'), { target: { value: 'http://packs.example.com/a.yaml' } });
    fireEvent.click(screen.getByTestId('install-url-submit'));
    await waitFor(() => expect(screen.getByTestId('install-result').textContent).toContain('a pack URL must start with https://'));
    expect(await packActivity.getValue()).toEqual([]);
  });
});

describe('untrusted pack text', () => {
  it('shows markup and javascript: links as text, never as HTML or links', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"> <a href="javascript:alert(1)">click</a>';
    const rule = { ...CIRCLE_BACK, message: evil, why: evil };
    await installPackSource(teamPack({ rules: [rule], extra: { author: evil, homepage: 'javascript:alert(1)', description: evil } }), {
      file: 'evil.yaml',
      origin: 'file',
    });
    const { container } = await renderOptions();
    fireEvent.click(within(packRow('acme/house')!).getByTestId('pack-rules-toggle'));
    expect(container.querySelector('img')).toBeNull();
    // The only links are the page's own, to the extension's practice, builder and welcome pages.
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => !/^chrome-extension:\/\/[^/]+\/(practice|builder|welcome)\.html$/.test(href))).toEqual([]);
    expect(within(packRow('acme/house')!).getAllByText(evil, { exact: false }).length).toBeGreaterThanOrEqual(2);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('managed packs', () => {
  it('shows a locked pack as managed: no switch-off, no remove', async () => {
    await installPackSource(teamPack({ id: 'acme/org' }), { file: 'https://p/org.yaml', origin: 'managed', url: 'https://p/org.yaml', locked: true });
    await renderOptions();
    const row = within(packRow('acme/org')!);
    expect(row.getByTestId('pack-origin').textContent).toBe('managed by your organisation');
    expect(row.getByTestId('pack-locked')).toBeTruthy();
    expect((row.getByTestId('pack-toggle') as HTMLInputElement).disabled).toBe(true);
    expect(row.queryByTestId('pack-remove')).toBeNull();
  });
});

describe('rule editor', () => {
  const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

  it('loads when opened, runs the examples and the preview as you type, then saves into the user’s pack', async () => {
    await renderOptions();
    expect(screen.queryByTestId('rule-editor')).toBeNull();
    fireEvent.click(screen.getByTestId('editor-open'));
    await waitFor(() => screen.getByTestId('editor-id'));
    type('editor-id', 'low-hanging-fruit');
    type('editor-phrases', 'low-hanging fruit');
    type('editor-message', 'Jargon.');
    type('editor-why', 'Not everyone knows it.');
    type('editor-suggest', 'easy wins');
    type('editor-flag', 'Go for the low-hanging fruit first.');
    type('editor-pass', 'The fruit is ripe.');
    type('editor-try', 'We picked the low-hanging fruit.');
    await waitFor(() => expect(screen.getByTestId('editor-examples').dataset.failures).toBe('0'));
    expect(screen.getByTestId('editor-finding').textContent).toContain('Fires on low-hanging fruit: Jargon.');
    expect(screen.getByTestId('editor-suggestion').textContent).toBe('→ We picked the easy wins.');

    // A pass example that the rule flags fails at once.
    type('editor-pass', 'The fruit is ripe.\nThat low-hanging fruit is gone.');
    await waitFor(() => expect(screen.getByTestId('editor-examples').dataset.failures).toBe('1'));
    expect((screen.getByTestId('editor-save') as HTMLButtonElement).disabled).toBe(true);
    type('editor-pass', 'The fruit is ripe.');

    // A schema problem is named by its field.
    type('editor-id', 'Low Hanging');
    await waitFor(() => expect(screen.getByTestId('editor-errors').textContent).toContain('id: lowercase letters, digits and hyphens'));
    type('editor-id', 'low-hanging-fruit');

    await waitFor(() => expect((screen.getByTestId('editor-save') as HTMLButtonElement).disabled).toBe(false));
    await act(async () => fireEvent.click(screen.getByTestId('editor-save')));
    await waitFor(() => expect(within(screen.getByTestId('rule-editor')).getByTestId('install-result').textContent).toContain('Installed my/rules 1.0.0 (1 rule).'));
    expect((await installedPacks.getValue())['my/rules']).toMatchObject({ origin: 'editor', pack: { rules: [{ id: 'low-hanging-fruit' }] } });
  });

  it('opens a rule of another pack as a copy, keeping the fields it does not show', async () => {
    await installPackSource(teamPack(), { file: 'acme.yaml', origin: 'file' });
    await renderOptions();
    fireEvent.click(within(packRow('test/mini')!).getByTestId('pack-rules-toggle'));
    const row = screen.getAllByTestId('rule-row').find((r) => r.dataset.ruleId === 'you-need-to')!;
    fireEvent.click(within(row).getByTestId('rule-edit'));
    await waitFor(() => expect((screen.getByTestId('editor-pattern') as HTMLInputElement).value).toBe('you (need|have) to [<action>#Verb]'));
    await waitFor(() => expect(screen.getByTestId('editor-examples').dataset.failures).toBe('0'));
    expect(screen.getByTestId('editor-suggestion').textContent).toBe('→ Could you send the report by Friday?');
    await act(async () => fireEvent.click(screen.getByTestId('editor-save')));
    await waitFor(() => expect(screen.getAllByTestId('install-result').at(-1)!.dataset.status).toBe('installed'));
    expect((await installedPacks.getValue())['my/rules'].pack.rules[0].unless).toHaveLength(2);
  });
});
