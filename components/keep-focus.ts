import type { MouseEvent } from 'react';

/** Pressing one of our buttons must not take focus (and the selection) away from the editor. */
export function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}
