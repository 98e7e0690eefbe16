/**
 * Headings and datelines as other FRUS volumes print them (1861–1961), taken
 * from the Office of the Historian's public TEI of volumes the parser was not
 * developed on, with the date the TEI gives: a check that the grammars are
 * general, not fitted to the dev corpora.
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

describe('other volumes', () => {
  test.each([
    ['Mr. Seward to Lord Lyons.', 'Department of State, Washington, October 24, 1861.', '1861-10-24'], // frus1861
    ['Mr. Marsh to Mr. Seward.', 'Legation of the United States, Turin, July 6, 1861.', '1861-07-06'], // frus1861
    ['Baron Gerolt to Mr. Fish', 'Legation of the North German Union, Washington, October 15, 1870. (Received October 17.)', '1870-10-15'], // frus1870
    ['Mr. F. F. Low to Mr. Fish.', 'Legation of the United States, Pekin, August 18, 1870. (Received October 24)', '1870-08-18'], // frus1870
    ['No. 101. Mr. Sargent to Mr. Frelinghuysen', 'Legation of the United States, Berlin, October 9, 1882. (Received October 25.)', '1882-10-09'], // frus1882
    ['No. 202. Mr. Bingham to Mr. Frelinghuysen.', 'United States Legation, Japan, Tokei, August 27, 1882. (Received September 25.)', '1882-08-27'], // frus1882
    ['Mr. Hay to Mr. Choate.', 'Department of State, Washington, January 29, 1901.', '1901-01-29'], // frus1901
    ['Mr. Choate to Mr. Hay.', 'American Embassy, London, February 6, 1901.', '1901-02-06'], // frus1901
    ['Lord Lansdowne to Mr. Choate.', 'Foreign Office, January 26, 1901.', '1901-01-26'], // frus1901
    ['Mr. Hill to Mr. Buck.', 'Department of State, Washington, July 30, 1901.', '1901-07-30'], // frus1901
    ['Mr. Draper to Mr. Sherman.', 'Embassy of the United States, Rome, Italy, November 2, 1897. (Received December 10.)', '1897-11-02'], // frus1897
    ['Mr. Sherman to Mr. Draper.', 'Department of State, Washington, October 6, 1897.', '1897-10-06'], // frus1897
    ['President Wilson to the Counselor for the Department of State (Polk)', 'Washington, 28 January, 1918.', '1918-01-28'], // frus1914-20v02
    ['The Secretary of State to President Wilson', 'Washington, February 15, 1918.', '1918-02-15'], // frus1914-20v02
    ['The Ambassador in Great Britain (Page) to the Secretary of State', 'American Embassy, London, October 23, 1914, 6 p.m. [Received 11:45 p.m.]', '1914-10-23T18:00'], // frus1914Supp
    ['The Acting Secretary of State to the Ambassador in Germany (Gerard)', 'Department of State, Washington, October 24, 1914, 5 p.m.', '1914-10-24T17:00'], // frus1914Supp
    ['65. Memorandum of Record', 'Washington, November 30, 1961.', '1961-11-30'], // frus1917-72PubDipv06
    ['66. Memorandum From the Director of the United States Information Agency (Murrow) to President Kennedy', 'Washington, December 4, 1961.', '1961-12-04'], // frus1917-72PubDipv06
    ['The Secretary of State to the Ambassador in Great Britain (Kellogg)', 'Washington, August 22, 1924.', '1924-08-22'], // frus1924v02
    ['The Ambassador in Great Britain (Kellogg) to the Secretary of State', 'London, November 12, 1924. [Received November 24.]', '1924-11-12'], // frus1924v02
    ['The Chargé in Honduras (Dennis) to the Secretary of State', 'Tegucigalpa, April 7, 1925—9 a.m. [Received 2:45 p.m.]', '1925-04-07T09:00'], // frus1925v02
    ['The Secretary of State to the Chargé in Honduras (Dennis)', 'Washington, April 8, 1925—5 p.m.', '1925-04-08T17:00'], // frus1925v02
    ['The Acting Secretary of State to the Chargé in Argentina (Cable)', 'Washington, March 9, 1927—7 p.m.', '1927-03-09T19:00'], // frus1927v01
    ['The Chargé in Argentina (Cable) to the Secretary of State', 'Buenos Aires, March 10, 1927—3 p.m. [Received 5:30 p.m.]', '1927-03-10T15:00'], // frus1927v01
    ['The Acting Secretary of State to the Minister in the Netherlands (Diekema)', 'Washington, April 10, 1930—noon.', '1930-04-10T12:00'], // frus1930v01
    ['The Acting Secretary of State to the Minister in the Netherlands (Diekema)', 'Washington, April 10, 1930—3 p.m.', '1930-04-10T15:00'], // frus1930v01
    ['The Ambassador in France (Straus) to the Secretary of State', 'Paris, May 11, 1936—5 p.m. [Received May 11—2:50 p.m.]', '1936-05-11T17:00'], // frus1936v03
    ['The Consul at Geneva (Gilbert) to the Secretary of State', 'Geneva, May 12, 1936—4 p.m. [Received May 12—11:45 a.m.]', '1936-05-12T16:00'], // frus1936v03
    ['The Minister in Bolivia (Caldwell) to the Secretary of State', 'La Paz, October 25, 1937—5 p.m. [Received 7:30 p.m.]', '1937-10-25T17:00'], // frus1937v05
    ['The Minister in Bolivia (Caldwell) to the Secretary of State', 'La Paz, October 26, 1937—noon. [Received October 26—11:57 a.m.]', '1937-10-26T12:00'], // frus1937v05
    ['The Secretary of State to the Ambassador in China (Johnson)', 'Washington, March 11, 1938—6 p.m.', '1938-03-11T18:00'], // frus1938v04
    ['The Secretary of State to the Consul General at Tientsin (Caldwell)', 'Washington, March 11, 1938—6 p.m.', '1938-03-11T18:00'], // frus1938v04
    ['Memorandum of Conversation, by the Under Secretary of State (Welles)', '[Washington,] May 20, 1941.', '1941-05-20'], // frus1941v06
    ['The Secretary of State to the Ecuadoran Minister for Foreign Affairs (Tobar Donoso)', 'Washington, May 20, 1941.', '1941-05-20'], // frus1941v06
    ['Memorandum by the Adviser on Political Relations (Hornbeck)', '[Washington,] April 9, 1942.', '1942-04-09'], // frus1942China
    ['Memorandum by the Chief of the Division of Far Eastern Affairs (Hamilton) to the Under Secretary of State (Welles)', '[Washington,] April 13, 1942.', '1942-04-13'], // frus1942China
  ])('%s — %s', (heading, dateline, when) => {
    const parsed = parseDocument(`${heading}\n\n${dateline}\n\nThe text of the paper.\n`);
    expect(parsed.title).toBe(heading);
    expect(parsed.date).toBe(when);
    expect(parsed.place).not.toBeNull();
  });
});
