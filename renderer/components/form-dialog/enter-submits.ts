import type { KeyboardEvent } from 'react';

/**
 * The dialog forms' keys: Enter saves from any field (text fields submit natively; switches, radios and segmented
 * choices do not, so they are handled here), Ctrl+Enter saves from a text area, and an open dropdown keeps its Enter.
 * Esc is the modal's own (it closes).
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  if (target instanceof HTMLTextAreaElement) {
    if (!event.ctrlKey && !event.metaKey) return;
  } else if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) {
    return;
  } else if (target.getAttribute('aria-expanded') === 'true') {
    return;
  } else if (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') {
    return; // the browser's own implicit submission
  }
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
