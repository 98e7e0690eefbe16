import { describe, expect, test } from 'vitest';
import { parseHeadingParties } from '../../src/core/parse/heading.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

describe('parseHeadingParties', () => {
  test.each([
    ['The Chargé in the Soviet Union (Henderson) to the Secretary of State', { name: 'Henderson', role: 'Chargé in the Soviet Union' }, { role: 'Secretary of State' }],
    [
      'The Secretary of State to the Argentine Minister for Foreign Affairs (Saavedra Lamas)',
      { role: 'Secretary of State' },
      { name: 'Saavedra Lamas', role: 'Argentine Minister for Foreign Affairs' },
    ],
    [
      'The Ambassador in Japan (Morris), temporarily at Vladivostok, to the Secretary of State',
      { name: 'Morris', role: 'Ambassador in Japan (Morris), temporarily at Vladivostok' },
      { role: 'Secretary of State' },
    ],
    [
      'The Chairman of the Advisory Commission of Railway Experts to Russia (Stevens) to the Secretary of State',
      { name: 'Stevens', role: 'Chairman of the Advisory Commission of Railway Experts' },
      { role: 'Secretary of State' },
    ],
    ['The Department of State to the British Embassy', { role: 'Department of State' }, { role: 'British Embassy' }],
    ['The Assistant Secretary of State (Welles) to President Roosevelt', { name: 'Welles', role: 'Assistant Secretary of State' }, { name: 'Roosevelt', role: 'President Roosevelt' }],
    ['FROM CHUNGKING TO FOREIGN OFFICE', { role: 'Chungking' }, { role: 'Foreign Office' }],
    ['Mr. Draper to Mr. Sherman.', { name: 'Draper', role: 'Mr. Draper' }, { name: 'Sherman', role: 'Mr. Sherman' }],
    ['No. 101. Mr. Sargent to Mr. Frelinghuysen', { name: 'Sargent', role: 'Mr. Sargent' }, { name: 'Frelinghuysen', role: 'Mr. Frelinghuysen' }],
    ['Visconti Venosta to Mr. Draper.', { name: 'Visconti Venosta' }, { name: 'Draper', role: 'Mr. Draper' }],
    ['The Secretary of State to Mr. Ira Jewell Williams, Philadelphia', { role: 'Secretary of State' }, { name: 'Ira Jewell Williams', role: 'Mr. Ira Jewell Williams, Philadelphia' }],
    ['The Secretary of State to Cook’s Linoleum Co.', { role: 'Secretary of State' }, { role: 'Cook’s Linoleum Co.' }],
    ['The Commission to Negotiate Peace to the Acting Secretary of State', { role: 'Commission to Negotiate Peace' }, { role: 'Acting Secretary of State' }],
    ['The Secretary of State to the Commission to Negotiate Peace', { role: 'Secretary of State' }, { role: 'Commission to Negotiate Peace' }],
    [
      'Memorandum Handed by the Brazilian Ambassador (Aranha) to the Economic Adviser (Feis), Circa December 18, 1934',
      { name: 'Aranha', role: 'Brazilian Ambassador' },
      { name: 'Feis', role: 'Economic Adviser (Feis), Circa December 18, 1934' },
    ],
  ])('%s', (heading, from, to) => {
    expect(parseHeadingParties(heading)).toEqual({ from, to });
  });

  test('a memorandum has an author and no addressee', () => {
    expect(parseHeadingParties('Memorandum by the Economic Adviser (Feis)')).toEqual({
      from: { name: 'Feis', role: 'Economic Adviser' },
      to: null,
    });
  });

  test('a title that names no parties gives none', () => {
    expect(parseHeadingParties('Press Release Issued by the Department of State, April 11, 1934')).toEqual({ from: null, to: null });
  });

  test('“Same to same.” names no parties: they are those of the paper before', () => {
    expect(parseHeadingParties('Same to same.')).toEqual({ from: null, to: null });
    expect(parseHeadingParties('Same to Mr. Storer.')).toEqual({ from: null, to: { name: 'Storer', role: 'Mr. Storer' } });
  });
});

describe('older headings that open the header', () => {
  test.each(['Same to same.', 'Same to Mr. Storer.', 'Mr. Hay to same.', 'Circular.'])('%s, then the dateline', (heading) => {
    const parsed = parseDocument(`${heading}\n\nDepartment of State, Washington, December 16, 1901.\n\nSir: I have the honor to acknowledge the receipt of your note.\n\nI have, etc.,\n\nJohn Hay.\n`);
    expect(parsed).toMatchObject({ title: heading, place: 'Department of State, Washington', date: '1901-12-16', signatures: ['John Hay.'] });
  });
});

describe('older papers: what kind of paper, from the place a "Sir:" letter was written', () => {
  test.each([
    ['Mr. Hay to Mr. Choate.', 'Department of State, Washington, January 29, 1901.', 'instruction'],
    ['Mr. Conger to Mr. Hay.', 'Legation of the United States, Peking, January 3, 1901.', 'despatch'],
    ['Mr. Choate to Mr. Hay.', 'American Embassy, London, February 6, 1901.', 'despatch'],
    ['Lord Lansdowne to Mr. Choate.', 'Foreign Office, January 26, 1901.', 'note'],
  ])('%s %s', (heading, dateline, type) => {
    expect(parseDocument(`${heading}\n\n${dateline}\n\nNo. 536.]\n\nSir: I have the honor to transmit a copy of the resolution.\n\nI have, etc.,\n\nJohn Hay.\n`).type).toBe(type);
  });

  test('notes of a conversation timed to the hour are a memorandum, not a telegram', () => {
    expect(
      parseDocument(
        'Notes of a Conversation Held in M. Pichon’s Room at the Quai d’Orsay, Paris, on Sunday, January 12, 1919, at 4 p.m.\n\nParis, January 12, 1919, 4 p.m.\n\nM. Clemenceau, in opening the meeting, said that the first question was the composition of the Conference.\n',
      ).type,
    ).toBe('memorandum');
  });
});
