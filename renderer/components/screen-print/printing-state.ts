/**
 * Whether the page is being printed: true from the browser's `beforeprint` (Ctrl+P, the menu, or a 打印 button) to
 * its `afterprint`. Lists that show only part of their rows on screen (200 at a time, or virtualised) render every
 * row while it is true, so a printout never stops at what happened to be on screen.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  // beforeprint runs before the print layout: flushSync renders the full lists in time for it.
  window.addEventListener('beforeprint', () => flushSync(() => set(true)));
  window.addEventListener('afterprint', () => set(false));
}

function subscribe(listener: () => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

/** The 打印 button: render every row first, then open the print dialog. */
export function printScreen(): void {
  install();
  flushSync(() => set(true));
  window.print();
  // window.print blocks until the dialog closes in most browsers; afterprint may not fire when it does not open.
  set(false);
}
