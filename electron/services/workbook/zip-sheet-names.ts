/**
 * Sheet names by worksheet part (`sheet1.xml` → 人员), read from the zip's xl/workbook.xml and its rels.
 * exceljs's streaming reader only names sheets right when workbook.xml precedes the worksheets in the zip — files
 * written by streaming writers (exceljs's own included) put it last — so the importer names sheets from this map.
 * Reading the central directory first also rejects a damaged zip before any row is parsed.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

const WANTED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out.set(m[1] ?? '', decodeXml(m[2] ?? ''));
  return out;
}

function readEntry(zip: ZipFile, entry: Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('无法读取压缩项'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    });
  });
}

function readParts(path: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('无法打开压缩文件'));
      const parts = new Map<string, string>();
      zip.on('entry', (entry: Entry) => {
        if (!WANTED.has(entry.fileName)) return zip.readEntry();
        readEntry(zip, entry)
          .then((text) => {
            parts.set(entry.fileName, text);
            zip.readEntry();
          })
          .catch(reject);
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Map from worksheet file name (`sheet3.xml`) to sheet name; throws when the zip is damaged or not a workbook. */
export async function readSheetNames(path: string): Promise<Map<string, string>> {
  const parts = await readParts(path);
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new Error('压缩包里没有 Excel 工作簿的结构（xl/workbook.xml）');
  const targetById = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) targetById.set(id, target.split('/').pop() ?? target);
  }
  const names = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const name = a.get('name');
    const rid = a.get('r:id') ?? [...a.entries()].find(([k]) => k.endsWith(':id'))?.[1];
    const file = rid ? targetById.get(rid) : undefined;
    if (name && file) names.set(file, name);
  }
  return names;
}
