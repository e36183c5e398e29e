/**
 * Worker entry: scans a workbook's worksheets into rows (xlsx-stream-reader.ts, the zip's limits checked as it streams)
 * and posts them to the import worker, which parses and validates them meanwhile (xlsx-scanned-apart.ts): the two
 * cores share the read. At most MAX_BATCHES_IN_FLIGHT batches wait for the reader.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ZipLimitError } from '../files/zip-limits';
import { openXlsx } from './xlsx-stream-reader';
import type { XlsxWorkbook } from './xlsx-stream-reader';
import { MAX_BATCHES_IN_FLIGHT, packRows } from './xlsx-scan-protocol';
import type { ScanMessage, ScanRequest, ScanStart } from './xlsx-scan-protocol';

const start = workerData as ScanStart;
const port = parentPort;
if (!port) throw new Error('xlsx-scan-worker is a worker entry');
const post = (message: ScanMessage) => port.postMessage(message);

let inFlight = 0;
let onTaken: (() => void) | null = null;
let order: ((indices: number[]) => void) | null = null;
const skipped = new Set<number>();
port.on('message', (request: ScanRequest) => {
  if (request.type === 'scan') order?.(request.indices);
  else if (request.type === 'skip') skipped.add(request.index);
  else {
    inFlight -= 1;
    const resume = onTaken;
    onTaken = null;
    resume?.();
  }
});

async function scan(workbook: XlsxWorkbook, indices: number[]): Promise<void> {
  for (const index of indices) {
    const sheet = workbook.sheets[index];
    if (!sheet) continue;
    for await (const rows of sheet.batches()) {
      if (skipped.has(index)) break;
      const { readBytes, totalBytes } = workbook.progress();
      post({ type: 'rows', index, rows: packRows(rows), readBytes, totalBytes });
      inFlight += 1;
      while (inFlight >= MAX_BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => (onTaken = resolve));
    }
    post({ type: 'end', index });
  }
}

void (async () => {
  let workbook: XlsxWorkbook | null = null;
  try {
    const indices = new Promise<number[]>((resolve) => (order = resolve));
    workbook = await openXlsx(start.path, start.limits, start.options);
    post({ type: 'opened', sheets: workbook.sheets.map((s) => s.name) });
    await scan(workbook, await indices);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error), limit: error instanceof ZipLimitError });
  } finally {
    workbook?.close();
    // Nothing more to post: the thread ends once what it posted is on its way (the reader keeps every message).
    port.unref();
  }
})();
