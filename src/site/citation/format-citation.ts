/**
 * Citations of a document in the forms reference managers and readers take,
 * all made by citation-js from the document's one CSL-JSON item
 * (`documentCslItem`): Chicago notes and bibliography (the CSL style shipped
 * in `styles/`, never fetched), BibTeX and RIS. Plain text out; a page
 * renders it as text, never as HTML.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item.ts';

/** The Chicago Manual of Style (18th ed.) notes-and-bibliography style, as the CSL project publishes it. */
export const CHICAGO_STYLE_FILE = 'src/site/citation/styles/chicago-notes-bibliography.csl';
const CHICAGO = 'chicago-notes-bibliography';

/** Registers the Chicago style's XML with citation-js, once; the caller reads the file (`CHICAGO_STYLE_FILE`). */
export function useChicagoStyle(xml: string): void {
  const csl = plugins.config.get('@csl');
  if (!csl.styles.has(CHICAGO)) csl.styles.add(CHICAGO, xml);
}

/**
 * The full note, as a first reference in a footnote: `Steinhardt, “The
 * Ambassador …,” in Foreign Relations of the United States, 1940, …, 667–69.`
 * The printed pages are the note's locator: the style prints a generic
 * document's `page` nowhere else.
 */
export function chicagoNote(item: CslItem): string {
  // One cluster from plugin-csl's engine for the item, without `format('citation')`'s rebuilding of the
  // processor's state for a whole document of notes: the same note, a tenth of the time (2.8 against 26 ms).
  const engine = plugins.config.get('@csl').engine([item], CHICAGO, 'en-US', 'text');
  return engine.makeCitationCluster([{ id: item.id, ...(item.page ? { locator: item.page, label: 'page' } : {}) }]).trim();
}

/** The bibliography entry. */
export function chicagoBibliography(item: CslItem): string {
  // From plugin-csl's engine, as the note: the same entry as `format('bibliography')`, in a fifth of the time (2.5 against 14 ms).
  const engine = plugins.config.get('@csl').engine([item], CHICAGO, 'en-US', 'text');
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography();
  return entries.join('').trim();
}

/** What a document's page shows of its citation: the Chicago note and bibliography entry. */
export interface ChicagoCitation {
  note: string;
  bibliography: string;
}

/** The note and the bibliography entry of one item, each formatted on its own (a bibliography of many items is not the same). */
export function chicagoCitation(item: CslItem): ChicagoCitation {
  return { note: chicagoNote(item), bibliography: chicagoBibliography(item) };
}

/**
 * Makes this thread's Chicago engine format faster, for a thread that formats
 * one item at a time and nothing else (src/build/citation-worker.ts).
 * citeproc-js works out every registered item's bibliography sort keys, by
 * rendering the style's sort macros, before it makes a bibliography: almost
 * half its time per item here. A bibliography of one item is never sorted, so
 * the keys are skipped: the same notes and entries (tests/unit/citation.test.ts
 * compares them with this thread's own over the dev corpus).
 */
export function skipSortKeysOfOneItem(): void {
  const engine = plugins.config.get('@csl').engine([], CHICAGO, 'en-US', 'text');
  if (typeof engine.registry?.setsortkeys === 'function') engine.registry.setsortkeys = () => {};
}

/**
 * The version of citeproc-js, the engine that formats the notes: with the
 * style's XML, what a formatted citation depends on besides its item (a new
 * release may punctuate differently), for a cache of formatted citations.
 */
export function citeprocVersion(): string {
  return plugins.config.get('@csl').engine([], CHICAGO, 'en-US', 'text').processor_version;
}

/** A BibTeX entry (`@misc{Henderson1937Charge, …}`: citation-js makes the key from author, year and title). */
export function bibtex(item: CslItem): string {
  return `${plugins.output.format('bibtex', [item], { format: 'text' }).trim()}\n`;
}

/**
 * A RIS record (`TY  - GEN` … `ER  - `): the tags citation-js maps the item
 * to, one line each. citation-js's own text output breaks values every 70
 * characters, and readers take the break for a space (`Secretary of St ate`).
 */
export function ris(item: CslItem): string {
  const [tags] = plugins.output.format('ris', [item], { format: 'object' }) as unknown as Record<string, string | string[]>[];
  const lines = [`TY  - ${tags.TY}`];
  for (const [tag, values] of Object.entries(tags)) {
    if (tag === 'TY') continue;
    for (const value of ([] as string[]).concat(values)) lines.push(`${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}

/** A document's JSON file: a CSL-JSON array, as reference managers import it. */
export function cslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
