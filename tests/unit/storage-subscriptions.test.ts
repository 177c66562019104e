/**
 * Subscriptions and the organisation's policy: packs fetched from a real HTTP server on
 * 127.0.0.1, storage from WXT's fakeBrowser.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkPackUrl, fetchPackText } from '../../lib/storage/fetch';
import { audience, installedPacks, managedState } from '../../lib/storage/items';
import { installPackSource, refreshAllSubscriptions, refreshSubscription, removePack, setPackEnabled, subscribeToUrl } from '../../lib/storage/manage';
import { applyManagedPolicy, readManagedPolicy } from '../../lib/storage/managed';
import { loadActivePacks } from '../../lib/storage/packs';
import { CIRCLE_BACK, DEEP_DIVE, teamPack } from './storage-fixtures';

vi.mock('../../lib/packs/builtin-data', () => ({ builtinReadyPacks: () => [], builtinPackSources: async () => ({}) }));

/** What the server answers per path: a body (string), a status, or a body streamed in chunks. */
const routes = new Map<string, { status?: number; body?: string; chunks?: number; length?: number }>();
const requests: { path: string; cookie?: string }[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url!, cookie: req.headers.cookie });
    const route = routes.get(req.url!);
    if (!route) return res.writeHead(404).end();
    if (route.chunks) {
      // A body with no content-length, 1 MB per chunk: the reader has to count.
      res.writeHead(200, { 'content-type': 'text/yaml' });
      let sent = 0;
      const next = () => {
        if (sent++ >= route.chunks! || res.destroyed) return res.end();
        res.write('#'.repeat(1_000_000) + '\n', next);
      };
      return next();
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'text/yaml', ...(route.length ? { 'content-length': String(route.length) } : {}) });
    res.end(route.length ? '' : route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

beforeEach(() => {
  fakeBrowser.reset();
  routes.clear();
  requests.length = 0;
});

const serve = (path: string, body: string) => routes.set(path, { body });

describe('pack URLs', () => {
  it.each([
    ['https://packs.acme.example/house.yaml', true],
    ['http://127.0.0.1:8080/house.yaml', true],
    ['http://localhost/house.yaml', true],
    ['http://packs.acme.example/house.yaml', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:secret@packs.acme.example/house.yaml', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, ok) => {
    expect(checkPackUrl(url).ok).toBe(ok);
  });

  it('fetches without credentials or referrer', async () => {
    const seen: RequestInit[] = [];
    const spy = (async (url: string, init: RequestInit) => {
      seen.push(init);
      return fetch(url, init);
    }) as typeof fetch;
    serve('/house.yaml', teamPack());
    expect(await fetchPackText(`${base}/house.yaml`, spy)).toBe(teamPack());
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('refuses a 10 MB pack without reading it all', async () => {
    routes.set('/declared.yaml', { length: 10_000_000 });
    await expect(fetchPackText(`${base}/declared.yaml`)).rejects.toThrow(/the pack is 10 MB; a pack is at most 1 MB/);
    routes.set('/streamed.yaml', { chunks: 10 });
    await expect(fetchPackText(`${base}/streamed.yaml`)).rejects.toThrow(/larger than 1 MB \(stopped reading\)/);
  });
});

describe('subscriptions', () => {
  it('subscribes, then updates only to a newer version that passes its checks', async () => {
    serve('/house.yaml', teamPack());
    const url = `${base}/house.yaml`;
    expect(await subscribeToUrl(url)).toMatchObject({ status: 'installed', id: 'acme/house' });
    expect((await installedPacks.getValue())['acme/house']).toMatchObject({ origin: 'url', url });

    expect(await refreshSubscription('acme/house')).toMatchObject({ status: 'unchanged' });

    // A broken new version: refused, the old one stays, the pack says why.
    serve('/house.yaml', teamPack({ version: '1.1.0', rules: [{ ...CIRCLE_BACK, examples: { ...CIRCLE_BACK.examples, flag: ['nothing'] } }] }));
    expect(await refreshSubscription('acme/house')).toMatchObject({ status: 'refused', reason: 'acme/house 1.1.0: 1 example failed' });
    expect((await installedPacks.getValue())['acme/house']).toMatchObject({ pack: { version: '1.0.0' }, lastError: 'acme/house 1.1.0: 1 example failed' });

    // The same version with other content is not an update.
    serve('/house.yaml', teamPack({ rules: [CIRCLE_BACK] }));
    expect(await refreshSubscription('acme/house')).toMatchObject({ status: 'refused', reason: /needs a new version/ });

    // The URL now serves another pack.
    serve('/house.yaml', teamPack({ id: 'evil/house', version: '9.0.0' }));
    expect(await refreshSubscription('acme/house')).toMatchObject({ status: 'refused', reason: `${url} now serves evil/house, not acme/house` });

    serve('/house.yaml', teamPack({ version: '1.2.0', rules: [CIRCLE_BACK, DEEP_DIVE] }));
    const [outcome] = await refreshAllSubscriptions();
    expect(outcome).toMatchObject({ status: 'updated', from: '1.0.0', to: '1.2.0', diff: { added: ['deep-dive'], removed: ['touch-base'] } });
    const record = (await installedPacks.getValue())['acme/house'];
    expect(record.lastError).toBeUndefined();
    expect(record.lastChange).toMatchObject({ from: '1.0.0', to: '1.2.0' });
    expect(requests.every((r) => r.cookie === undefined)).toBe(true);
  });

  it('keeps the installed pack when the server is gone', async () => {
    serve('/house.yaml', teamPack());
    await subscribeToUrl(`${base}/house.yaml`);
    routes.clear();
    expect(await refreshSubscription('acme/house')).toMatchObject({ status: 'refused', reason: /answered 404/ });
    expect((await loadActivePacks()).packs.map((p) => p.id)).toEqual(['acme/house']);
  });

  it('refuses a plain-http URL to another machine before any request', async () => {
    expect(await subscribeToUrl('http://packs.acme.example/house.yaml')).toMatchObject({
      status: 'refused',
      reason: 'a pack URL must start with https:// (got http://)',
    });
  });
});

describe('managed policy', () => {
  it('installs the listed packs locked on; the user cannot switch them off, remove or replace them', async () => {
    serve('/org.yaml', teamPack({ id: 'acme/org' }));
    serve('/optional.yaml', teamPack({ id: 'acme/optional' }));
    await fakeBrowser.storage.managed.set({
      packs: [{ url: `${base}/org.yaml`, locked: true }, `${base}/optional.yaml`],
      audience: 'consensus',
      lockAudience: true,
    });
    const state = await applyManagedPolicy(await readManagedPolicy());
    expect(state?.packs).toMatchObject([
      { url: `${base}/org.yaml`, locked: true, id: 'acme/org' },
      { url: `${base}/optional.yaml`, locked: false, id: 'acme/optional' },
    ]);
    const installed = await installedPacks.getValue();
    expect(installed['acme/org']).toMatchObject({ origin: 'managed', locked: true });
    expect(installed['acme/optional']).toMatchObject({ origin: 'managed' });
    expect(installed['acme/optional'].locked).toBeUndefined();
    expect(await audience.getValue()).toBe('consensus');

    expect(await setPackEnabled('acme/org', false)).toEqual({ ok: false, error: 'acme/org is locked on by your organisation' });
    expect(await setPackEnabled('acme/optional', false)).toEqual({ ok: true });
    expect(await removePack('acme/org')).toEqual({ ok: false, error: 'acme/org is managed by your organisation' });
    expect(await installPackSource(teamPack({ id: 'acme/org', version: '5.0.0' }), { file: 'mine.yaml', origin: 'file' })).toMatchObject({
      status: 'refused',
      reason: 'acme/org is managed by your organisation and can only be updated by its policy',
    });
    expect((await loadActivePacks()).packs.map((p) => p.id)).toEqual(['acme/org']);

    // The admin drops a pack from the policy: it goes.
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ packs: [`${base}/optional.yaml`] });
    await applyManagedPolicy(await readManagedPolicy());
    expect(Object.keys(await installedPacks.getValue())).toEqual(['acme/optional']);
    expect(await managedState.getValue()).toMatchObject({ lockAudience: false });
  });

  it('records a pack it could not fetch and installs it on a later run', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ url: `${base}/later.yaml`, locked: true }] });
    const first = await applyManagedPolicy(await readManagedPolicy());
    expect(first?.packs[0]).toMatchObject({ error: expect.stringMatching(/404/) });
    serve('/later.yaml', teamPack({ id: 'acme/later' }));
    await applyManagedPolicy(await readManagedPolicy());
    expect((await installedPacks.getValue())['acme/later']).toMatchObject({ origin: 'managed', locked: true });
  });

  it('keeps the valid recipient rules of the policy, normalised, for the content script and the options page', async () => {
    await fakeBrowser.storage.managed.set({
      audienceRules: [
        { pattern: '*.CO.JP', audience: 'consensus' },
        { pattern: 'not a pattern', audience: 'consensus' },
        { pattern: '@hq.example.com', audience: 'results-first' },
      ],
    });
    const state = await applyManagedPolicy(await readManagedPolicy());
    expect(state?.audienceRules).toEqual([
      { pattern: '*.co.jp', audience: 'consensus' },
      { pattern: 'hq.example.com', audience: 'results-first' },
    ]);
    expect((await managedState.getValue())?.audienceRules).toHaveLength(2);
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ audienceRules: [{ pattern: '*.jp', audience: 'Not An Audience' }] });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await readManagedPolicy()).toBeNull();
  });

  it('ignores an invalid policy', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.managed.set({ packs: 'https://x' });
    expect(await readManagedPolicy()).toBeNull();
  });
});
