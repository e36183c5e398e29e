/** The heap collection an import worker runs between its steps: it collects, and leaves --expose-gc as it found it. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../electron/services/workers/collect-garbage';

describe('collectGarbage', () => {
  it('collects what nothing refers to any more', async () => {
    const ref = new WeakRef({ rows: new Array(1000).fill('x') });
    // A WeakRef keeps its target through the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('does not leave gc exposed to contexts made later', () => {
    collectGarbage();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
