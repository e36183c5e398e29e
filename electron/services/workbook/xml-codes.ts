/** The character codes the XML scanners look for: xml-chunk-scanner.ts in text, sheet-rows-scanner.ts in bytes (markup is ASCII). */
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const BANG = 33;
export const QUESTION = 63;
export const DQUOTE = 34;
export const SQUOTE = 39;
export const COLON = 58;

/** XML's white space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
