/**
 * Fetching a pack by URL: the only network request the extension ever makes, and only to a URL
 * the user or the organisation gave. It runs in the background (service worker), without
 * cookies or referrer, and stops reading as soon as the body passes the pack size limit.
 */
import { LIMITS } from '../packs/schema';
import { readAtMost } from '../util/read-at-most';

/** The whole download, redirects and body included. */
export const FETCH_TIMEOUT_MS = 20_000;
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

/** Redirects followed at most (each hop checked). */
export const MAX_REDIRECTS = 5;

/**
 * GET the pack's text. Throws PackFetchError with a message meant for the user, whatever went
 * wrong (a body that stalls and times out while it is read included): callers can rely on it.
 *
 * Redirects are followed one hop at a time, and every hop must itself be an allowed pack URL
 * (https, or this machine): https -> http -> https is refused at the http hop. Where the browser
 * hides a redirect's target (an "opaqueredirect" answer: Chromium does so in an extension's
 * service worker, and follows https -> http -> https silently), the hops cannot be checked, so a
 * redirect is refused there, naming the address it ends at for the user to subscribe to instead.
 */
export async function fetchPackText(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  const checked = checkPackUrl(url);
  if (!checked.ok) throw new PackFetchError(checked.error);
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (e: unknown) => (e as Error)?.name === 'TimeoutError' || signal.aborted;
  const init: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache', signal };
  let current = checked.url;
  let response: Response;
  try {
    for (let hop = 0; ; hop++) {
      response = await fetchImpl(current.href, { ...init, redirect: 'manual' });
      if (response.type === 'opaqueredirect') {
        // The browser hides where a redirect goes (so in an extension's service worker), and
        // follows an https -> http -> https chain without a word: the steps cannot be checked.
        // Learn where it ends, and refuse, naming that address (the user can subscribe to it).
        const followed = await fetchImpl(current.href, { ...init, redirect: 'follow' });
        void followed.body?.cancel();
        const end = checkPackUrl(followed.url || current.href);
        throw new PackFetchError(
          end.ok
            ? `${url} redirects to ${followed.url}; the browser hides the steps in between, so it cannot be checked that each one is https: subscribe to ${followed.url} instead`
            : `${url} redirected to ${followed.url}: ${end.error}`,
        );
      }
      const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (!location) break;
      void response.body?.cancel();
      if (hop >= MAX_REDIRECTS) throw new PackFetchError(`${url}: more than ${MAX_REDIRECTS} redirects`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new PackFetchError(`${url}: redirected to an address that is not a URL`);
      }
      const hopCheck = checkPackUrl(next.href);
      if (!hopCheck.ok) throw new PackFetchError(`${url} redirected to ${next.href}: ${hopCheck.error}`);
      current = hopCheck.url;
    }
  } catch (e) {
    if (e instanceof PackFetchError) throw e;
    throw new PackFetchError(
      timedOut(e)
        ? `${url}: no answer within ${timeoutMs / 1000} s`
        : `${url}: could not be fetched (offline, or the server does not allow the request: see "Access to a server without CORS" in the help)`,
      !timedOut(e),
    );
  }
  // Where the browser followed redirects itself, the end must not leave https (or this machine).
  if (response.url && response.url !== current.href) {
    const final = checkPackUrl(response.url);
    if (!final.ok) throw new PackFetchError(`${url} redirected to ${response.url}: ${final.error}`);
  }
  if (!response.ok) throw new PackFetchError(`${url}: the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > LIMITS.packBytes) {
    void response.body?.cancel();
    throw new PackFetchError(`${url}: the pack is ${formatBytes(declared)}; a pack is at most ${formatBytes(LIMITS.packBytes)}`);
  }
  try {
    return await readLimited(response, url);
  } catch (e) {
    if (e instanceof PackFetchError) throw e;
    // The body stalled past the timeout, or the connection dropped while it was read.
    throw new PackFetchError(
      timedOut(e) ? `${url}: the pack did not arrive within ${timeoutMs / 1000} s` : `${url}: the download broke off (${(e as Error)?.message ?? e})`,
    );
  }
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
