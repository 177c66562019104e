/**
 * Share links: the whole assignment (or course) travels in the link's fragment, deflated and
 * base64url-encoded, e.g. `chrome-extension://<id>/practice.html#share=...`. A fragment is never
 * sent to any server, and no server is involved: the practice page decodes it locally. Decoding
 * is size-capped, so a hostile link cannot inflate into gigabytes.
 */
import { loadPractice, type PracticeLoadResult } from './load';
import type { Assignment, Course } from './schema';
import { readAtMost } from '../util/read-at-most';

export const SHARE_PARAM = 'share';
/** Largest decoded payload accepted (an assignment is a few kilobytes). */
export const MAX_SHARED_BYTES = 512 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  return readAtMost(stream, limit, () => new Error(`the shared assignment is larger than ${limit / 1024} KB`));
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as BlobPart]).stream().pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>);
}

/** The fragment payload (without `#share=`) for an assignment or a course. */
export async function encodeShare(file: Assignment | Course): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  return toBase64Url(await collect(through(json, new CompressionStream('deflate-raw')), Infinity));
}

/** A full share link: `base` is the practice page's URL. */
export async function shareLink(base: string, file: Assignment | Course): Promise<string> {
  return `${base.split('#')[0]}#${SHARE_PARAM}=${await encodeShare(file)}`;
}

/** The payload of a link, a bare fragment (`#share=...`) or the payload itself; null if none. */
export function sharePayload(input: string): string | null {
  const text = input.trim();
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const param = new URLSearchParams(hash).get(SHARE_PARAM);
  if (param) return param;
  return /^[A-Za-z0-9_-]{16,}$/.test(hash) ? hash : null;
}

/** Decode a share link (or fragment, or payload) and validate what it carries. */
export async function decodeShare(input: string): Promise<PracticeLoadResult> {
  const fail = (message: string): PracticeLoadResult => ({ ok: false, errors: [{ file: 'link', line: 1, column: 1, path: '', message }] });
  const payload = sharePayload(input);
  if (!payload) return fail('this is not a Nemawashi share link (no #share= part)');
  let json: string;
  try {
    const bytes = await collect(through(fromBase64Url(payload), new DecompressionStream('deflate-raw')), MAX_SHARED_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    const message = (e as Error).message;
    return fail(message.includes('larger than') ? message : 'the link is damaged (was it cut short when copied?)');
  }
  return loadPractice(json, 'link');
}

/** Pasted text: a share link (or its fragment) when it is one, else YAML or JSON. */
export function readPracticeText(text: string, file = 'pasted text'): Promise<PracticeLoadResult> {
  const trimmed = text.trim();
  const oneLine = !/\s/.test(trimmed);
  const isLink = oneLine && (trimmed.includes(`#${SHARE_PARAM}=`) || /^[a-z-]+:\/\//i.test(trimmed) || sharePayload(trimmed) !== null);
  return isLink ? decodeShare(trimmed) : Promise.resolve(loadPractice(text, file));
}
