/**
 * HTML for printed documents, escaped by construction: text goes through `escapeHtml`, and the `html` tag escapes
 * every value it is given unless it is already SafeHtml (built by this module). A name, an address or a note typed
 * by a clerk can never become markup in a print.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as HTML: the five special characters escaped, control characters dropped. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A piece of HTML known to be safe: made only by `html`, `joinHtml`, `textHtml` and `rawTrustedHtml`. */
export class SafeHtml {
  private constructor(readonly value: string) {}
  /** @internal use the helpers below */
  static of(value: string): SafeHtml {
    return new SafeHtml(value);
  }
  toString(): string {
    return this.value;
  }
}

/** A value the `html` tag accepts: text (escaped), numbers, SafeHtml, lists of those, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` pieces are kept as they are. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i] as HtmlValue) + (strings[i + 1] ?? '');
  return SafeHtml.of(out);
}

/** Escaped text as SafeHtml, line breaks kept as <br>. */
export function textHtml(text: string | null | undefined): SafeHtml {
  if (!text) return SafeHtml.of('');
  return SafeHtml.of(escapeHtml(text).replace(/\r?\n/g, '<br>'));
}

export function joinHtml(parts: readonly SafeHtml[], separator: SafeHtml | string = ''): SafeHtml {
  const sep = separator instanceof SafeHtml ? separator.value : escapeHtml(separator);
  return SafeHtml.of(parts.map((p) => p.value).join(sep));
}

/**
 * Markup written in code (a stylesheet, a fixed fragment): never pass data through this. For CSS, see
 * `cssString` to put text inside a CSS string.
 */
export function rawTrustedHtml(markup: string): SafeHtml {
  return SafeHtml.of(markup);
}

/** Text as the content of a CSS string literal ("…"), for `content:` in page margin boxes. */
export function cssString(text: string): string {
  const escaped = text
    .replace(CONTROL, '')
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3C ')
    .replace(/>/g, '\\3E ');
  return `"${escaped}"`;
}
