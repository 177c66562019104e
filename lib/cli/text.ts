/**
 * Text the command line prints that came from outside (pack messages, suggestions, the user's
 * draft, file names, pack errors): control characters (terminal escape sequences, NUL, ...) and
 * bidirectional overrides are shown escaped, never sent to the terminal raw.
 */

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi embedding/override/isolate marks.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(s: string): string {
  return s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same for one line: line feeds shown as \n too. */
export function escapeLine(s: string): string {
  return escapeControl(s).replace(/\n/g, '\\n');
}

/** The most text one draft may have (UTF-8 bytes): beyond it `check` refuses with exit code 2. */
export const MAX_DRAFT_BYTES = 2_000_000;

/** A draft that holds NUL bytes is a binary file, not text someone wrote. */
export function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}
