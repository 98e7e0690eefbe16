/** An authority identifier of an index entry, with the page it resolves to. */
export interface IdentifierLink {
  label: string;
  value: string;
  href: string;
}

/** Links for whatever identifiers an entry has: Wikidata, VIAF, GeoNames (plain links, in that order). */
export function identifierLinks(entry: { wikidata?: string; viaf?: string; geonames?: string }): IdentifierLink[] {
  const links: IdentifierLink[] = [];
  if (entry.wikidata) links.push({ label: 'Wikidata', value: entry.wikidata, href: `https://www.wikidata.org/wiki/${encodeURIComponent(entry.wikidata)}` });
  if (entry.viaf) links.push({ label: 'VIAF', value: entry.viaf, href: `https://viaf.org/viaf/${encodeURIComponent(entry.viaf)}/` });
  if (entry.geonames) links.push({ label: 'GeoNames', value: entry.geonames, href: `https://www.geonames.org/${encodeURIComponent(entry.geonames)}/` });
  return links;
}

/** `[106.55, 29.56]` → `29.56° N, 106.55° E`. */
export function formatCoordinates([lon, lat]: readonly [number, number]): string {
  const part = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}
