import type { MouseEvent } from 'react';

/** Pressing one of our buttons must not take focus (and the selection) away from the editor. */
export function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}

/**
 * A callback ref that gives the element keyboard focus once it is in the document: what React's
 * `autoFocus` does, written out because the in-page UI renders with Preact (see wxt.config.ts),
 * where `autoFocus` only sets the HTML attribute, which browsers ignore for inserted elements.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
