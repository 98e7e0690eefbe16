/**
 * The print stylesheet's per-page part: a running head naming the edition and
 * the document, set in `@page` margin boxes (CSS Paged Media, printed by
 * Chromium since version 131). Document text reaches CSS only as a string
 * in which every character but letters, digits and spaces is a CSS escape,
 * so nothing in a title can close the string, the rule or the `<style>`.
 */

/** `Moscow (Henderson)` → `"Moscow \28 Henderson\29 "`: a CSS string literal that is safe inside `<style>`. */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[\p{L}\p{N} ]/u.test(char) && char !== '\\' ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

/** Shortens a running-head text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max = 70): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

/** The `@page` rules of a document page: its title top left, the edition top right, the page number bottom centre. */
export function runningHeadCss(left: string, right: string): string {
  return `@media print { @page { @top-left { content: ${cssString(clip(left))}; } @top-right { content: ${cssString(clip(right, 45))}; } } }`;
}
