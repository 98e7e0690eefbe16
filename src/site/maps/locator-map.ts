import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import type { PlaceKind } from '../../core/schemas/place.ts';
import { compactPath, escapeXml, round } from './svg.ts';
import type { WorldShapes } from './world.ts';

/** What a locator map shows: one place, marked and labelled. */
export interface LocatorMapInput {
  /** `[longitude, latitude]`. */
  coordinates: readonly [number, number];
  /** The place's name, written beside the mark (escaped). */
  label: string;
  /** Decides how much of the world is shown around the place. */
  kind: PlaceKind;
  /** Unique within the page, for the `<title>` the SVG is labelled by. */
  id: string;
  width?: number;
  height?: number;
}

// Degrees of arc across the map's width: a city among its neighbours, a country among its region.
const SPAN: Record<PlaceKind, number> = { building: 30, city: 36, water: 36, region: 50, other: 50, country: 70 };

/**
 * Draws a small locator map as an SVG string: an azimuthal equal-area view
 * centred on the place (no distortion around it, wherever it is), land and
 * country borders clipped to the frame and rounded to one decimal, the place
 * marked with a dot and its name. Pure: coordinates and shapes in, SVG out;
 * classes (`map-sea`, `map-land`, `map-borders`, `map-mark`, `map-label`)
 * are styled by the page.
 */
export function locatorMap(input: LocatorMapInput, world: WorldShapes): string {
  const width = input.width ?? 320;
  const height = input.height ?? 200;
  const [lon, lat] = input.coordinates;
  const span = SPAN[input.kind];
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .scale(width / ((span * Math.PI) / 180))
    .translate([width / 2, height / 2])
    .clipAngle(90)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);
  const land = compactPath(path(world.land) ?? '');
  const borders = compactPath(path(world.borders) ?? '');
  const x = width / 2;
  const y = height / 2;
  // Label on the side with more room, so names near the right edge stay inside.
  const labelLeft = input.label.length * 7 > width / 2 - 12;
  const titleId = `map-title-${escapeXml(input.id)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}" class="locator-map">`,
    `<title id="${titleId}">${escapeXml(`Map: where ${input.label} is`)}</title>`,
    `<rect class="map-sea" width="${width}" height="${height}"/>`,
    land ? `<path class="map-land" d="${land}"/>` : '',
    borders ? `<path class="map-borders" d="${borders}"/>` : '',
    `<circle class="map-mark" cx="${round(x)}" cy="${round(y)}" r="5"/>`,
    `<text class="map-label" x="${round(labelLeft ? x - 9 : x + 9)}" y="${round(y + 4)}"${labelLeft ? ' text-anchor="end"' : ''}>${escapeXml(input.label)}</text>`,
    '</svg>',
  ].join('');
}
