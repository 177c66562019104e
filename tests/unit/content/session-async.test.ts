// @vitest-environment happy-dom
/**
 * FieldSession with an engine that answers later (the background): the indicator stays busy
 * until the answer is painted, an answer for text typed over since is dropped, an older check's
 * answer never replaces a newer one's, a stale answer is dropped quietly, and apply waits for a
 * fresh check before it touches changed text.
 */
import { afterEach, expect, it, vi } from 'vitest';
import type { AnalyzeResult } from '../../../lib/engine/types';
import { fakeAnalyze, session } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

/** An engine whose answers the test releases by hand. */
function deferred() {
  const calls: { text: string; resolve: (r: AnalyzeResult) => void; reject: (e: unknown) => void }[] = [];
  const analyze = (text: string) =>
    new Promise<AnalyzeResult>((resolve, reject) => {
      calls.push({ text, resolve, reject });
    });
  return { calls, analyze };
}

it('stays pending until the answer arrives, then paints it and counts the check', async () => {
  const engine = deferred();
  const checked = vi.fn();
  const s = session('You need to send it.', engine.analyze, { checked });
  s.check(true);
  expect(s.pending).toBe(true);
  expect(s.findings).toHaveLength(0);
  engine.calls[0].resolve(fakeAnalyze(engine.calls[0].text));
  await vi.waitFor(() => expect(s.findings).toHaveLength(1));
  expect(s.pending).toBe(false);
  expect(checked).toHaveBeenCalledTimes(1);
});

it('drops an older check answered after a newer one', async () => {
  const engine = deferred();
  const s = session('You need to send it.', engine.analyze);
  s.check(true);
  s.root.textContent = 'Could you send it?';
  await tick(); // the field's mutation observer has seen the edit (it schedules a check)
  s.check(true);
  engine.calls[1].resolve(fakeAnalyze(engine.calls[1].text));
  await vi.waitFor(() => expect(s.pending).toBe(false));
  engine.calls[0].resolve(fakeAnalyze(engine.calls[0].text));
  await new Promise((r) => setTimeout(r, 0));
  expect(s.text).toBe('Could you send it?');
  expect(s.findings).toHaveLength(0);
});

it('drops an answer about text that was typed over meanwhile (the scheduled check brings the new one)', async () => {
  const engine = deferred();
  const s = session('You need to send it.', engine.analyze);
  s.check(true);
  s.root.textContent = 'Could you send it?';
  s.schedule(10_000); // an input event came in
  engine.calls[0].resolve(fakeAnalyze(engine.calls[0].text));
  await new Promise((r) => setTimeout(r, 0));
  expect(s.findings).toHaveLength(0);
  expect(s.pending).toBe(true);
  s.dispose();
});

it('drops a stale answer without a warning; a failing engine shows no findings and warns once', async () => {
  const engine = deferred();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const s = session('You need to send it.', engine.analyze);
  s.check(true);
  engine.calls[0].reject(Object.assign(new Error('superseded'), { stale: true }));
  await new Promise((r) => setTimeout(r, 0));
  expect(warn).not.toHaveBeenCalled();
  expect(s.pending).toBe(true);
  s.check(true);
  engine.calls[1].reject(new Error('engine broke'));
  await vi.waitFor(() => expect(s.pending).toBe(false));
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

it('apply on changed text waits for the fresh check and applies at the new offsets', async () => {
  const engine = deferred();
  const s = session('You need to send it.', (text) => {
    const p = engine.analyze(text);
    // The engine answers a moment later.
    setTimeout(() => engine.calls.at(-1)!.resolve(fakeAnalyze(text)), 5);
    return p;
  });
  await s.checkNow();
  const f = s.findings[0];
  s.root.textContent = 'Hello. You need to send it.';
  await tick();
  expect(await s.apply(f, 'Could you')).toBe(true);
  expect(s.root.textContent).toBe('Hello. Could you send it.');
});

it('hideRule takes a rule\'s findings away at once', () => {
  const s = session('You need to send it. You need to call.');
  s.check(true);
  expect(s.findings).toHaveLength(2);
  s.hideRule('test/mini/you-need-to');
  expect(s.findings).toHaveLength(0);
});
