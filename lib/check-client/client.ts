/**
 * The page's side of checking: sends a field's text to the background over a long-lived port and
 * hands back the findings. The port is opened when a field gets focus and re-opened if the
 * background went away (an idle service worker is stopped; a request then reconnects it). While
 * a field is open the client pings now and then so that the engine stays warm.
 */
import type { AnalyzeResult } from '../engine/types';
import type { FromEngine, ToEngine } from './protocol';

/** The slice of runtime.Port the client needs (WXT's fake browser and the real one both fit). */
export interface PortLike {
  postMessage(message: ToEngine): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: FromEngine) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/** The request was superseded by a newer one for the same field: its result would be stale. */
export class StaleCheck extends Error {
  /** FieldSession drops answers marked stale without a warning. */
  readonly stale = true;
  constructor() {
    super('superseded by a newer check');
  }
}

export type EngineState = Extract<FromEngine, { type: 'state' }>;

/** A service worker stopped when idle for 30 s; a message on the port keeps it alive. */
export const KEEP_WARM_MS = 20_000;

/**
 * A request is sent again when the port drops before the answer, after a pause that doubles each
 * time (0, 0.1, 0.2 ... 3.2 s; about 12 s in all): a background that is still starting (Firefox's
 * background page loading its scripts right after an install or update; a service worker
 * restarting) refuses the first connections, and one retry was not always enough.
 */
export const MAX_SENDS = 8;
export const retryDelayMs = (sends: number): number => (sends <= 1 ? 0 : 100 * 2 ** (sends - 2));

interface Pending {
  message: Extract<ToEngine, { type: 'check' }>;
  resolve(result: AnalyzeResult): void;
  reject(error: Error): void;
  /** How many times it was sent. */
  sends: number;
}

export class CheckClient {
  private port: PortLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly stateListeners = new Set<(state: EngineState, changed: boolean) => void>();
  private epoch = -1;
  private keepWarm: ReturnType<typeof setInterval> | undefined;
  private closed = false;
  /** The readers the active packs serve (from the last state message). */
  audiences: string[] = [];

  constructor(private readonly connect: () => PortLike) {}

  /** Open the port (the background starts warming the engine if it has not yet). */
  open(): void {
    if (this.port || this.closed) return;
    const port = this.connect();
    this.port = port;
    port.onMessage.addListener((m) => this.receive(m));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      // The background went away (stopped, still starting, or the extension reloaded): send what
      // was waiting again over a new port, after a pause that grows; MAX_SENDS losses fail it.
      const waiting = [...this.pending.values()];
      if (this.closed || waiting.length === 0) return;
      const retry = waiting.filter((p) => p.sends < MAX_SENDS);
      for (const p of waiting) if (p.sends >= MAX_SENDS) this.fail(p, new Error('the checking engine went away'));
      if (retry.length === 0) return;
      const resend = () => {
        if (this.closed) return;
        try {
          this.open();
          for (const p of retry) {
            if (this.pending.get(p.message.id) !== p) continue;
            p.sends++;
            this.port?.postMessage(p.message);
          }
        } catch (error) {
          for (const p of retry) this.fail(p, error as Error);
        }
      };
      const delay = retryDelayMs(Math.max(...retry.map((p) => p.sends)));
      if (delay === 0) resend();
      else setTimeout(resend, delay);
    });
  }

  /** Keep the engine warm (while a compose window is open) or let it sleep. */
  setKeepWarm(on: boolean): void {
    if (on && !this.keepWarm && !this.closed) {
      this.keepWarm = setInterval(() => {
        try {
          this.open();
          this.port?.postMessage({ type: 'ping' });
        } catch {
          // The extension was reloaded: this page's script is an orphan; nothing to keep warm.
        }
      }, KEEP_WARM_MS);
    } else if (!on && this.keepWarm) {
      clearInterval(this.keepWarm);
      this.keepWarm = undefined;
    }
  }

  /** Check one field's text. Rejects with StaleCheck when a newer request for the field came first. */
  check(field: number, text: string, audience: string, locale: string): Promise<AnalyzeResult> {
    if (this.closed) return Promise.reject(new Error('closed'));
    return new Promise<AnalyzeResult>((resolve, reject) => {
      const message = { type: 'check' as const, id: this.nextId++, field, text, audience, locale };
      this.pending.set(message.id, { message, resolve, reject, sends: 1 });
      try {
        this.open();
        this.port!.postMessage(message);
      } catch (error) {
        this.pending.delete(message.id);
        reject(error as Error);
      }
    });
  }

  /**
   * Called with the engine's state on connect and whenever the packs or rules change (`changed`:
   * not the first state this page heard, so what it shows may be out of date).
   */
  onState(listener: (state: EngineState, changed: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.setKeepWarm(false);
    for (const p of [...this.pending.values()]) this.fail(p, new StaleCheck());
    const port = this.port;
    this.port = null;
    port?.disconnect();
  }

  private fail(p: Pending, error: Error): void {
    this.pending.delete(p.message.id);
    p.reject(error);
  }

  private receive(m: FromEngine): void {
    if (m.type === 'state') {
      this.audiences = m.audiences;
      // A reconnect to a background that kept running repeats the epoch: nothing changed.
      if (m.epoch === this.epoch) return;
      const changed = this.epoch !== -1;
      this.epoch = m.epoch;
      for (const l of this.stateListeners) l(m, changed);
      return;
    }
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.result);
    else if (m.type === 'stale') p.reject(new StaleCheck());
    else p.reject(new Error(m.message));
  }
}
