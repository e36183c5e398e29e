/** Text as offices type it: full-width digits, letters and spaces folded to half-width, runs of spaces squeezed. */

/** Full-width ASCII (！ … ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

/** A header or address compared loosely: half-width, no whitespace (also inside), no line breaks. */
export function looseText(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0]+/g, '');
}
