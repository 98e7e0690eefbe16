/**
 * The TEI of a document, from the parsed record (src/site/tei/): what of the
 * seeds lands in which element, and that a transcription's own `<`, `&` and
 * quotes stay text. Validity against tei_all: tests/site/tei-export.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { documentTeiXml, editionTeiXml } from '../../src/site/tei/tei-files.ts';
import { w3cDate } from '../../src/site/tei/tei-document.ts';
import { editionOf, telegram } from '../support/editions.ts';

const edition = buildEdition(readContent(new URL('../../content/', import.meta.url).pathname));
const context = { edition: edition.settings, documentUrl: (id: string) => `https://example.org/documents/${id}/` };
const tei = (id: string) => documentTeiXml(edition.documents.find((entry) => entry.id === id)!, context);

describe('documentTeiXml', () => {
  test('heads the file with the XML declaration and the tei_all schema', () => {
    expect(tei('1937-12-21-henderson-333')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<\?xml-model href="[^"]+tei_all\.rng"[^?]*\?>\n<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0" xml:id="doc-1937-12-21-henderson-333">/,
    );
  });

  test('describes the telegram in its header: title, address, file number, sender, recipient, place and date (seed 001)', () => {
    const xml = tei('1937-12-21-henderson-333');
    expect(xml).toContain('<titleStmt><title>The Chargé in the Soviet Union (Henderson) to the Secretary of State</title><editor>The Edition Team</editor></titleStmt>');
    expect(xml).toContain('<idno type="URI">https://example.org/documents/1937-12-21-henderson-333/</idno>');
    expect(xml).toContain('<idno type="file">793.94/11763</idno><note type="source">793.94/11763: Telegram</note>');
    expect(xml).toContain(
      '<correspAction type="sent"><persName>Henderson (<roleName>Chargé in the Soviet Union</roleName>)</persName><placeName>Moscow</placeName><date when="1937-12-21T14:00:00">December 21, 1937—2 p.m.</date></correspAction>',
    );
    expect(xml).toContain('<correspAction type="received"><persName><roleName>Secretary of State</roleName></persName><note type="received">3:11 p.m.</note></correspAction>');
  });

  test('sets the note at its marker, the printed page break, numbered paragraphs and linked names (seed 001)', () => {
    const xml = tei('1937-12-21-henderson-333');
    expect(xml).toMatch(/<persName ref="person:litvinov">Litvinov<\/persName><note n="44" place="foot" xml:id="doc-1937-12-21-henderson-333-note-1">Soviet Commissar for Foreign Affairs\.<\/note>/);
    expect(xml).toContain('<pb n="828"/>');
    expect(xml).toContain('<p n="1."><label>1.</label> I am secretly leaving for <placeName ref="place:china">China</placeName>');
    expect(xml).toMatch(/<closer><signed><persName ref="person:[a-z-]+">Henderson<\/persName><\/signed><\/closer>/);
  });

  test('gives the printed source, the editors’ query as a doubtful correction, and the pages (seed 000)', () => {
    const xml = tei('1940-10-steinhardt-1390');
    expect(xml).toContain('<title level="m">Foreign Relations of the United States, 1940</title>');
    expect(xml).toContain('<biblScope unit="page" from="667" to="669">667–669</biblScope>');
    expect(xml).toContain('<corr cert="low">find</corr>');
    expect(xml).toContain('<pb n="668"/>');
    expect(xml).toContain('<date when="1940-10">October 1940</date>');
  });

  test('keeps the scan’s stamps as archival furniture, and the classification in the keywords (seed 003)', () => {
    const xml = tei('1944-06-10-harriman-stalin');
    expect(xml).toContain('<fw type="archival">Reproduced from the Collections of the Manuscript Division, Library of Congress</fw>');
    expect(xml).toContain('<term type="classification">SECRET</term>');
  });

  test('links a reference to the document of the edition it resolves to, and marks an unresolved one', () => {
    const resolved = editionOf({
      'a-1': telegram('Ambassador in the Soviet Union (Davies)', 'Secretary of State', 'Moscow, March 1, 1938—noon.', '55. Reference is made to nothing.'),
      'a-2': telegram('Ambassador in the Soviet Union (Davies)', 'Secretary of State', 'Moscow, March 3, 1938—noon.', '57. My 55, March 1, noon, and my 12, January 4, noon.'),
    });
    const xml = documentTeiXml(resolved.documents.find((entry) => entry.id === 'a-2')!, { edition: resolved.settings, documentUrl: () => null });
    expect(xml).toContain('<ref target="doc:a-1">My 55, March 1, noon</ref>');
    expect(xml).toMatch(/<rs type="document">my 12, January 4, noon<\/rs>/);
    expect(xml).toContain('<prefixDef ident="doc" matchPattern="(.+)" replacementPattern="$1.xml">');
    expect(xml).not.toContain('<idno type="URI">');
  });

  test('keeps markup, entities and quotes of a transcription as text', () => {
    const hostile = editionOf({
      evil: telegram(
        'Consul at <b>Geneva</b> (Gilbert & Co)',
        'Secretary of State',
        'Geneva, June 7, 1934—5 p.m.',
        ['1. </p></div><script>alert("x")</script> &amp; ]]> <!-- "quoted" \'too\''],
        ['A note with <note> & </TEI>.'],
      ),
    });
    const xml = documentTeiXml(hostile.documents[0], { edition: hostile.settings, documentUrl: () => null });
    expect(xml).not.toMatch(/<script|<b>|<\/TEI>.*<\/TEI>|<!--/s);
    expect(xml).toContain('&#x3C;/p>&#x3C;/div>&#x3C;script>alert("x")&#x3C;/script> &#x26;amp; ]]> &#x3C;!-- "quoted" \'too\'');
    expect(xml).toContain('Consul at &#x3C;b>Geneva&#x3C;/b> (Gilbert &#x26; Co)');
  });
});

describe('editionTeiXml', () => {
  test('is a teiCorpus: the edition’s header, its index in standOff, every document pointing into it', () => {
    const xml = editionTeiXml(edition, context);
    expect(xml).toMatch(
      /^<\?xml[^>]+\?>\n<\?xml-model[^>]+\?>\n<teiCorpus xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"><teiHeader><fileDesc><titleStmt><title>Moscow, Chungking and the War in Asia, 1937–1946<\/title>/,
    );
    expect(xml).toContain('<person xml:id="person-chiang-kai-shek"><persName>Chiang Kai-shek</persName>');
    expect(xml).toContain('<place xml:id="place-chungking" type="city"><placeName>Chungking</placeName><placeName type="modern">Chongqing</placeName>');
    expect(xml).toContain('<prefixDef ident="person" matchPattern="(.+)" replacementPattern="#person-$1">');
    expect(xml.match(/<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0" xml:id="doc-[^"]+">/g)).toHaveLength(edition.documents.length);
  });
});

test.each([
  ['1937-12-21T14:00', '1937-12-21T14:00:00'],
  ['1946-03-25', '1946-03-25'],
  ['1938-01', '1938-01'],
])('w3cDate(%s) is %s', (date, expected) => {
  expect(w3cDate(date)).toBe(expected);
});
