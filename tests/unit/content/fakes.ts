/** A CheckClient stand-in for the features' tests: answers with fakeAnalyze, counts requests. */
import type { CheckClient, EngineState } from '../../../lib/check-client/client';
import { fakeAnalyze } from './helpers';

export function fakeClient() {
  const states = new Set<(s: EngineState, changed: boolean) => void>();
  const requests: { field: number; text: string; audience: string; locale: string }[] = [];
  const client = {
    audiences: ['consensus', 'results-first', 'team'],
    warmOn: false,
    shut: false,
    open() {},
    setKeepWarm(on: boolean) {
      client.warmOn = on;
    },
    async check(field: number, text: string, audience: string, locale: string) {
      requests.push({ field, text, audience, locale });
      return fakeAnalyze(text);
    },
    onState(cb: (s: EngineState, changed: boolean) => void) {
      states.add(cb);
      return () => states.delete(cb);
    },
    close() {
      client.shut = true;
    },
  };
  return {
    client: client as unknown as CheckClient & typeof client,
    requests,
    /** The background's packs or rules changed. */
    engineChanged: () => states.forEach((cb) => cb({ type: 'state', epoch: 2, audiences: client.audiences }, true)),
  };
}
