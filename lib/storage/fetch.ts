/**
 * Fetching a pack by URL: the only network request the extension ever makes, and only to a URL
 * the user or the organisation gave. It runs in the background (service worker), without
 * cookies or referrer, and stops reading as soon as the body passes the pack size limit.
 */
import { LIMITS } from '../packs/schema';
import { readAtMost } from '../util/read-at-most';

const FETCH_TIMEOUT_MS = 20_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Subscription URLs must be https. Plain http is allowed only for this machine (127.0.0.1,
 * localhost), which is what tests and a pack author's local server use.
 */
export function checkPackUrl(input: string): { ok: true; url: URL } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: `"${input}" is not a URL` };
  }
  if (url.username || url.password) return { ok: false, error: 'a pack URL must not carry a user name or password' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url };
  return { ok: false, error: `a pack URL must start with https:// (got ${url.protocol}//)` };
}

/** The host permission that lets the background fetch from a server that sends no CORS headers. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export class PackFetchError extends Error {
  /** True when the request never got an answer (offline, DNS, or refused by CORS). */
  constructor(message: string, readonly network = false) {
    super(message);
  }
}

/** GET the pack's text. Throws PackFetchError with a message meant for the user. */
export async function fetchPackText(url: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const checked = checkPackUrl(url);
  if (!checked.ok) throw new PackFetchError(checked.error);
  let response: Response;
  try {
    response = await fetchImpl(checked.url.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (e) {
    const timeout = (e as Error).name === 'TimeoutError';
    throw new PackFetchError(
      timeout
        ? `${url}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : `${url}: could not be fetched (offline, or the server does not allow the request: see "Access to a server without CORS" in the help)`,
      !timeout,
    );
  }
  // A redirect must not leave https (or this machine).
  if (response.url && response.url !== checked.url.href) {
    const final = checkPackUrl(response.url);
    if (!final.ok) throw new PackFetchError(`${url} redirected to ${response.url}: ${final.error}`);
  }
  if (!response.ok) throw new PackFetchError(`${url}: the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > LIMITS.packBytes) {
    void response.body?.cancel();
    throw new PackFetchError(`${url}: the pack is ${formatBytes(declared)}; a pack is at most ${formatBytes(LIMITS.packBytes)}`);
  }
  return readLimited(response, url);
}

/** Read the body, giving up (and cancelling the download) once it passes the size limit. */
async function readLimited(response: Response, url: string): Promise<string> {
  if (!response.body) return '';
  const bytes = await readAtMost(
    response.body,
    LIMITS.packBytes,
    () => new PackFetchError(`${url}: the pack is larger than ${formatBytes(LIMITS.packBytes)} (stopped reading)`),
  );
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(1)} MB` : n >= 1000 ? `${Math.round(n / 1000)} KB` : `${n} bytes`;
}
