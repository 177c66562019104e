// @vitest-environment happy-dom
/**
 * Issue 10, hole 6: a suggestion is validated against the text just read, and refused (with a
 * re-check scheduled) when no fresh check could run, e.g. while packs are still compiling after an
 * install. Before, the finding was checked against the old text and applied at stale offsets:
 * "Could you send the report by Friday?r. You need to send the report by Friday."
 */
import { afterEach, expect, it, vi } from 'vitest';
import { FieldSession, type SessionHost } from '../../lib/session/field-session';
import type { EditorAdapter } from '../../lib/editors/types';
import type { AnalyzeResult, Finding } from '../../lib/engine/types';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const RULE = 'You need to send the report by Friday.';

/** A finding of RULE wherever it is, as the engine would give it. */
function analyzeFake(text: string): AnalyzeResult {
  const at = text.indexOf(RULE);
  const findings: Finding[] =
    at < 0
      ? []
      : [
          {
            rule: 'you-need-to', pack: 'test/mini', category: 'imposition', severity: 'warning', scope: 'span',
            start: at, end: at + RULE.length, text: RULE, message: 'm', why: 'w',
            suggestions: ['Could you send the report by Friday?'],
          } as Finding,
        ];
  return { findings, friction: 0, clarity: 100 } as AnalyzeResult;
}

function setup(initial = RULE, analyze: SessionHost['analyze'] = analyzeFake) {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  let value = initial;
  const replaced: [number, number, string][] = [];
  // A plain-text editor: the adapter reads and replaces a string (the DOM shows it).
  const adapter: EditorAdapter = {
    kind: 'contenteditable',
    find: () => null,
    read: () => ({ text: value }),
    replace: async (_root, start, end, replacement) => {
      replaced.push([start, end, replacement]);
      value = value.slice(0, start) + replacement + value.slice(end);
      return true;
    },
  };
  let ready = true;
  const host: SessionHost = {
    painter: { paint: () => {}, clear: () => {} } as unknown as SessionHost['painter'],
    mirrorLayer: document.createElement('div'),
    analyze,
    changed: () => {},
    ready: () => ready,
  };
  const session = new FieldSession({ root, adapter } as never, host);
  return {
    session,
    replaced,
    get value() {
      return value;
    },
    set value(v: string) {
      value = v;
    },
    setReady: (r: boolean) => (ready = r),
  };
}

it('refuses to apply while no fresh check can run, and the text stays as the user wrote it', async () => {
  const f = setup();
  f.session.check(true);
  const [finding] = f.session.findings;
  expect(finding.start).toBe(0);
  // The user types a greeting in front; then packs start compiling (an install), so checks wait.
  f.value = `Hi Aiko, thanks for yesterday. ${RULE}`;
  f.setReady(false);
  expect(await f.session.apply(finding, finding.suggestions[0])).toBe(false);
  expect(f.replaced).toEqual([]);
  expect(f.value).toBe(`Hi Aiko, thanks for yesterday. ${RULE}`);
});

it('applies at the fresh offsets once a check has run on the text just read', async () => {
  const f = setup();
  f.session.check(true);
  const [finding] = f.session.findings;
  f.value = `Hi Aiko, thanks for yesterday. ${RULE}`;
  expect(await f.session.apply(finding, finding.suggestions[0])).toBe(true);
  expect(f.value).toBe('Hi Aiko, thanks for yesterday. Could you send the report by Friday?');
});

it('refuses when the words under the finding are no longer the ones it was about', async () => {
  const f = setup();
  f.session.check(true);
  const [finding] = f.session.findings;
  f.value = RULE.replace('Friday', 'Monday');
  expect(await f.session.apply(finding, finding.suggestions[0])).toBe(false);
  expect(f.replaced).toEqual([]);
});

it('checks a giant draft around the caret, and applies at the offsets of the whole draft', async () => {
  const filler = Array.from({ length: 3000 }, (_, i) => `Line ${i} of a pasted log, nothing to see here.`).join('\n');
  const seen: number[] = [];
  // The caret is unknown to this plain adapter (no selection): the part at the top is checked.
  const f = setup(`${RULE}\n${filler}`, (text) => {
    seen.push(text.length);
    return analyzeFake(text);
  });
  f.session.check(true);
  await vi.waitFor(() => expect(f.session.findings).toHaveLength(1));
  expect(Math.max(...seen)).toBeLessThan(40_000);
  expect(f.session.part).not.toBeNull();
  const [finding] = f.session.findings;
  expect(await f.session.apply(finding, finding.suggestions[0])).toBe(true);
  expect(f.value.startsWith('Could you send the report by Friday?\nLine 0')).toBe(true);
  expect(f.value.length).toBe(`${RULE}\n${filler}`.length - RULE.length + 'Could you send the report by Friday?'.length);
});
