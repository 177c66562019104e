// @vitest-environment happy-dom
/**
 * The page's client and the background's service over a port: answers reach the request that
 * asked, a newer request for the same field supersedes a waiting one, a stopped background is
 * reconnected and the request sent again, several tabs are served, and a change of packs or rules
 * reaches every page as a new epoch.
 */
import { describe, expect, it, vi } from 'vitest';
import { CheckClient, MAX_SENDS, retryDelayMs, StaleCheck } from '../../../lib/check-client/client';
import { isToEngine } from '../../../lib/check-client/protocol';
import { startCheckService, type ServicePort } from '../../../lib/check-client/service';
import type { ActivePacks } from '../../../lib/storage/packs';
import { portPair } from './helpers';

const NO_PACKS: ActivePacks = { packs: [], disabledRules: new Set(), severityOverrides: {} };

function service() {
  let connect: (port: ServicePort) => void = () => {};
  let changed: (a: ActivePacks) => void = () => {};
  const svc = startCheckService({
    loadActivePacks: async () => NO_PACKS,
    watchActivePacks: (cb) => {
      changed = cb;
      return () => {};
    },
    onConnect: (cb) => (connect = cb),
    loadLearned: async () => undefined,
  });
  const client = () => {
    const ports: ReturnType<typeof portPair>[] = [];
    const c = new CheckClient(() => {
      const pair = portPair();
      ports.push(pair);
      connect(pair.engine);
      return pair.page;
    });
    return { c, ports };
  };
  return { svc, client, changePacks: (a: ActivePacks) => changed(a) };
}

describe('check client and service', () => {
  it('answers a check with the engine result for that text', async () => {
    const { client } = service();
    const { c } = client();
    const result = await c.check(1, 'You need to send the report by Friday.', 'consensus', 'en');
    expect(result).toHaveProperty('findings');
    expect(typeof result.friction).toBe('number');
    c.close();
  });

  it('answers "stale" to a waiting request a newer one for the same field replaced; other fields are kept', async () => {
    const { client } = service();
    const { c } = client();
    const first = c.check(1, 'One.', 'consensus', 'en');
    const second = c.check(1, 'One two.', 'consensus', 'en');
    const other = c.check(2, 'Other field.', 'consensus', 'en');
    await expect(first).rejects.toBeInstanceOf(StaleCheck);
    await expect(second).resolves.toHaveProperty('findings');
    await expect(other).resolves.toHaveProperty('findings');
    c.close();
  });

  it('serves several tabs at once', async () => {
    const { client } = service();
    const a = client().c;
    const b = client().c;
    const [ra, rb] = await Promise.all([a.check(1, 'Hello there.', 'consensus', 'en'), b.check(1, 'Hello there.', 'results-first', 'en')]);
    expect(Array.isArray(ra.findings) && Array.isArray(rb.findings)).toBe(true);
    a.close();
    b.close();
  });

  it('sends a waiting request again when the background went away, over a new port', async () => {
    const { client } = service();
    const { c, ports } = client();
    const pending = c.check(1, 'Hello.', 'consensus', 'en');
    ports[0].disconnect();
    await expect(pending).resolves.toHaveProperty('findings');
    expect(ports).toHaveLength(2);
    c.close();
  });

  it('keeps sending to a background that is still starting, pausing longer each time', async () => {
    vi.useFakeTimers();
    try {
      const { client } = service();
      const { c, ports } = client();
      const pending = c.check(1, 'Hello.', 'consensus', 'en');
      // The first connections are refused (Firefox's background page still loading its scripts).
      ports[0].disconnect();
      expect(ports).toHaveLength(2); // the first resend goes at once
      ports[1].disconnect();
      await vi.advanceTimersByTimeAsync(retryDelayMs(2) - 1);
      expect(ports).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(ports).toHaveLength(3);
      ports[2].disconnect();
      await vi.advanceTimersByTimeAsync(retryDelayMs(3));
      expect(ports).toHaveLength(4);
      await vi.advanceTimersByTimeAsync(10);
      await expect(pending).resolves.toHaveProperty('findings');
      c.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives a request up after MAX_SENDS lost ports', async () => {
    vi.useFakeTimers();
    try {
      const ports: ReturnType<typeof portPair>[] = [];
      const c = new CheckClient(() => {
        const pair = portPair(); // nobody answers on it
        ports.push(pair);
        return pair.page;
      });
      const lost = c.check(1, 'Hello.', 'consensus', 'en');
      const failed = expect(lost).rejects.toThrow(/went away/);
      for (let i = 1; i <= MAX_SENDS; i++) {
        expect(ports).toHaveLength(i);
        ports.at(-1)!.disconnect();
        await vi.advanceTimersByTimeAsync(retryDelayMs(i + 1));
      }
      await failed;
      expect(ports).toHaveLength(MAX_SENDS);
      c.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells every page when the packs or rules change (a new epoch), not on the first state', async () => {
    const { client, changePacks, svc } = service();
    const { c } = client();
    const seen = vi.fn();
    c.onState((s, changed) => seen(changed, s.audiences));
    c.open();
    await svc.ready();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(false, ['consensus', 'results-first']));
    changePacks({ ...NO_PACKS, disabledRules: new Set(['core/x']) });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(true, expect.any(Array)));
    c.close();
  });

  it('keeps the background warm with pings while asked to', async () => {
    vi.useFakeTimers();
    try {
      const pair = portPair();
      const c = new CheckClient(() => pair.page);
      c.setKeepWarm(true);
      vi.advanceTimersByTime(45_000);
      expect(pair.sent.filter((m) => m.type === 'ping')).toHaveLength(2);
      c.setKeepWarm(false);
      vi.advanceTimersByTime(45_000);
      expect(pair.sent.filter((m) => m.type === 'ping')).toHaveLength(2);
      c.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses malformed requests (a page shares no channel with us, but be strict)', () => {
    expect(isToEngine({ type: 'check', id: 1, field: 1, text: 'x', audience: 'consensus', locale: 'en' })).toBe(true);
    expect(isToEngine({ type: 'check', id: '1', field: 1, text: 'x', audience: 'consensus', locale: 'en' })).toBe(false);
    expect(isToEngine({ type: 'check', id: 1, field: 1, text: 'x'.repeat(200_001), audience: 'consensus', locale: 'en' })).toBe(false);
    expect(isToEngine({ type: 'eval', code: '1' })).toBe(false);
  });
});
