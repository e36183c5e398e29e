/**
 * The same XlsxWorkbook as openXlsx, its worksheets scanned in a helper thread (xlsx-scan-worker.ts) while the
 * caller parses and validates the rows already scanned: a large workbook's read shares two cores. The helper holds
 * the file to the same zip limits as it streams; what waits between the threads is bounded (MAX_BATCHES_IN_FLIGHT).
 * The caller names the sheets it will read, in order (`readAhead`), before it reads any; a sheet it stops reading
 * early is passed over by the helper. A helper that fails or ends unexpectedly fails the read, never the process.
 */
import type { Worker } from 'node:worker_threads';
import { DEFAULT_ZIP_LIMITS, ZipLimitError } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { startWorker } from '../workers/worker-entry';
import { unpackRows } from './xlsx-scan-protocol';
import type { ScanMessage, ScanRequest, ScanStart } from './xlsx-scan-protocol';
import type { XlsxReadOptions, XlsxRow, XlsxWorkbook } from './xlsx-stream-reader';

type Failure = { type: 'broken'; message: string };

/** The helper's messages in order, taken one at a time. */
class Inbox {
  private readonly queue: (ScanMessage | Failure)[] = [];
  private waiting: ((message: ScanMessage | Failure) => void) | null = null;

  put(message: ScanMessage | Failure): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) waiting(message);
    else this.queue.push(message);
  }

  take(): Promise<ScanMessage | Failure> {
    const next = this.queue.shift();
    if (next) return Promise.resolve(next);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

function failure(message: ScanMessage | Failure): Error {
  if (message.type === 'failed') return message.limit ? new ZipLimitError(message.message) : new Error(message.message);
  if (message.type === 'broken') return new Error(message.message);
  return new Error(`读取工作表的辅助线程发来意外的消息（${message.type}）`);
}

export async function openXlsxScannedApart(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, options: XlsxReadOptions = {}): Promise<XlsxWorkbook & Required<Pick<XlsxWorkbook, 'readAhead'>>> {
  const start: ScanStart = { path, limits, options };
  const worker: Worker = startWorker('xlsx-scan', start);
  const inbox = new Inbox();
  let ended = false;
  worker.on('message', (message: ScanMessage) => inbox.put(message));
  worker.on('error', (error) => inbox.put({ type: 'broken', message: `读取工作表的辅助线程出错：${error.message}` }));
  worker.on('exit', (code) => {
    if (!ended) inbox.put({ type: 'broken', message: `读取工作表的辅助线程意外结束（代码 ${code}）` });
  });
  const send = (request: ScanRequest) => worker.postMessage(request);
  const close = () => {
    ended = true;
    void worker.terminate();
  };

  const opened = await inbox.take();
  if (opened.type !== 'opened') {
    close();
    throw failure(opened);
  }
  let order: number[] | null = null;
  let next = 0;
  let readBytes = 0;
  let totalBytes = 0;
  /** The sheet the reader stopped early: the rest of its rows are let go as they come. */
  let passedOver: number | null = null;

  /** The next message for sheet `index`, letting go what is left of a sheet passed over. */
  const takeFor = async (index: number): Promise<Extract<ScanMessage, { type: 'rows' | 'end' }>> => {
    for (;;) {
      const message = await inbox.take();
      if (message.type === 'rows' || message.type === 'end') {
        if (message.index === passedOver) {
          if (message.type === 'rows') send({ type: 'taken' });
          else passedOver = null;
          continue;
        }
        if (message.index === index) return message;
      }
      throw failure(message);
    }
  };

  const batchesOf = async function* (index: number): AsyncGenerator<XlsxRow[]> {
    if (order === null || order[next] !== index) throw new Error(`工作表须按 readAhead 给出的顺序读取（第 ${index + 1} 张）`);
    next += 1;
    let done = false;
    try {
      for (;;) {
        const message = await takeFor(index);
        if (message.type === 'end') break;
        send({ type: 'taken' });
        readBytes = message.readBytes;
        totalBytes = message.totalBytes;
        yield unpackRows(message.rows);
      }
      done = true;
    } finally {
      if (!done) {
        passedOver = index;
        send({ type: 'skip', index });
      }
    }
  };

  return {
    sheets: opened.sheets.map((name, index) => ({
      name,
      batches: () => batchesOf(index),
      rows: async function* () {
        for await (const batch of batchesOf(index)) yield* batch;
      },
    })),
    readAhead(indices) {
      if (order !== null) throw new Error('readAhead 只能调用一次');
      order = [...indices];
      send({ type: 'scan', indices: order });
    },
    progress: () => ({ readBytes, totalBytes }),
    close,
  };
}
