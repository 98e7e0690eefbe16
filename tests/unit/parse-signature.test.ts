import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import { isSignatureLine } from '../../src/core/parse/signature.ts';

const header = 'File No. 763.72112/3838\n\nThe Secretary of State to the Ambassador in Great Britain (Page)\n\nWashington, June 23, 1917.\n\n';

function signed(body: string) {
  const parsed = parseDocument(`${header}${body}`);
  return {
    signatures: parsed.signatures,
    date: parsed.date,
    place: parsed.place,
    text: parsed.body
      .filter((block) => !block.role)
      .map((block) =>
        block.content
          .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'emendation' ? `[${inline.value}]` : ''))
          .join('')
          .trim(),
      ),
  };
}

describe('isSignatureLine', () => {
  test.each([
    'Steinhardt',
    'Cordell Hull',
    'Louis G. Dreyfus, Jr.',
    'Geo. H. Dern',
    '[Des Portes]',
    'H. L. F. Lagercrantz A. R. Nordvall',
    'Alvey A. Adee Second Assistant Secretary',
    'Vance C. McCormick Chairman, War Trade Board',
    'A. A. SARGENT.',
    'FR. v. GEROLT.',
  ])('%s is a signature', (line) => {
    expect(isSignatureLine(line)).toBe(true);
  });

  test.each(['Sincerely yours,', 'Repeated to Habana.', 'Second Secretary of Embassy', '[Subenclosure]', 'For the Secretary of State:', 'Accept, Excellency,'])('%s is not', (line) => {
    expect(isSignatureLine(line)).toBe(false);
  });
});

describe('signatures at the end of a paper', () => {
  test('past seals and the office printed below the name', () => {
    expect(
      signed(
        'The undersigned sign the present contract.\n\nCordell Hull\n\n[Seal]\n\nSecretary of State of the United States of America.\n\nR. de Lima e Silva\n\nSeal\n\nAmbassador Extraordinary and Plenipotentiary of the United States of Brazil.\n',
      ).signatures,
    ).toEqual(['Cordell Hull', 'R. de Lima e Silva']);
  });

  test('past a countersignature and a place-and-date line, which dates an undated paper', () => {
    const parsed = parseDocument(
      'Proclamation No. 1392\n\nNow, therefore, I do hereby proclaim it.\n\nIn witness whereof I have hereunto set my hand.\n\nWoodrow Wilson\n\nBy the President, Frank L. Polk Acting Secretary of State.\n\nThe White House, 22 June, 1917.\n',
    );
    expect(parsed.signatures).toEqual(['Woodrow Wilson']);
    expect([parsed.place, parsed.date]).toEqual(['The White House', '1917-06-22']);
  });

  test('past an editor’s note in brackets, which stays text', () => {
    const { signatures, text } = signed('Communicate with Foreign Office.\n\nLansing\n\n[Page 908] [For a statement by the Ambassador, see his telegram 6761, July 18, 1917.]\n');
    expect(signatures).toEqual(['Lansing']);
    expect(text.at(-1)).toMatch(/^\[For a statement/);
  });

  test('a signature before the heading of a further, unsigned paper', () => {
    expect(
      signed(
        'Letters giving further details going forward by mail.\n\nLansing\n\nPublic Statement Issued by the Exports Administrative Board, September 29, 1917\n\nThe Board has instructed the Director not to grant licenses.\n',
      ).signatures,
    ).toEqual(['Lansing']);
  });

  test('a signature after “For the Ambassador:” inside the text, before an enclosure', () => {
    expect(
      signed(
        'Respectfully yours.\n\nFor the Ambassador:\n\nLouis G. Dreyfus, Jr.\n\nCounselor of Embassy\n\n[Enclosure]\n\nThe negotiations will soon be started in Lima.\n\nAncón, January 11, 1934.\n',
      ).signatures,
    ).toEqual(['Louis G. Dreyfus, Jr.']);
  });

  test('the addressee below an old despatch’s signature', () => {
    expect(signed('I have, etc.,\n\nWILLIAM H. SEWARD.\n\nHon. Charles Francis Adams, &c., &c., &c.\n').signatures).toEqual(['WILLIAM H. SEWARD.']);
  });

  // FRUS 1901: the close shortened in the text, the name closed by a stop, then an inclosure.
  test('after an old close shortened to “I have, etc.,”, a name closed by a stop, before an inclosure', () => {
    const text =
      'Sir: I have the honor to inclose herewith copies of two notes.\n\nI have, etc.,\n\nE. H. Conger.\n\n[Inclosure 1 in No. 523.—Translation.]\n\nPrince Ching to Mr. Conger.\n\nYour Excellency: I have the honor to acknowledge.\n\nCards of Prince Ching and Li Hung-chang.\n';
    expect(signed(text).signatures).toEqual(['E. H. Conger.']);
  });

  test.each([
    ['I am, etc.,\n\nJoseph H. Choate.\n', 'Joseph H. Choate.'],
    ['I am, &c.,\n\nDavid J. Hill, Acting Secretary.\n', 'David J. Hill, Acting Secretary.'],
    ['I have the honor to be, sir, your obedient servant,\n\nAlvey A. Adee,\n\nActing Secretary.\n', 'Alvey A. Adee,'],
  ])('the name after an older close: %j', (close, name) => {
    expect(signed(`Sir: The Government of the United States highly appreciates the courtesies shown.\n\n${close}`).signatures).toEqual([name]);
  });
});
