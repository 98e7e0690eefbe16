/**
 * The parts of the built site that are not Astro's pages and assets: the open
 * data, which the content loader writes beside Astro's cache and the build
 * links into the site (src/integrations/keep-output.ts), and the search index,
 * which `scripts/index-search.ts` writes after the build (package.json `build`).
 */

/**
 * True for a file of the open data: `data/edition.json`, `data/edition.tei.xml`,
 * `data/documents/<id>.json` with its citations (`.csl.json`, `.bib`, `.ris`)
 * and TEI (`.xml`), and `documents/<id>.txt`.
 */
export function isOpenData(path: string): boolean {
  return path === 'data/edition.json' || path === 'data/edition.tei.xml' || /^data\/documents\/[^/]+\.(json|bib|ris|xml)$/.test(path) || /^documents\/[^/]+\.txt$/.test(path);
}

/** True for a file of the search index (`pagefind/…`). */
export function isSearchIndex(path: string): boolean {
  return path.startsWith('pagefind/');
}

/**
 * The file that marks an output folder whose build has not finished (it is
 * being built, or its build was interrupted): written when Astro's build
 * starts, removed once the search index is written (scripts/build.ts). A
 * folder holding it should not be published; the next build redoes it whole.
 */
export const INCOMPLETE_MARKER = 'BUILD-INCOMPLETE.txt';

/** What the marker says to whoever finds it. */
export const INCOMPLETE_MARKER_TEXT = 'This folder is being built, or its last build did not finish: do not publish it. `npm run build` builds it again, in full.\n';

export interface OutputFile {
  /** Path relative to the site, `/`-separated. */
  path: string;
  /** Last modification, ms since the epoch (asked only of files that are not pages: a stat each). */
  modified(): number;
}

/**
 * The files of a kept output folder that the build which just finished did not
 * produce: neither one of its pages (rendered or kept from the last build), nor
 * written since it started (assets, public files), nor open data or search
 * index, which are kept up to date on their own. `startedAt` should allow for
 * the file system's coarse clock (see keep-output.ts).
 */
export function staleOutputFiles(files: readonly OutputFile[], pages: ReadonlySet<string>, startedAt: number): string[] {
  return files
    .filter((file) => !pages.has(file.path) && !isOpenData(file.path) && !isSearchIndex(file.path) && file.path !== INCOMPLETE_MARKER && file.modified() < startedAt)
    .map((file) => file.path);
}

/**
 * How to bring a site's open data in line with the staged copy: the staged
 * files the site lacks or holds a different file for (`link`), and the open-data
 * files among the site's files (`inSite`) that are no longer staged (`remove`).
 * `sameFile(path)` tells whether the site's file at `path` is already the staged one.
 */
export function openDataChanges(staged: readonly string[], inSite: readonly string[], sameFile: (path: string) => boolean): { link: string[]; remove: string[] } {
  const stagedSet = new Set(staged);
  const siteSet = new Set(inSite);
  return {
    link: staged.filter((path) => !siteSet.has(path) || !sameFile(path)),
    remove: inSite.filter((path) => isOpenData(path) && !stagedSet.has(path)),
  };
}
