/** Share links: the assignment travels in the fragment, compressed; decoding is checked and capped. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPractice } from '../../lib/practice/load';
import type { Assignment, Course } from '../../lib/practice/schema';
import { decodeShare, encodeShare, MAX_SHARED_BYTES, readPracticeText, shareLink, sharePayload } from '../../lib/practice/share';

const DIR = path.resolve(__dirname, '../../examples/assignments');
function example<T>(file: string): T {
  const r = loadPractice(readFileSync(path.join(DIR, file), 'utf8'), file);
  if (!r.ok) throw new Error(file);
  return (r.type === 'course' ? r.course : r.assignment) as T;
}
const assignment = example<Assignment>('announce-launch-move.yaml');
const course = example<Course>('course.yaml');
const BASE = 'chrome-extension://abcdefghijklmnop/practice.html';

async function deflate(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(out).toString('base64url');
}

describe('share links', () => {
  it('round-trips an assignment through a link, and it is short enough to paste', async () => {
    const link = await shareLink(BASE, assignment);
    expect(link.startsWith(`${BASE}#share=`)).toBe(true);
    expect(link).toMatch(/^[\w:/.-]+#share=[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(JSON.stringify(assignment).length);
    const back = await decodeShare(link);
    expect(back.ok && back.type === 'assignment' && back.assignment).toEqual(assignment);
  });

  it('round-trips a whole course', async () => {
    const back = await decodeShare(`#share=${await encodeShare(course)}`);
    expect(back.ok && back.type === 'course' && back.course).toEqual(course);
  });

  it('replaces the fragment of the base it is given', async () => {
    expect((await shareLink(`${BASE}#old`, assignment)).split('#')).toHaveLength(2);
  });

  it('finds the payload in a link, a fragment or on its own', async () => {
    const payload = await encodeShare(assignment);
    expect(sharePayload(`${BASE}#share=${payload}`)).toBe(payload);
    expect(sharePayload(`#share=${payload}`)).toBe(payload);
    expect(sharePayload(payload)).toBe(payload);
    expect(sharePayload('https://example.com/')).toBeNull();
  });

  it('refuses a damaged link without throwing', async () => {
    const link = await shareLink(BASE, assignment);
    const cut = await decodeShare(link.slice(0, link.length - 40));
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.errors[0].message).toMatch(/damaged/);
    expect((await decodeShare(`${BASE}#other=1`)).ok).toBe(false);
  });

  it('validates what the link carries, like a file', async () => {
    const bad = await deflate(new TextEncoder().encode(JSON.stringify({ ...assignment, goals: [] })));
    const r = await decodeShare(`#share=${bad}`);
    expect(!r.ok && r.errors[0]).toMatchObject({ file: 'link', path: 'goals' });
  });

  it('stops inflating past the size cap (a link cannot be a zip bomb)', async () => {
    const bomb = await deflate(new Uint8Array(MAX_SHARED_BYTES * 4).fill(32));
    expect(bomb.length).toBeLessThan(4000);
    const r = await decodeShare(`#share=${bomb}`);
    expect(!r.ok && r.errors[0].message).toMatch(/larger than 512 KB/);
  });

  it('reads pasted text as a link when it is one, else as YAML or JSON', async () => {
    const link = await shareLink(BASE, assignment);
    expect((await readPracticeText(link)).ok).toBe(true);
    expect((await readPracticeText(`  ${link}\n`)).ok).toBe(true);
    const yaml = readFileSync(path.join(DIR, 'fast-turnaround.yaml'), 'utf8');
    const r = await readPracticeText(yaml);
    expect(r.ok && r.type === 'assignment' && r.assignment.id).toBe('fast-turnaround');
    expect((await readPracticeText(JSON.stringify(assignment))).ok).toBe(true);
  });
});
