/**
 * Which files of the built site each build step owns. `astro build` writes the
 * pages, assets and public files; the steps after it (package.json `build`)
 * write the open data (scripts/write-open-data.ts) and the search index
 * (scripts/index-search.ts), and each prunes its own stale files.
 */

/** True for a path (relative to the site, `/`-separated) written by a step after `astro build`. */
export function isWrittenAfterAstro(path: string): boolean {
  return (
    path.startsWith('pagefind/') ||
    path === 'data/edition.json' ||
    path.startsWith('data/documents/') ||
    /^documents\/[^/]+\.txt$/.test(path)
  );
}

export interface OutputFile {
  /** Path relative to the site, `/`-separated. */
  path: string;
  /** Last modification, ms since the epoch (asked only of files that are not pages: a stat each). */
  modified(): number;
}

/**
 * The files of a kept output folder that the build which just finished did not
 * produce: neither one of its pages (rendered or kept from the last build), nor
 * written since it started (assets, public files), nor another step's output.
 * `startedAt` should allow for the file system's coarse clock (see keep-output.ts).
 */
export function staleOutputFiles(files: readonly OutputFile[], pages: ReadonlySet<string>, startedAt: number): string[] {
  return files.filter((file) => !pages.has(file.path) && !isWrittenAfterAstro(file.path) && file.modified() < startedAt).map((file) => file.path);
}
