import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The world's land and its borders between countries, as GeoJSON. */
export interface WorldShapes {
  land: MultiPolygon | FeatureCollection<Geometry>;
  borders: MultiLineString;
}

/**
 * Land and country borders from a world-atlas topology (`countries-110m.json`,
 * Natural Earth 1:110m: the coarsest, enough for a locator map and light).
 * Borders are the mesh of shared arcs only, so coastlines are drawn once.
 */
export function worldShapes(topology: unknown): WorldShapes {
  const world = topology as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(world, world.objects.land) as unknown as FeatureCollection<Geometry>;
  const borders = mesh(world, world.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { land, borders };
}
