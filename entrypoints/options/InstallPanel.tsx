/**
 * Install a pack from a file (picked or dropped), from an https URL (a subscription), or from
 * pasted text. The background checks it (schema, then every example) and installs, updates or
 * refuses it; a refusal lists every problem with its line, column and field.
 */
import { useState, type DragEvent, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { i18n, type I18n } from '../../lib/i18n';
import { useI18n } from '../../lib/i18n/react';
import { LIMITS } from '../../lib/packs/schema';
import { checkPackUrl, formatBytes, originPattern } from '../../lib/storage/fetch';
import type { InstallOutcome } from '../../lib/storage/install';
import { sendPackRequest } from '../../lib/storage/messages';
import { Outcome } from './Outcome';

const refusedLocally = (reason: string): InstallOutcome => ({ status: 'refused', reason, errors: [] });

function tooBig(bytes: number, what: string, { t }: I18n = i18n('en')): InstallOutcome | null {
  return bytes > LIMITS.packBytes
    ? refusedLocally(t('install.tooBig', { what, size: formatBytes(bytes), max: formatBytes(LIMITS.packBytes) }))
    : null;
}

export function InstallPanel() {
  const words = useI18n();
  const { t } = words;
  const [busy, setBusy] = useState(false);
  // Numbered, so that every result is a new element (a repeated refusal is visibly new).
  const [shown, setShown] = useState<{ outcome: InstallOutcome; n: number } | null>(null);
  const setOutcome = (outcome: InstallOutcome | null) => setShown((s) => (outcome ? { outcome, n: (s?.n ?? 0) + 1 } : null));
  const [url, setUrl] = useState('');
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  /** The URL whose server sent no CORS headers: the user may grant access to its host. */
  const [needsAccess, setNeedsAccess] = useState<string | null>(null);

  async function run(task: () => Promise<InstallOutcome>): Promise<InstallOutcome> {
    setBusy(true);
    setOutcome(null);
    setNeedsAccess(null);
    try {
      const result = await task();
      setOutcome(result);
      return result;
    } catch (e) {
      const result = refusedLocally((e as Error).message);
      setOutcome(result);
      return result;
    } finally {
      setBusy(false);
    }
  }

  async function installFile(file: File) {
    // Refuse an oversized file before reading it.
    const big = tooBig(file.size, file.name, words);
    if (big) return setOutcome(big);
    await run(async () => sendPackRequest({ type: 'nemawashi:pack-install', source: await file.text(), file: file.name, origin: 'file' }));
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void installFile(file);
  }

  async function subscribe(e?: FormEvent) {
    e?.preventDefault();
    const checked = checkPackUrl(url);
    if (!checked.ok) return setOutcome(refusedLocally(checked.error));
    const result = await run(() => sendPackRequest({ type: 'nemawashi:pack-subscribe', url: checked.url.href }));
    if (result.status === 'refused' && result.network) setNeedsAccess(checked.url.href);
  }

  /** Host permission for one server, asked for at subscribe time and only when it is needed. */
  async function grantAccess() {
    if (!needsAccess) return;
    const granted = await browser.permissions.request({ origins: [originPattern(needsAccess)] });
    if (granted) await subscribe();
  }

  async function installPasted(e: FormEvent) {
    e.preventDefault();
    // A character is at least one byte: a long text is refused without encoding it.
    const big = tooBig(pasted.length > LIMITS.packBytes ? pasted.length : new TextEncoder().encode(pasted).length, t('install.pastedText'), words);
    if (big) return setOutcome(big);
    const result = await run(() => sendPackRequest({ type: 'nemawashi:pack-install', source: pasted, file: 'pasted pack', origin: 'paste' }));
    if (result.status === 'installed' || result.status === 'updated') setPasted('');
  }

  return (
    <section className="install" aria-labelledby="install-title" data-testid="install-panel">
      <h2 id="install-title">{t('install.title')}</h2>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        data-testid="install-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label>
          {t('install.drop')}{' '}
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,text/yaml"
            data-testid="install-file"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void installFile(file);
            }}
          />
        </label>
      </div>

      <form onSubmit={subscribe} className="row">
        <label htmlFor="install-url">{t('install.url')}</label>
        <input
          id="install-url"
          type="url"
          placeholder="https://example.com/packs/house-style.yaml"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          data-testid="install-url"
        />
        <button type="submit" disabled={busy || !url.trim()} data-testid="install-url-submit">
          {t('install.subscribe')}
        </button>
      </form>

      <form onSubmit={installPasted}>
        <label htmlFor="install-paste">{t('install.paste')}</label>
        <textarea
          id="install-paste"
          rows={6}
          spellCheck={false}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          data-testid="install-paste"
        />
        <button type="submit" disabled={busy || !pasted.trim()} data-testid="install-paste-submit">
          {t('install.pasteSubmit')}
        </button>
      </form>

      {busy && <p role="status">{t('install.busy')}</p>}
      {shown && (
        <Outcome key={shown.n} outcome={shown.outcome}>
          {needsAccess && (
            <p>
              {t('install.access', { host: new URL(needsAccess).host })}{' '}
              <button type="button" onClick={() => void grantAccess()} data-testid="install-grant">
                {t('install.allow')}
              </button>
            </p>
          )}
        </Outcome>
      )}
    </section>
  );
}
