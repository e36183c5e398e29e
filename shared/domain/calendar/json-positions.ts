/** Line numbers inside JSON text, which JSON.parse does not keep. */

/**
 * The 1-based line on which each element of the array under the top-level key `key` starts (the last such key,
 * as JSON.parse keeps the last). `text` must already have parsed as JSON; [] when the key is absent.
 */
export function jsonArrayElementLines(text: string, key: string): number[] {
  let lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastString: string | null = null;
  let pendingKey: string | null = null;
  let inTarget = false;
  let expectElement = false;

  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') continue;
    if (inTarget && depth === 2 && expectElement && c !== ',' && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j += 1; // an escaped character is never the closing quote
        value += text[j] ?? '';
        j += 1;
      }
      if (depth === 1) lastString = value;
      i = j;
      continue;
    }
    if (c === ':') {
      if (depth === 1) pendingKey = lastString;
    } else if (c === ',') {
      if (depth === 1) pendingKey = null;
      if (inTarget && depth === 2) expectElement = true;
    } else if (c === '{' || c === '[') {
      depth += 1;
      if (c === '[' && depth === 2 && pendingKey === key) {
        inTarget = true;
        expectElement = true;
        lines = [];
      }
    } else if (c === '}' || c === ']') {
      if (inTarget && depth === 2) inTarget = false;
      depth -= 1;
    }
  }
  return lines;
}

/** The 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
