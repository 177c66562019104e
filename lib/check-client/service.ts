/**
 * The engine's side of checking, run by the background (entrypoints/background.ts): it loads the
 * active packs and the learned models when it starts (at browser startup, and again when a page
 * connects after the worker was stopped), compiles the packs' regexes between requests, follows pack,
 * rule and severity changes through storage watchers, and answers every tab's requests over its
 * own port. A page's thread never runs the engine: a slow or hostile pack can make the background
 * late, never the page.
 */
import { analyze } from '../engine';
import type { AnalyzeResult } from '../engine/types';
import { loadLearned } from '../engine/learned/load';
import type { LearnedModel } from '../engine/learned/model';
import { warmPack } from '../packs/compile';
import type { ActivePacks } from '../storage/packs';
import { CHECK_PORT, isToEngine, type FromEngine, type ToEngine } from './protocol';

/** Longest slice of regex compiling before other messages get their turn. */
const WARM_SLICE_MS = 8;
/** The readers the learned layer has weights for (lib/engine/learned/weights). */
const LEARNED_READERS = ['consensus', 'results-first'];

export interface ServicePort {
  name: string;
  postMessage(message: FromEngine): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface ServiceDeps {
  loadActivePacks(): Promise<ActivePacks>;
  watchActivePacks(cb: (active: ActivePacks) => void): () => void;
  /** Listen for pages connecting (browser.runtime.onConnect). */
  onConnect(cb: (port: ServicePort) => void): void;
  loadLearned?: (reader: string) => Promise<LearnedModel | undefined>;
}

interface Queued {
  port: ServicePort;
  message: Extract<ToEngine, { type: 'check' }>;
}

export interface CheckService {
  /** Resolves when packs and models are loaded and warm. */
  ready(): Promise<void>;
  /** Analyse as a page would (for tests). */
  analyze(text: string, audience: string, locale: string): Promise<AnalyzeResult>;
  stop(): void;
}

export function startCheckService(deps: ServiceDeps): CheckService {
  let active: ActivePacks | null = null;
  const learned = new Map<string, LearnedModel>();
  // A new epoch per start: a page that reconnects to a restarted worker re-checks once.
  let epoch = Date.now();
  /** The learned models loaded (checks wait for them: findings depend on them). */
  let models: Promise<void> = Promise.resolve();
  /** All the packs' regexes compiled (checks do not wait: a regex compiles on first use). */
  let warm: Promise<void> = Promise.resolve();
  const ports = new Set<ServicePort>();
  /** Requests waiting for their turn, the newest per (port, field). */
  const queue = new Map<string, Queued>();
  const keys = new WeakMap<ServicePort, number>();
  let nextPortKey = 1;
  let draining = false;
  let stopped = false;

  const audiences = () => [...new Set([...LEARNED_READERS, ...(active?.packs ?? []).map((p) => p.audience).filter((a) => a !== 'any')])];
  const state = (): FromEngine => ({ type: 'state', epoch, audiences: audiences() });

  const loadModels = async () => {
    for (const reader of LEARNED_READERS) {
      if (learned.has(reader)) continue;
      const model = await (deps.loadLearned ?? loadLearned)(reader).catch(() => undefined);
      if (model) learned.set(reader, model);
    }
  };

  /**
   * Compile the packs' regexes a slice at a time, between requests: a check that comes first
   * compiles what its sentences need (in the background that costs the page nothing).
   */
  const warmUp = async (packs: ActivePacks['packs']) => {
    while (!packs.every((p) => warmPack(p, WARM_SLICE_MS))) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (active?.packs !== packs) return; // Newer packs arrived; their own warm-up goes on.
    }
  };

  const use = (next: ActivePacks) => {
    active = next;
    models = loadModels();
    warm = models.then(() => warmUp(next.packs));
    return models;
  };

  const loaded = deps.loadActivePacks().then(use);
  const unwatch = deps.watchActivePacks((next) => {
    void use(next).then(() => {
      epoch++;
      const message = state();
      for (const port of ports) post(port, message);
    });
  });

  function post(port: ServicePort, message: FromEngine): void {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // The tab went away meanwhile.
    }
  }

  async function run(text: string, audience: string, locale: string): Promise<AnalyzeResult> {
    await loaded;
    await models;
    const a = active!;
    return analyze(text, {
      packs: a.packs,
      audience,
      locale,
      learned: learned.get(audience),
      disabledRules: a.disabledRules,
      severityOverrides: a.severityOverrides,
    });
  }

  /**
   * One request at a time, newest per field: a request that waited while a newer one for the same
   * field arrived is answered "stale" without being checked (typing outran the engine).
   */
  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      // Let messages already queued on the ports arrive first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      while (queue.size > 0 && !stopped) {
        const [key, { port, message }] = queue.entries().next().value as [string, Queued];
        queue.delete(key);
        try {
          const result = await run(message.text, message.audience, message.locale);
          post(port, { type: 'result', id: message.id, result });
        } catch (error) {
          post(port, { type: 'error', id: message.id, message: String((error as Error)?.message ?? error) });
        }
        // Other tabs' requests and storage events get their turn between checks.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      draining = false;
    }
  }

  deps.onConnect((port) => {
    if (port.name !== CHECK_PORT || stopped) return;
    ports.add(port);
    keys.set(port, nextPortKey++);
    // The page learns the epoch and the readers as soon as packs are loaded.
    void loaded.then(() => post(port, state()));
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      const prefix = `${keys.get(port)}:`;
      for (const key of [...queue.keys()]) if (key.startsWith(prefix)) queue.delete(key);
    });
    port.onMessage.addListener((message) => {
      if (!isToEngine(message) || message.type === 'ping') return;
      const key = `${keys.get(port)}:${message.field}`;
      const older = queue.get(key);
      if (older) post(port, { type: 'stale', id: older.message.id });
      // Re-inserted at the end: requests are served in the order their fields last asked.
      queue.delete(key);
      queue.set(key, { port, message });
      void drain();
    });
  });

  return {
    ready: async () => {
      await loaded;
      await models;
      await warm;
    },
    analyze: run,
    stop() {
      stopped = true;
      unwatch();
      queue.clear();
      ports.clear();
    },
  };
}
