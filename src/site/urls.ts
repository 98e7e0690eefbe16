import type { SiteUrls } from './page-data.ts';

/** Joins the site's base path and a path inside the site. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The site's URL scheme: `/documents/<id>/`, `/people/<id>/`, `/places/<id>/`. */
export function siteUrls(base: string): SiteUrls {
  return {
    document: (id) => withBase(base, `documents/${encodeURIComponent(id)}/`),
    entity: (kind, id) => withBase(base, `${kind === 'person' ? 'people' : 'places'}/${encodeURIComponent(id)}/`),
  };
}
