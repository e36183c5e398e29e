/**
 * Text of an OOXML part as its reader sees it: XML's line-end normalisation, its five named entities and character
 * references (anything else is damage), and the `_xHHHH_` escapes Excel writes for characters XML cannot hold
 * (`_x000D_` a carriage return; `_x005F_` before a literal `_x…_`).
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A character XML 1.0 allows in a document (a reference to anything else is damage). */
function allowedCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Why a part's XML could not be read (the caller names the part). */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

function entity(raw: string, at: number): { text: string; end: number } {
  const semi = raw.indexOf(';', at + 1);
  const name = semi < 0 || semi - at > 12 ? null : raw.slice(at + 1, semi);
  if (name !== null) {
    const named = NAMED[name];
    if (named !== undefined) return { text: named, end: semi + 1 };
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (allowedCodePoint(code)) return { text: String.fromCodePoint(code), end: semi + 1 };
  }
  const shown = raw.slice(at, semi < 0 ? at + 12 : Math.min(semi + 1, at + 12));
  throw new XmlSyntaxError(`XML 中有无法识别的字符引用“${shown}”`);
}

/** Character data between tags: `\r\n` and `\r` become `\n`, then entities are replaced. */
export function decodeXmlText(raw: string): string {
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const { text: decoded, end } = entity(text, amp);
    out += text.slice(from, amp) + decoded;
    from = end;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/** Excel's `_xHHHH_` escapes in a cell's text (after the XML is decoded). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse, for a writer: a literal `_xHHHH_` in a text is written `_x005F_xHHHH_` so a reader keeps it. */
export function escapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_');
}
