/**
 * An .xlsx's shared strings (`<sst><si>…</si></sst>`) from their XML as it streams: each `<si>`'s text, its rich-text
 * runs joined and its phonetic guides (`<rPh>`) left out, held to the zip's limits as it is read (count, total size,
 * one string's length).
 */
import { cellTooLong, sharedStringsGuard, tokenTooLong } from '../files/zip-limits';
import type { ZipLimits } from '../files/zip-limits';
import { TAG_RPH, TAG_SI, TAG_T, XmlChunkScanner } from './xml-chunk-scanner';
import type { XmlScanHandler } from './xml-chunk-scanner';
import { unescapeOoxml, XmlSyntaxError } from './xml-text';

/**
 * A copy of `text` that does not keep the chunk it was cut from alive: V8 keeps a whole chunk for as long as any
 * slice of it lives, so many kept slices would pin the part's entire text. Concatenating and slicing makes V8 copy the
 * characters into a string of their own. (A worksheet's cell texts are decoded from bytes, each a string of its own.)
 */
function detach(text: string): string {
  return text.length < 13 ? text : (` ${text}`).slice(1);
}

export class SharedStringsScanner implements XmlScanHandler {
  capturing = false;
  readonly strings: string[] = [];
  private readonly xml: XmlChunkScanner;
  private readonly counted: (text: string) => void;
  private current: string | null = null;
  private phonetic = 0;

  constructor(
    private readonly part: string,
    private readonly limits: ZipLimits,
  ) {
    this.xml = new XmlChunkScanner(this, limits.maxTokenChars, () => tokenTooLong(part, limits));
    this.counted = sharedStringsGuard(part, limits);
  }

  /** The part's next text (its XML errors name the part). */
  write(chunk: string): void {
    try {
      this.xml.write(chunk);
    } catch (error) {
      throw this.located(error);
    }
  }

  /** The part has ended: anything left unfinished is damage. */
  end(): void {
    try {
      this.xml.end();
    } catch (error) {
      throw this.located(error);
    }
  }

  private located(error: unknown): unknown {
    return error instanceof XmlSyntaxError ? new XmlSyntaxError(`共享字符串“${this.part}”：${error.message}`) : error;
  }

  open(tag: number, selfClosing: boolean): void {
    if (tag === TAG_SI) {
      this.current = '';
      if (selfClosing) this.endString();
    } else if (tag === TAG_RPH) {
      if (!selfClosing) this.phonetic += 1;
    } else if (tag === TAG_T && this.current !== null && this.phonetic === 0 && !selfClosing) this.capturing = true;
  }

  close(tag: number): void {
    if (tag === TAG_T) this.capturing = false;
    else if (tag === TAG_RPH) {
      if (this.phonetic > 0) this.phonetic -= 1;
    } else if (tag === TAG_SI) this.endString();
  }

  text(text: string): void {
    const joined = (this.current ?? '') + text;
    if (joined.length > this.limits.maxCellChars) cellTooLong(this.part, joined.length, this.limits);
    this.current = joined;
  }

  private endString(): void {
    if (this.current === null) return;
    const text = unescapeOoxml(this.current);
    this.current = null;
    this.capturing = false;
    this.counted(text);
    this.strings.push(detach(text));
  }
}
