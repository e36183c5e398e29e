/** A text file's encoding as offices save CSV: valid UTF-8 (with or without a BOM), else GBK/GB18030 (Excel's 中文 CSV). */

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'GB18030';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}
