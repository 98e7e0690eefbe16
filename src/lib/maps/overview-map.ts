import { geoEqualEarth, geoPath } from 'd3-geo';
import { compactPath, escapeXml, round } from './svg.ts';
import type { WorldShapes } from './world.ts';

/** A place on the overview map, linked to its page. */
export interface MapPoint {
  name: string;
  href: string;
  /** `[longitude, latitude]`. */
  coordinates: readonly [number, number];
  /** Documents that name it: the dot grows with it, a little. */
  documents: number;
}

/**
 * Draws the map of all places in the edition as an SVG string: the world in
 * the Equal Earth projection (land only, one decimal), and a dot for each
 * place that links to its page, with its name as the link's accessible name
 * and tooltip. Pure: points and shapes in, SVG out. Biggest dots first, so
 * small ones stay clickable on top.
 */
export function overviewMap(points: readonly MapPoint[], world: WorldShapes, options: { width?: number; title?: string } = {}): string {
  const width = options.width ?? 800;
  const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  // Whole pixels are enough at this scale, and keep the one big map of the site light.
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds({ type: 'Sphere' });
  const height = Math.ceil(bottom - top);
  const land = compactPath(path(world.land) ?? '');
  const sorted = [...points].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name));
  const dots = sorted.flatMap((point) => {
    const projected = projection([point.coordinates[0], point.coordinates[1]]);
    if (!projected) return [];
    const radius = 3 + Math.min(5, Math.log2(1 + point.documents));
    const name = escapeXml(point.name);
    return [
      `<a href="${escapeXml(point.href)}" aria-label="${name}"><circle class="map-point" cx="${round(projected[0])}" cy="${round(projected[1])}" r="${round(radius)}"><title>${name}</title></circle></a>`,
    ];
  });
  const title = escapeXml(options.title ?? 'Map of the places in the edition');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 ${round(top)} ${width} ${height}" aria-labelledby="places-map-title" class="overview-map">`,
    `<title id="places-map-title">${title}</title>`,
    `<path class="map-sphere" d="${compactPath(path({ type: 'Sphere' }) ?? '')}"/>`,
    `<path class="map-land" d="${land}"/>`,
    ...dots,
    '</svg>',
  ].join('');
}
