import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

/** An opened zip with its central directory read: any part can be streamed, in any order. */
export interface OpenZip {
  entries: Map<string, Entry>;
  stream(name: string): Promise<NodeJS.ReadableStream>;
  text(name: string): Promise<string | null>;
  close(): void;
}

export function openZip(path: string): Promise<OpenZip> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false }, (error, zip?: ZipFile) => {
      if (error || !zip) return reject(error ?? new Error('无法打开压缩文件'));
      const entries = new Map<string, Entry>();
      zip.on('entry', (entry: Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('error', reject);
      zip.on('end', () => {
        const stream = (name: string) =>
          new Promise<NodeJS.ReadableStream>((res, rej) => {
            const entry = entries.get(name);
            if (!entry) return rej(new Error(`压缩包中没有 ${name}`));
            zip.openReadStream(entry, (e, s) => (e || !s ? rej(e ?? new Error(`无法读取 ${name}`)) : res(s)));
          });
        resolve({
          entries,
          stream,
          async text(name) {
            if (!entries.has(name)) return null;
            const chunks: Buffer[] = [];
            for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
            return Buffer.concat(chunks).toString('utf8');
          },
          close: () => zip.close(),
        });
      });
      zip.readEntry();
    });
  });
}
