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
 * the Equal Earth projection, cropped to the places with a margin (land
 * outside is clipped away, so an edition about Asia does not carry the
 * Pacific), and a dot for each place that links to its page, with its name
 * as the link's accessible name and tooltip. Pure: points and shapes in, SVG
 * out. Biggest dots are drawn first, so small ones stay clickable on top.
 */
export function overviewMap(points: readonly MapPoint[], world: WorldShapes, options: { width?: number; title?: string } = {}): string {
  const width = options.width ?? 800;
  const projection = geoEqualEarth().fitWidth(width, { type: 'Sphere' });
  const [[left, top], [right, bottom]] = geoPath(projection).bounds({ type: 'Sphere' });
  const projected = points.flatMap((point) => {
    const xy = projection([point.coordinates[0], point.coordinates[1]]);
    return xy ? [{ point, x: xy[0], y: xy[1] }] : [];
  });
  const frame = cropTo(projected, { left, top, right, bottom }, width);
  // Whole pixels are enough at this scale, and keep the one big map of the site light.
  projection.clipExtent([
    [frame.left, frame.top],
    [frame.right, frame.bottom],
  ]);
  const path = geoPath(projection).digits(0);
  const land = compactPath(path(world.land) ?? '');
  const sphere = compactPath(path({ type: 'Sphere' }) ?? '');
  const dots = [...projected]
    .sort((a, b) => b.point.documents - a.point.documents || a.point.name.localeCompare(b.point.name))
    .map(({ point, x, y }) => {
      const radius = 3 + Math.min(5, Math.log2(1 + point.documents));
      const name = escapeXml(point.name);
      return `<a href="${escapeXml(point.href)}" aria-label="${name}"><circle class="map-point" cx="${round(x)}" cy="${round(y)}" r="${round(radius)}"><title>${name}</title></circle></a>`;
    });
  const title = escapeXml(options.title ?? 'Map of the places in the edition');
  const viewBox = [frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top].map(round).join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" aria-labelledby="places-map-title" class="overview-map">`,
    `<title id="places-map-title">${title}</title>`,
    `<path class="map-sphere" d="${sphere}"/>`,
    `<path class="map-land" d="${land}"/>`,
    ...dots,
    '</svg>',
  ].join('');
}

interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The points' extent with a margin, at least 40% of the world wide and in a landscape shape, within the world. */
function cropTo(points: readonly { x: number; y: number }[], world: Frame, width: number): Frame {
  if (points.length === 0) return world;
  const margin = width * 0.06;
  let left = Math.min(...points.map((p) => p.x)) - margin;
  let right = Math.max(...points.map((p) => p.x)) + margin;
  let top = Math.min(...points.map((p) => p.y)) - margin;
  let bottom = Math.max(...points.map((p) => p.y)) + margin;
  const grow = (low: number, high: number, size: number, min: number, max: number): [number, number] => {
    const extra = Math.max(0, size - (high - low)) / 2;
    let a = low - extra;
    let b = high + extra;
    if (a < min) [a, b] = [min, Math.min(max, b + (min - a))];
    if (b > max) [a, b] = [Math.max(min, a - (b - max)), max];
    return [a, b];
  };
  [left, right] = grow(left, right, width * 0.4, world.left, world.right);
  [top, bottom] = grow(top, bottom, (right - left) / 2.5, world.top, world.bottom);
  return { left, top, right, bottom };
}
