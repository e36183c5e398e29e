import type { KeyboardEvent } from 'react';

/** In a multi-line field Enter starts a new line; Ctrl+Enter (⌘+Enter) saves the form. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
