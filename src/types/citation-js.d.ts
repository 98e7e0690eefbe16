// citation-js ships no type declarations; these cover what src/site/citation/ uses of it.
declare module '@citation-js/core' {
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        /** A citeproc-js engine for the items, the style and locale (plugin-csl keeps one per style and locale). */
        engine(
          items: readonly object[],
          style: string,
          lang: string,
          format: 'text' | 'html',
        ): {
          makeCitationCluster(items: readonly { id: string; locator?: string; label?: string }[]): string;
          /** Registers the items the next bibliography lists. */
          updateItems(ids: readonly string[]): void;
          /** `[formatting, entries]`: one string per item. */
          makeBibliography(): [unknown, string[]];
          /** The items registered for the bibliography; `setsortkeys` works out their sort keys. */
          registry?: { setsortkeys: () => void };
          /** citeproc-js's version (`1.4.61`). */
          processor_version: string;
        };
      };
    };
    output: { format(name: string, data: readonly object[], options?: Record<string, unknown>): string };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/core' {
  /** Parses any input a loaded plugin reads (BibTeX, RIS, CSL-JSON) into CSL-JSON items. */
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
