/**
 * The public, absolute address of a path of the site: from the site's address
 * (`EDITION_SITE`, Astro's `site`) or else the edition's `url`. Null when
 * neither is known: a citation then names the printed source instead of a
 * path that means nothing once copied out of the site.
 */
export function publicUrl(path: string, site: URL | string | undefined, editionUrl: string | undefined): string | null {
  if (site) return new URL(path, site).href;
  // The edition's URL may include the base path already; the path is relative to the site root.
  if (editionUrl) return new URL(path, new URL(editionUrl).origin).href;
  return null;
}
