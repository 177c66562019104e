/** Loads a saved compose window (tests/fixtures/sites/) into the happy-dom document. */
import { readFileSync } from 'node:fs';

/** Paths are relative to the repository root, where vitest runs. */
export function loadSite(name: string): void {
  document.body.innerHTML = readFileSync(`tests/fixtures/sites/${name}`, 'utf8');
}

export function $(selector: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

export const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
