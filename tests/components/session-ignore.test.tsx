// @vitest-environment happy-dom
/**
 * Ignore is remembered for the draft across a reload, by a key that never holds the draft's
 * words, and forgotten once the draft is sent (forgetIgnored).
 */
import { afterEach, expect, it } from 'vitest';
import { FieldSession, type SessionHost } from '../../lib/session/field-session';
import type { EditorAdapter } from '../../lib/editors/types';
import type { AnalyzeResult, Finding } from '../../lib/engine/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const TEXT = 'You need to send the confidential Osaka forecast by Friday.';

function analyze(text: string): AnalyzeResult {
  const finding = {
    rule: 'you-need-to', pack: 'test/mini', category: 'imposition', severity: 'warning', scope: 'span',
    start: 0, end: text.length, text, message: 'm', why: 'w', suggestions: ['Could you send the confidential Osaka forecast by Friday?'],
  } as Finding;
  return { findings: text ? [finding] : [], friction: 0, clarity: 100, tips: [] } as AnalyzeResult;
}

/** A store as the checker keeps it (hashed key -> expiry), shared by "page loads". */
function store() {
  const keys = new Map<string, number>();
  return {
    keys,
    has: (k: string) => keys.has(k),
    add: (k: string) => void keys.set(k, 1),
    delete: (ks: Iterable<string>) => {
      for (const k of ks) keys.delete(k);
    },
  };
}

function open(remembered: ReturnType<typeof store>) {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  const adapter: EditorAdapter = { kind: 'contenteditable', find: () => null, read: () => ({ text: TEXT }), replace: async () => true };
  const host: SessionHost = {
    painter: { paint: () => {}, clear: () => {} } as unknown as SessionHost['painter'],
    mirrorLayer: document.createElement('div'),
    analyze,
    changed: () => {},
    remembered,
  };
  const session = new FieldSession({ adapter, root }, host);
  session.check(true);
  return session;
}

it('survives a reload, holds no words, and is forgotten when the draft is sent', () => {
  const remembered = store();
  const first = open(remembered);
  expect(first.findings).toHaveLength(1);
  first.ignore(first.findings[0]);
  expect(first.findings).toHaveLength(0);
  expect(remembered.keys.size).toBe(1);
  const key = [...remembered.keys.keys()][0];
  for (const word of TEXT.toLowerCase().split(/\W+/).filter((w) => w.length > 2)) expect(key.toLowerCase()).not.toContain(word);
  first.dispose();

  // The page is reloaded: a new session over the same draft still has it ignored.
  const again = open(remembered);
  expect(again.findings).toHaveLength(0);
  // Sent: forgotten, so the next draft at this address starts clean.
  again.forgetIgnored();
  expect(remembered.keys.size).toBe(0);
  again.dispose();
  expect(open(remembered).findings).toHaveLength(1);
});

it('is per draft: the same words in a draft at another address are still flagged', () => {
  const remembered = store();
  const first = open(remembered);
  first.ignore(first.findings[0]);
  first.dispose();
  history.replaceState(null, '', '/another-draft?id=2');
  expect(open(remembered).findings).toHaveLength(1);
});
