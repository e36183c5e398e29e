/**
 * What the worksheet and shared-strings scanners share: one .xlsx part's text fed to an XmlChunkScanner chunk by
 * chunk, its XML errors naming the part (工作表“…”, 共享字符串“…”).
 */
import { XmlChunkScanner } from './xml-chunk-scanner';
import type { XmlScanHandler } from './xml-chunk-scanner';
import { XmlSyntaxError } from './xml-text';

export abstract class PartScanner implements XmlScanHandler {
  capturing = false;
  protected readonly xml: XmlChunkScanner;

  /** `place`: how an error names the part; `tooLong` throws the token limit's error. */
  constructor(
    private readonly place: string,
    maxTokenChars: number,
    tooLong: () => never,
  ) {
    this.xml = new XmlChunkScanner(this, maxTokenChars, tooLong);
  }

  abstract open(tag: number, selfClosing: boolean): void;
  abstract close(tag: number): void;
  abstract text(text: string): void;

  write(chunk: string): void {
    try {
      this.xml.write(chunk);
    } catch (error) {
      throw this.located(error);
    }
  }

  end(): void {
    try {
      this.xml.end();
    } catch (error) {
      throw this.located(error);
    }
  }

  private located(error: unknown): unknown {
    return error instanceof XmlSyntaxError ? new XmlSyntaxError(`${this.place}：${error.message}`) : error;
  }
}
