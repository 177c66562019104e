/**
 * Read a byte stream whole, giving up (and cancelling it) once it passes `limit` bytes: a pack
 * download or a shared assignment link is untrusted input and must not fill memory.
 */
export async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number, tooBig: () => Error): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
