/**
 * A document of the edition as TEI P5 (`<TEI>`), built as an XML tree (xast)
 * from the parsed record, so that every word of the document is a text node
 * and only ever escaped, never markup. What goes where:
 *
 * - `teiHeader`: the title, the edition's editors, publisher, licence and the
 *   document's stable address; in `sourceDesc` the printed source (series and
 *   volume, document number, pages), the source note and the file number as
 *   `idno type="file"`, the archival source; in `profileDesc` sender and
 *   recipient as `correspAction` with the place and the date (`@when`), the
 *   classification, type and subject as `keywords`; `listPrefixDef` says what
 *   the `person:`, `place:` and `doc:` pointers below lead to.
 * - `text`: the heading, the dateline (place, `date @when`, the time of
 *   receipt), paragraphs with their printed numbers, `pb n=` at printed page
 *   breaks, each note (`note n= place="foot"`) at its marker, people and places
 *   as `persName`/`placeName ref="person:…"`, references to documents of the
 *   edition as `ref target="doc:…"` (an unresolved one as `rs type="document"`),
 *   the editors' bracketed queries as `corr cert="low"` and insertions as
 *   `supplied`, archival stamps and labels as `fw type="archival"` where they
 *   stood, and the signature in the `closer`.
 */
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { Block, Inline } from '../../core/model/parsed-document.ts';
import type { EditionEntry, TextSpan } from '../../core/model/edition.ts';
import { displayTitle, formatIsoDate, partyLabel } from '../../core/model/display.ts';
import { printedVolumeTitle } from '../../core/edition/printed-source.ts';
import type { Party } from '../../core/schemas/document.ts';

/** What a TEI file of the edition needs besides the document. */
export interface TeiContext {
  edition: { title: string; editors: readonly string[]; publisher?: string; licence: string };
  /** The document's public address, or null when the site's is unknown. */
  documentUrl(id: string): string | null;
  /**
   * The `replacementPattern` of each pointer prefix, relative to the file:
   * `person:` and `place:` to the index (`../../people/$1/`), `doc:` to the
   * cited document (`$1.xml` beside this one, `#doc-$1` in the edition file).
   */
  prefixes: { person: string; place: string; doc: string };
}

/** The `xml:id` of a document's `<TEI>`: its id, made an XML name. */
export function teiId(id: string): string {
  return `doc-${id}`;
}

/** The `<TEI>` element of one document. */
export function documentTei(entry: EditionEntry, context: TeiContext): Element {
  return x('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:id': teiId(entry.id) }, [teiHeader(entry, context), x('text', [x('body', [documentDiv(entry)])])]);
}

function teiHeader(entry: EditionEntry, context: TeiContext): Element {
  const { record } = entry;
  const { edition } = context;
  const url = context.documentUrl(entry.id);
  const printed = record.printedSource;
  const printedIn = printedVolumeTitle(printed);
  const keywords = [
    x('term', { type: 'documentType' }, record.type),
    record.classification ? x('term', { type: 'classification' }, record.classification) : null,
    record.subject ? x('term', { type: 'subject' }, record.subject) : null,
  ];
  return x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [x('title', displayTitle(record)), ...edition.editors.map((name) => x('editor', name))]),
      x('publicationStmt', [
        x('publisher', edition.publisher ?? edition.title),
        url ? x('idno', { type: 'URI' }, url) : null,
        edition.licence ? x('availability', [x('licence', edition.licence)]) : null,
      ]),
      x('seriesStmt', [x('title', edition.title)]),
      x('sourceDesc', [
        x('bibl', { type: 'printed' }, [
          x('title', { type: 'main' }, record.title || displayTitle(record)),
          printedIn ? x('title', { level: 'm' }, printedIn) : null,
          printed?.document ? x('biblScope', { unit: 'document', n: printed.document }, printed.document) : null,
          printed?.firstPage
            ? x(
                'biblScope',
                { unit: 'page', from: printed.firstPage, to: printed.lastPage ?? printed.firstPage },
                printed.lastPage && printed.lastPage !== printed.firstPage ? `${printed.firstPage}–${printed.lastPage}` : printed.firstPage,
              )
            : null,
          record.fileNumber ? x('idno', { type: 'file' }, record.fileNumber) : null,
          record.source ? x('note', { type: 'source' }, record.source) : null,
        ]),
        record.provenance.archivalSource ? x('bibl', { type: 'archival' }, record.provenance.archivalSource) : null,
      ]),
    ]),
    x('encodingDesc', [
      x('listPrefixDef', [
        x('prefixDef', { ident: 'person', matchPattern: '(.+)', replacementPattern: context.prefixes.person }, [x('p', 'A person of the edition’s index, by id.')]),
        x('prefixDef', { ident: 'place', matchPattern: '(.+)', replacementPattern: context.prefixes.place }, [x('p', 'A place of the edition’s index, by id.')]),
        x('prefixDef', { ident: 'doc', matchPattern: '(.+)', replacementPattern: context.prefixes.doc }, [x('p', 'A document of the edition, by id.')]),
      ]),
    ]),
    x('profileDesc', [correspDesc(entry), x('textClass', [x('keywords', keywords)])]),
  ]);
}

/** Who sent it, from where and when, and who received it (and when); only what the document says. */
function correspDesc({ record }: EditionEntry): Element | null {
  const sent = [...partyName(record.from), record.place ? x('placeName', record.place) : null, dateElement(record.date, record.dateText)].filter((node) => node !== null);
  const received = [...partyName(record.to), record.received ? x('note', { type: 'received' }, record.received) : null].filter((node) => node !== null);
  const actions = [sent.length ? x('correspAction', { type: 'sent' }, sent) : null, received.length ? x('correspAction', { type: 'received' }, received) : null].filter((node) => node !== null);
  return actions.length ? x('correspDesc', actions) : null;
}

/** `<persName>Henderson (<roleName>Chargé in the Soviet Union</roleName>)</persName>`; nothing for an unknown party. */
function partyName(party: Party | null): Element[] {
  if (!party || !partyLabel(party)) return [];
  const children: ElementContent[] = [];
  if (party.name) children.push({ type: 'text', value: party.name });
  if (party.role) {
    if (party.name) children.push({ type: 'text', value: ' (' });
    children.push(x('roleName', party.role));
    if (party.name) children.push({ type: 'text', value: ')' });
  }
  return [x('persName', children)];
}

/** `<date when="1937-12-21T14:00:00">December 21, 1937—2 p.m.</date>`: `@when` only for a date the text gives, in XML Schema's form. */
function dateElement(date: string | null, text: string | null): Element | null {
  if (!date && !text) return null;
  return x('date', date ? { when: w3cDate(date) } : {}, text ?? (date ? formatIsoDate(date) : ''));
}

/** ISO 8601 as the edition keeps it (`1937-12-21T14:00`, `1938-01`) to XML Schema's date types (seconds required in a dateTime). */
export function w3cDate(date: string): string {
  return /T\d{2}:\d{2}$/.test(date) ? `${date}:00` : date;
}

/** The document as a `div`: head, opener, paragraphs with furniture where it stood, closer, notes no marker placed. */
function documentDiv(entry: EditionEntry): Element {
  const { record, parsed } = entry;
  const spans = new SpanIndex(entry);
  const notes = new NotePlacer(entry, spans);
  const children: (Element | null)[] = [];
  children.push(x('head', record.title || displayTitle(record)));
  const dateline = [
    record.place ? x('placeName', record.place) : null,
    record.place && (record.dateText || record.date) ? { type: 'text' as const, value: ', ' } : null,
    dateElement(record.date, record.dateText),
    record.received ? x('note', { type: 'received' }, `Received ${record.received}`) : null,
  ].filter((node) => node !== null);
  if (dateline.length) children.push(x('opener', [x('dateline', dateline)]));

  // The signature closes the text only when nothing but signing lines follows it (older papers sign mid-text too).
  let closerFrom = parsed.body.length;
  while (closerFrom > 0 && parsed.body[closerFrom - 1].role) closerFrom -= 1;
  // Stamps and labels go where they stood: before the first paragraph that starts after them.
  const furniture = [...record.provenance.furniture].sort((a, b) => a.line - b.line);
  const fw = (items: { text: string }[]) => items.map((item) => x('fw', { type: 'archival' }, item.text));
  const furnitureBefore = (line: number) => {
    const count = furniture.findIndex((item) => item.line > line);
    return furniture.splice(0, count === -1 ? furniture.length : count);
  };

  parsed.body.slice(0, closerFrom).forEach((block, index) => {
    children.push(...fw(furnitureBefore(block.line)));
    children.push(blockElement(block, index, spans, notes));
  });
  if (closerFrom < parsed.body.length) {
    const closer: ElementContent[] = [];
    parsed.body.slice(closerFrom).forEach((block, offset) => {
      if (closer.length) closer.push(x('lb'));
      const content = inlines(block.content, 'body', closerFrom + offset, spans, notes);
      closer.push(block.role === 'signature' ? x('signed', content) : x('seg', { type: 'signing' }, content));
    });
    children.push(x('closer', closer));
  }
  if (parsed.body.length === 0) children.push(x('p', [x('gap', { reason: 'no-text' })]));
  children.push(...fw(furniture.splice(0)));
  children.push(...notes.unplaced());
  return x(
    'div',
    { type: 'document', subtype: record.type },
    children.filter((node) => node !== null),
  );
}

function blockElement(block: Block, index: number, spans: SpanIndex, notes: NotePlacer): Element {
  const content = inlines(block.content, 'body', index, spans, notes);
  if (block.role) return x('ab', { type: block.role }, content);
  return x('p', block.label ? { n: block.label } : {}, block.label ? [x('label', block.label), { type: 'text', value: ' ' }, ...content] : content);
}

/** The inlines of a paragraph or note: text with its names and references, note markers, page breaks, emendations. */
function inlines(content: readonly Inline[], part: TextSpan['part'], index: number, spans: SpanIndex, notes: NotePlacer): ElementContent[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every kind of inline, as TypeScript checks.
  return content.flatMap((inline, position): ElementContent[] => {
    switch (inline.type) {
      case 'text':
        return spans.mark(inline.value, part, index, position);
      case 'noteRef':
        return [notes.at(inline.note, inline.n, part === 'note')];
      case 'pageBreak':
        return [x('pb', { n: inline.page })];
      case 'emendation': {
        // `[find?]`: the editors' queried reading, its doubt in @cert rather than its question mark;
        // a bare `[?]` queries the words before it. `[2]`, `[Washington,]`: what they supplied.
        if (!inline.query) return [x('supplied', { reason: 'editorial' }, spans.mark(inline.value, part, index, position))];
        const reading = inline.value.replace(/\s*\?$/, '');
        return [reading ? x('corr', { cert: 'low' }, spans.mark(reading, part, index, position)) : x('note', { type: 'query' }, '?')];
      }
    }
  });
}

/** The names and references found in a document, by the inline they stand in. */
class SpanIndex {
  private readonly byLocation = new Map<string, { start: number; end: number; wrap: (children: ElementContent[]) => Element }[]>();

  constructor(entry: EditionEntry) {
    // References first: a name inside a reference's words stays part of the reference, as the page shows it.
    for (const reference of entry.references) {
      this.add(reference.span, (children) => (reference.target ? x('ref', { target: `doc:${reference.target}` }, children) : x('rs', { type: 'document' }, children)));
    }
    for (const mention of entry.mentions) {
      this.add(mention, (children) => x(mention.kind === 'person' ? 'persName' : 'placeName', { ref: `${mention.kind}:${mention.id}` }, children));
    }
  }

  private add(span: TextSpan, wrap: (children: ElementContent[]) => Element): void {
    const key = `${span.part}:${span.index}:${span.inline}`;
    const list = this.byLocation.get(key) ?? [];
    // A span overlapping one already placed is left out, as the renderer leaves it.
    if (list.some((other) => span.start < other.end && other.start < span.end)) return;
    list.push({ start: span.start, end: span.end, wrap });
    this.byLocation.set(key, list);
  }

  /** `value` cut into text and the elements of the spans in it. */
  mark(value: string, part: TextSpan['part'], index: number, inline: number): ElementContent[] {
    const list = [...(this.byLocation.get(`${part}:${index}:${inline}`) ?? [])].sort((a, b) => a.start - b.start);
    const out: ElementContent[] = [];
    let cursor = 0;
    for (const span of list) {
      if (span.start < cursor || span.end > value.length || span.end <= span.start) continue;
      if (span.start > cursor) out.push({ type: 'text', value: value.slice(cursor, span.start) });
      out.push(span.wrap([{ type: 'text', value: value.slice(span.start, span.end) }]));
      cursor = span.end;
    }
    if (cursor < value.length) out.push({ type: 'text', value: value.slice(cursor) });
    return out;
  }
}

/**
 * Each note goes where its first marker stands; a later marker of the same
 * note, or a marker inside a note, points to it (`ref target="#…"`). Notes no
 * marker places (in the heading, or a marker lost in the transcription) come
 * at the end of the document.
 */
class NotePlacer {
  private readonly placed = new Set<number>();
  private readonly entry: EditionEntry;
  private readonly spans: SpanIndex;

  constructor(entry: EditionEntry, spans: SpanIndex) {
    this.entry = entry;
    this.spans = spans;
  }

  private id(note: number): string {
    return `${teiId(this.entry.id)}-note-${note + 1}`;
  }

  private element(note: number): Element {
    this.placed.add(note);
    const footnote = this.entry.parsed.footnotes[note];
    return x('note', { n: footnote.n, place: 'foot', 'xml:id': this.id(note) }, inlines(footnote.content, 'note', note, this.spans, this));
  }

  at(note: number, n: string, insideNote: boolean): Element {
    if (insideNote || this.placed.has(note) || !this.entry.parsed.footnotes[note]) return x('ref', { type: 'note', target: `#${this.id(note)}` }, n);
    return this.element(note);
  }

  unplaced(): Element[] {
    return this.entry.parsed.footnotes.flatMap((_, note) => (this.placed.has(note) ? [] : [this.element(note)]));
  }
}
