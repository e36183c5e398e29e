/**
 * A scanner for the subset of XML an .xlsx's shared strings use, fed the part's text in chunks as it inflates: tags
 * (with their attributes), character data, entities, CDATA, comments and processing instructions. It builds nothing:
 * each tag is reported by a small code (the elements the reader cares about) and text only while the handler
 * captures it. (The worksheets are read from their bytes by sheet-rows-scanner.ts, to the same subset.) What a chunk ends in the middle of (a tag, a text, an entity) waits for the next chunk;
 * that remainder is held to `maxPendingChars`, so a hostile part cannot make it grow (the token guard of
 * files/zip-limits.ts bounds the text between markup before the scanner sees it).
 *
 * Not a validating parser: a document type declaration is refused (OOXML has none; one could declare entities),
 * an unknown entity or a broken tag is damage; mismatched end tags are not checked.
 */
import { BANG, COLON, DQUOTE, GT, isSpace, QUESTION, SLASH, SQUOTE } from './xml-codes';
import { decodeXmlText, XmlSyntaxError } from './xml-text';

/** The elements the shared strings' reader acts on, by their local name (any namespace prefix is dropped). */
export const TAG_OTHER = 0;
export const TAG_T = 1;
export const TAG_SI = 2;
export const TAG_RPH = 3;

export interface XmlScanHandler {
  /** Whether the character data now being read is wanted (set by `open`, read before each text). */
  capturing: boolean;
  open(tag: number, selfClosing: boolean): void;
  close(tag: number): void;
  /** Character data (entities decoded, CDATA as it is), only while `capturing`; one element's text may come in pieces. */
  text(text: string): void;
}


/** The code of the element named by `s[start, end)`, after any `prefix:`. */
function tagCode(s: string, start: number, end: number): number {
  let from = start;
  for (let i = start; i < end; i += 1) if (s.charCodeAt(i) === COLON) from = i + 1;
  const length = end - from;
  if (length === 1 && s.charCodeAt(from) === 116) return TAG_T; // t
  if (length === 2 && s.startsWith('si', from)) return TAG_SI;
  if (length === 3 && s.startsWith('rPh', from)) return TAG_RPH;
  return TAG_OTHER;
}

/** Marks "the chunk ends inside this construct": the scan resumes at its start with the next chunk. */
const INCOMPLETE = -1;

export class XmlChunkScanner {
  private pending = '';
  private s = '';
  private attrCount = 0;
  private readonly attrs: number[] = [];

  constructor(
    private readonly handler: XmlScanHandler,
    private readonly maxPendingChars: number,
    /** Throws the limit's own error when an unfinished construct outgrows `maxPendingChars`. */
    private readonly tooLong: () => never,
  ) {}

  /** The value of the current tag's attribute `name` (entities decoded), only during `open`. */
  attribute(name: string): string | undefined {
    const { s, attrs } = this;
    for (let k = 0; k < this.attrCount; k += 1) {
      const at = k * 4;
      const ns = attrs[at] ?? 0;
      if ((attrs[at + 1] ?? 0) - ns === name.length && s.startsWith(name, ns)) {
        const value = s.slice(attrs[at + 2], attrs[at + 3]);
        return value.indexOf('&') < 0 ? value : decodeXmlText(value);
      }
    }
    return undefined;
  }

  write(chunk: string): void {
    const s = this.pending.length === 0 ? chunk : this.pending + chunk;
    this.pending = '';
    this.s = s;
    const n = s.length;
    const handler = this.handler;
    let pos = 0;
    while (pos < n) {
      const lt = s.indexOf('<', pos);
      if (lt < 0) {
        if (handler.capturing) this.keep(s.slice(pos));
        return;
      }
      if (lt > pos && handler.capturing) handler.text(decodeXmlText(s.slice(pos, lt)));
      const next = this.markup(s, lt, n);
      if (next === INCOMPLETE) {
        this.keep(s.slice(lt));
        return;
      }
      pos = next;
    }
  }

  /** The part has ended: anything left unfinished is damage. */
  end(): void {
    if (this.pending.trim().length > 0) throw new XmlSyntaxError('XML 在一个标记或文字的中途结束，文件不完整');
    this.pending = '';
  }

  private keep(rest: string): void {
    if (rest.length > this.maxPendingChars) this.tooLong();
    this.pending = rest;
  }

  /** Reads the markup at `lt`: the position after it, or INCOMPLETE. */
  private markup(s: string, lt: number, n: number): number {
    if (lt + 1 >= n) return INCOMPLETE;
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) {
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) return INCOMPLETE;
      let end = lt + 2;
      while (end < gt && !isSpace(s.charCodeAt(end))) end += 1;
      this.handler.close(tagCode(s, lt + 2, end));
      return gt + 1;
    }
    if (c === QUESTION) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? INCOMPLETE : end + 2;
    }
    if (c === BANG) return this.declaration(s, lt, n);
    return this.openTag(s, lt, n);
  }

  /** `<!--…-->`, `<![CDATA[…]]>`; a `<!DOCTYPE` (or anything else after `<!`) is refused. */
  private declaration(s: string, lt: number, n: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? INCOMPLETE : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return INCOMPLETE;
      if (this.handler.capturing) this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (n - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) return INCOMPLETE;
    throw new XmlSyntaxError('XML 中含有文档类型声明（<!DOCTYPE>）或无法识别的“<!”标记，Excel 工作簿不应有，文件异常');
  }

  /**
   * A start tag: its name, then attribute by attribute (each found with indexOf: the `=`, the quote, the closing
   * quote), until the `>` that follows no further `=` — a `>` inside a quoted value is passed over.
   */
  private openTag(s: string, lt: number, n: number): number {
    let i = lt + 1;
    let c = s.charCodeAt(i);
    while (i < n && !isSpace(c) && c !== SLASH && c !== GT) {
      i += 1;
      c = s.charCodeAt(i);
    }
    if (i >= n) return INCOMPLETE;
    const nameEnd = i;
    if (nameEnd === lt + 1) throw new XmlSyntaxError('XML 中有一个没有名字的标记');
    if (c === GT) {
      this.attrCount = 0;
      this.handler.open(tagCode(s, lt + 1, nameEnd), false);
      return i + 1;
    }
    const attrs = this.attrs;
    let count = 0;
    for (;;) {
      const gt = s.indexOf('>', i);
      if (gt < 0) return INCOMPLETE;
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq > gt) {
        const selfClosing = gt > i && s.charCodeAt(gt - 1) === SLASH;
        for (let k = selfClosing ? gt - 2 : gt - 1; k >= i; k -= 1) {
          if (!isSpace(s.charCodeAt(k))) throw new XmlSyntaxError('XML 中有一个格式不对的属性');
        }
        this.attrCount = count;
        this.handler.open(tagCode(s, lt + 1, nameEnd), selfClosing);
        return gt + 1;
      }
      let nameStart = i;
      while (nameStart < eq && isSpace(s.charCodeAt(nameStart))) nameStart += 1;
      let attrNameEnd = eq;
      while (attrNameEnd > nameStart && isSpace(s.charCodeAt(attrNameEnd - 1))) attrNameEnd -= 1;
      let valueAt = eq + 1;
      while (valueAt < n && isSpace(s.charCodeAt(valueAt))) valueAt += 1;
      if (valueAt >= n) return INCOMPLETE;
      const q = s.charCodeAt(valueAt);
      if (attrNameEnd === nameStart || (q !== DQUOTE && q !== SQUOTE)) throw new XmlSyntaxError('XML 中有一个格式不对的属性');
      const close = s.indexOf(q === DQUOTE ? '"' : "'", valueAt + 1);
      if (close < 0) return INCOMPLETE;
      const at = count * 4;
      attrs[at] = nameStart;
      attrs[at + 1] = attrNameEnd;
      attrs[at + 2] = valueAt + 1;
      attrs[at + 3] = close;
      count += 1;
      i = close + 1;
    }
  }
}
