/**
 * The background's wiring with fakeBrowser: the refresh alarm, the managed policy applied when it
 * changes, subscriptions re-fetched when the alarm fires.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { installedPacks } from '../../lib/storage/items';
import { installPackSource, subscribeToUrl } from '../../lib/storage/manage';
import { PACK_FORMAT } from '../../lib/packs/ready';
import { teamPack } from './storage-fixtures';

vi.mock('../../lib/packs/builtin-data', () => ({ builtinReadyPacks: () => [], builtinPackSources: async () => ({}) }));

const files = new Map<string, string>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = files.get(req.url!);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

beforeEach(() => {
  fakeBrowser.reset();
  files.clear();
  // fakeBrowser has no ports; the check service only listens for pages here.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
});

it('keeps a refresh alarm, applies the managed policy when it changes, and refreshes on the alarm', async () => {
  background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('nemawashi:refresh-packs')).toMatchObject({ periodInMinutes: 360 }));

  files.set('/org.yaml', teamPack({ id: 'acme/org' }));
  await fakeBrowser.storage.managed.set({ packs: [{ url: `${base}/org.yaml`, locked: true }], refreshMinutes: 60 });
  await vi.waitFor(async () => expect((await installedPacks.getValue())['acme/org']).toMatchObject({ origin: 'managed', locked: true }));
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('nemawashi:refresh-packs')).toMatchObject({ periodInMinutes: 60 }));

  files.set('/mine.yaml', teamPack({ id: 'acme/mine' }));
  await subscribeToUrl(`${base}/mine.yaml`);
  files.set('/mine.yaml', teamPack({ id: 'acme/mine', version: '1.0.1' }));
  files.set('/org.yaml', teamPack({ id: 'acme/org', version: '2.0.0' }));
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'nemawashi:refresh-packs', scheduledTime: Date.now() });
  await vi.waitFor(async () => {
    const installed = await installedPacks.getValue();
    expect(installed['acme/mine'].pack.version).toBe('1.0.1');
    expect(installed['acme/org'].pack.version).toBe('2.0.0');
  });
});

it('after an update, stores installed packs ready again (an older engine\'s form is not read at every start)', async () => {
  await installPackSource(teamPack({ id: 'acme/team' }), { file: 'team.yaml', origin: 'file' });
  const record = (await installedPacks.getValue())['acme/team'];
  expect(record.ready?.format).toBe(PACK_FORMAT);
  await installedPacks.setValue({ 'acme/team': { ...record, ready: { format: 'an older engine', prefilters: {} } } });
  background.main();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
  await vi.waitFor(async () => expect((await installedPacks.getValue())['acme/team'].ready?.format).toBe(PACK_FORMAT));
});
