/**
 * A full garbage collection of the calling worker's heap, between the heavy steps of a task. V8 keeps what a long
 * synchronous step let go (a read's working strings, a written plan's records) until the heap reaches its next
 * limit, so the next step's allocations came on top of it: the large street's import peaked during the derived
 * state with some 300 MB of the written plan still in the heap. Only ever called from a worker (on the main thread
 * it would stop the window for as long as it runs).
 * Node gives `gc` only under --expose-gc, which the app does not start with: the flag is set just while a new
 * context is made (its `gc` collects the whole isolate), and unset again. Where that is not possible, it does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  const exposed: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const made: unknown = runInNewContext('gc');
    return typeof made === 'function' ? (made as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

export function collectGarbage(): void {
  if (collect === undefined) collect = collector();
  collect?.();
}
