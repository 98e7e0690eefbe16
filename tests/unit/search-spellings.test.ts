/** Other spellings for the search index: which authority spellings a document lacks, and how they travel in Pagefind's metadata. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findTokens, nameTokens, tokenKey } from '../../src/site/search/name-tokens.ts';
import { authorityForms, entriesNamedIn, otherSpellings, type AuthorityNames } from '../../src/site/search/other-spellings.ts';
import { decodeSpellings, encodeSpellings, othersText } from '../../src/site/search/spellings-meta.ts';

// The project's own authority files: the spellings come from them, never from a list in the code.
const content = resolve(import.meta.dirname, '../../content');
const people = parse(readFileSync(resolve(content, 'people.yaml'), 'utf8')) as AuthorityNames[];
const places = parse(readFileSync(resolve(content, 'places.yaml'), 'utf8')) as AuthorityNames[];
const byId = (id: string) => [...people, ...places].find((entry) => entry.id === id)!;

describe('nameTokens', () => {
  test.each([
    ['Chiang Kai-shek', ['chiang', 'kai', 'shek']],
    ['CHIANG KAI SHEK', ['chiang', 'kai', 'shek']],
    ['Ürümqi', ['urumqi']],
    ['U.S.S.R.', ['u', 's', 's', 'r']],
    ['  ', []],
  ])('%s → %j', (text, tokens) => {
    expect(nameTokens(text)).toEqual(tokens);
  });

  test('findTokens finds a sequence of words, and tokenKey makes spellings comparable', () => {
    expect(findTokens(['in', 'sin', 'kiang', 'today'], ['sin', 'kiang'])).toBe(1);
    expect(findTokens(['sin', 'today', 'kiang'], ['sin', 'kiang'])).toBe(-1);
    expect(findTokens(['a'], [])).toBe(-1);
    expect(tokenKey('Sin-kiang')).toBe(tokenKey('Sin Kiang'));
  });
});

describe('otherSpellings', () => {
  test.each([
    ['chungking', 'The British Ambassador in Chungking reported.', 'Chungking', ['Chongqing']],
    ['chungking', 'FROM CHUNGKING TO FOREIGN OFFICE', 'CHUNGKING', ['Chongqing']],
    ['sinkiang', 'the Sinkiang troops', 'Sinkiang', ['Xinjiang', 'Sin Kiang', 'Chinese Turkestan']],
    ['sinkiang', 'Sin Kiang is already an autonomous state', 'Sin Kiang', ['Sinkiang', 'Xinjiang', 'Chinese Turkestan']],
    ['chiang-kai-shek', 'to confer with Chiang Kai Shek and', 'Chiang Kai Shek', ['Jiang Jieshi']],
    ['chiang-kai-shek', 'Chiang was not at fault', 'Chiang', ['Chiang Kai-shek', 'Jiang Jieshi']],
  ])('%s in “%s”: the document spells it %s and lacks %j', (id, text, spelling, others) => {
    expect(otherSpellings([byId(id)], text)).toEqual([{ id, name: byId(id).name, spelling, others }]);
  });

  test('a document that has every spelling needs none, and accents and hyphens do not make a spelling new', () => {
    expect(otherSpellings([byId('chungking')], 'Chungking, now Chongqing')).toEqual([]);
    expect(otherSpellings([byId('sinkiang')], 'Sinkiang, Sin-Kiang, Xinjiang, Chinese Turkestan')).toEqual([]);
    const urumchi = otherSpellings([byId('urumchi')], 'Urumqi (Urumchi)');
    expect(urumchi[0].others).toEqual(['Tihwa']);
  });

  test('a person named only by an alias outside the authority file has no spelling of their own, and every authority spelling is other (once)', () => {
    expect(authorityForms(byId('chiang-kai-shek'))).toEqual(['Chiang Kai-shek', 'Chiang Kai Shek', 'Chiang Kai-Shek', 'Chiang', 'Jiang Jieshi']);
    expect(otherSpellings([byId('chiang-kai-shek')], 'the Generalissimo said')).toEqual([
      { id: 'chiang-kai-shek', name: 'Chiang Kai-shek', spelling: null, others: ['Chiang Kai-shek', 'Chiang', 'Jiang Jieshi'] },
    ]);
  });

  test('the spelling is cut from the text as printed, accents and all, wherever it falls after other accented letters', () => {
    expect(otherSpellings([byId('urumchi')], 'Talks at Ürümqi went on.')[0].spelling).toBe('Ürümqi');
    expect(otherSpellings([byId('chungking')], 'Café de la Paix, Genève; then Chungking.')[0].spelling).toBe('Chungking');
    expect(otherSpellings([byId('chungking')], 'Ⅻ Ürümqi – 𝔸 CHUNGKING')[0].spelling).toBe('CHUNGKING');
  });

  test('a spelling is matched as whole words only', () => {
    expect(otherSpellings([byId('chiang-kai-shek')], 'Chiangs and Jiangsu')[0].spelling).toBeNull();
  });

  test('entriesNamedIn finds places a header names in capitals', () => {
    expect(entriesNamedIn(places, 'FROM CHUNGKING TO FOREIGN OFFICE').map((entry) => entry.id)).toEqual(['chungking']);
  });
});

describe('spellings metadata', () => {
  const entries = otherSpellings([byId('chiang-kai-shek'), byId('chungking')], 'Chiang Kai Shek at Chungking');

  test('round-trips through Pagefind’s metadata string', () => {
    expect(decodeSpellings(encodeSpellings(entries))).toEqual(entries.map(({ name, spelling, others }) => ({ name, spelling, others })));
  });

  test.each([undefined, '', 'not json', '{"a":1}', '[["x",1,[]]]', '[["x"]]'])('malformed metadata %j gives no entries', (value) => {
    expect(decodeSpellings(value)).toEqual([]);
  });

  test('othersText is the hidden element’s text, one spelling after another', () => {
    expect(othersText(entries)).toBe('Jiang Jieshi, Chongqing');
  });
});
