/**
 * The TEI files of the open data, serialized by xast-util-to-xml (every text
 * escaped): one per document (`data/documents/<id>.xml`, a `<TEI>`) and the
 * edition's (`data/edition.tei.xml`, a `<teiCorpus>`: the edition's header,
 * its index of people and places in `standOff`, then every document's `<TEI>`
 * in chronological order, each pointing to the others by `#doc-<id>`).
 */
import type { Element, ElementContent, Root, RootContent } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Edition } from '../../core/edition/edition.ts';
import type { EditionEntry, PersonRecord, PlaceRecord } from '../../core/model/edition.ts';
import { documentTei, type TeiContext } from './tei-document.ts';

/** The prolog every file starts with: the XML declaration, and the schema it is valid against (tei_all, as shipped in schema/). */
const PROLOG: RootContent[] = [
  { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
  { type: 'text', value: '\n' },
  {
    type: 'instruction',
    name: 'xml-model',
    value: 'href="https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"',
  },
  { type: 'text', value: '\n' },
];

/** Where the pointers of a document's own file lead (it stands in `data/documents/`). */
export function documentFilePrefixes(): TeiContext['prefixes'] {
  return { person: '../../people/$1/', place: '../../places/$1/', doc: '$1.xml' };
}

/** `data/documents/<id>.xml`. */
export function documentTeiXml(entry: EditionEntry, context: Omit<TeiContext, 'prefixes'>): string {
  const tree: Root = { type: 'root', children: [...PROLOG, documentTei(entry, { ...context, prefixes: documentFilePrefixes() })] };
  return `${toXml(tree, { closeEmptyElements: true, tightClose: true })}\n`;
}

/** The prefixes of the edition file: everything is in it. */
const EDITION_PREFIXES: TeiContext['prefixes'] = { person: '#person-$1', place: '#place-$1', doc: '#doc-$1' };

/** A document's `<TEI>` as it stands in the edition file (`editionTeiParts`). */
export function editionDocumentTeiXml(entry: EditionEntry, context: Omit<TeiContext, 'prefixes'>): string {
  return toXml(documentTei(entry, { ...context, prefixes: EDITION_PREFIXES }), { closeEmptyElements: true, tightClose: true });
}

/**
 * `data/edition.tei.xml` in two parts, to be written with every document's
 * `<TEI>` (`editionDocumentTeiXml`, in chronological order) between them: a
 * large edition's file is more than a string can hold, and no tree of the
 * whole edition is ever held.
 */
export function editionTeiParts(edition: Edition): { before: string; after: string } {
  const { settings } = edition;
  const header = x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [x('title', settings.title), ...(settings.subtitle ? [x('title', { type: 'sub' }, settings.subtitle)] : []), ...settings.editors.map((name) => x('editor', name))]),
      x('publicationStmt', [
        x('publisher', settings.publisher ?? settings.title),
        ...(settings.licence ? [x('availability', [x('licence', settings.licence)])] : []),
        ...(settings.published && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(settings.published) ? [x('date', { when: settings.published }, settings.published)] : []),
      ]),
      x('sourceDesc', [
        settings.volumes?.length
          ? x(
              'listBibl',
              settings.volumes.map((volume) => x('bibl', { 'xml:id': `volume-${volume.id}` }, [x('title', { level: 'm' }, [volume.series, volume.volume].filter(Boolean).join(', '))])),
            )
          : x('p', `Transcriptions of ${edition.documents.length} documents, each described in its own header.`),
      ]),
    ]),
  ]);
  const standOff = x('standOff', [
    ...(edition.people.length ? [x('listPerson', edition.people.map(personElement))] : []),
    ...(edition.places.length ? [x('listPlace', edition.places.map(placeElement))] : []),
  ]);
  // The documents' place, marked by a character no XML may hold, to cut the serialized corpus in two.
  const mark = '\u0000documents\u0000';
  const place = { type: 'raw', value: mark } as unknown as ElementContent;
  const corpus = x('teiCorpus', { xmlns: 'http://www.tei-c.org/ns/1.0' }, [header, ...(standOff.children.length ? [standOff] : []), place]);
  const xml = `${toXml({ type: 'root', children: [...PROLOG, corpus] }, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true })}\n`;
  const at = xml.indexOf(mark);
  return { before: xml.slice(0, at), after: xml.slice(at + mark.length) };
}

/** `data/edition.tei.xml` as one string, for an edition small enough (tests); the build writes it in parts. */
export function editionTeiXml(edition: Edition, context: Omit<TeiContext, 'prefixes'>): string {
  const { before, after } = editionTeiParts(edition);
  return before + edition.documents.map((entry) => editionDocumentTeiXml(entry, context)).join('') + after;
}

function personElement(person: PersonRecord): Element {
  return x('person', { 'xml:id': `person-${person.id}` }, [
    x('persName', person.name),
    ...person.variants.map((variant) => x('persName', { type: 'variant' }, variant)),
    ...(person.born ? [x('birth', { when: person.born })] : []),
    ...(person.died ? [x('death', { when: person.died })] : []),
    ...(person.description ? [x('note', person.description)] : []),
    ...(person.wikidata ? [x('idno', { type: 'wikidata' }, person.wikidata)] : []),
    ...(person.viaf ? [x('idno', { type: 'VIAF' }, person.viaf)] : []),
  ]);
}

function placeElement(place: PlaceRecord): Element {
  return x('place', { 'xml:id': `place-${place.id}`, type: place.kind }, [
    x('placeName', place.name),
    ...(place.modern ? [x('placeName', { type: 'modern' }, place.modern)] : []),
    ...place.variants.map((variant) => x('placeName', { type: 'variant' }, variant)),
    ...(place.coordinates ? [x('location', [x('geo', `${place.coordinates[1]} ${place.coordinates[0]}`)])] : []),
    ...(place.description ? [x('note', place.description)] : []),
    ...(place.wikidata ? [x('idno', { type: 'wikidata' }, place.wikidata)] : []),
    ...(place.geonames ? [x('idno', { type: 'geonames' }, place.geonames)] : []),
  ]);
}
