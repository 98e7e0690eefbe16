/** Search result snippets: around the matches in the document's own words, never the hidden other spellings. */
import { describe, expect, test } from 'vitest';
import { firstMarked, resultExcerpt, textFragmentUrl, type ExcerptPart } from '../../src/client/search/excerpt.ts';
import { othersText, type SpellingEntry } from '../../src/site/search/spellings-meta.ts';

const show = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

const spellings: SpellingEntry[] = [
  { name: 'Chiang Kai-shek', spelling: 'Chiang Kai Shek', others: ['Jiang Jieshi'] },
  { name: 'Chungking', spelling: 'Chungking', others: ['Chongqing'] },
];
const text = 'The Ambassador reported from Chungking that Chiang Kai Shek would leave.';
// Pagefind's content: the page's words, then the hidden element with the other spellings.
const content = `${text} ${othersText(spellings)}`;
const othersStart = text.split(' ').length;
const othersLength = othersText(spellings).split(' ').length;
const at = (word: string) => content.split(' ').indexOf(word);

describe('resultExcerpt', () => {
  test('marks the matches in the text, and links to the first', () => {
    const excerpt = resultExcerpt({ content, locations: [at('Chungking')], othersStart, othersLength, spellings, query: 'Chungking' });
    expect(show(excerpt.parts)).toBe('The Ambassador reported from [Chungking] that Chiang Kai Shek would leave.');
    expect(excerpt.linkText).toBe('Chungking');
    expect(excerpt.spelling).toBeNull();
  });

  test('when only another spelling matched, marks the document’s own spelling and says so', () => {
    const excerpt = resultExcerpt({ content, locations: [at('Jiang'), at('Jieshi,')], othersStart, othersLength, spellings, query: 'Jiang Jieshi' });
    expect(show(excerpt.parts)).toBe('The Ambassador reported from Chungking that [Chiang Kai Shek] would leave.');
    expect(excerpt.linkText).toBe('Chiang Kai Shek');
    expect(excerpt.spelling).toEqual({ name: 'Chiang Kai-shek', matchedAs: 'Jiang Jieshi', spelling: 'Chiang Kai Shek' });
  });

  test('never shows the other spellings as text', () => {
    const excerpt = resultExcerpt({ content, locations: [at('Chongqing')], othersStart, othersLength, spellings, query: 'Chongqing' }, 100);
    expect(show(excerpt.parts)).not.toMatch(/Chongqing|Jiang/);
    expect(show(excerpt.parts)).toContain('[Chungking]');
  });

  test('keeps about `length` words around the densest matches, with ellipses where text is cut', () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
    words[10] = 'Stalin';
    words[60] = 'Stalin';
    words[63] = 'Stalin';
    const excerpt = resultExcerpt({ content: words.join(' '), locations: [10, 60, 63], query: 'Stalin' }, 12);
    expect(show(excerpt.parts)).toBe('… w57 w58 w59 [Stalin] w61 w62 [Stalin] w64 w65 w66 w67 w68 …');
  });

  test('comes from the text, not the opening: a match in the heading or source note alone shows the start of the text, unmarked', () => {
    const opening = 'The Chargé in the Soviet Union (Henderson) to the Secretary of State. Moscow. 793.94/11763: Telegram.';
    const page = `${opening} ${text}`;
    const textStart = opening.split(' ').length;
    const word = (w: string) => page.split(' ').indexOf(w);
    const both = resultExcerpt({ content: page, locations: [word('Soviet'), word('Chungking')], textStart, query: 'Soviet Chungking' });
    expect(show(both.parts)).toBe('The Ambassador reported from [Chungking] that Chiang Kai Shek would leave.');
    const headerOnly = resultExcerpt({ content: page, locations: [word('793.94/11763:')], textStart, query: '793.94/11763' });
    expect(show(headerOnly.parts)).toBe(text);
    expect(headerOnly.linkText).toBeNull();
  });

  test('a search by filters only has no snippet; a page without other spellings keeps its excerpt as usual', () => {
    expect(resultExcerpt({ content, locations: [], query: '' })).toEqual({ parts: [], linkText: null, spelling: null });
    expect(show(resultExcerpt({ content: 'Sin Kiang is autonomous', locations: [0, 1], query: 'Sin Kiang' }).parts)).toBe('[Sin Kiang] is autonomous');
  });

  test('a name the document spells otherwise than the authority file still explains the match, without marks', () => {
    const alias: SpellingEntry[] = [{ name: 'Chiang Kai-shek', spelling: null, others: ['Chiang Kai-shek', 'Jiang Jieshi'] }];
    const page = `The Generalissimo left. ${othersText(alias)}`;
    const excerpt = resultExcerpt({ content: page, locations: [6], othersStart: 3, othersLength: 4, spellings: alias, query: 'Jieshi' });
    expect(show(excerpt.parts)).toBe('The Generalissimo left.');
    expect(excerpt.linkText).toBeNull();
    expect(excerpt.spelling).toEqual({ name: 'Chiang Kai-shek', matchedAs: 'Jiang Jieshi', spelling: null });
  });
});

describe('links to the match', () => {
  test('firstMarked drops the punctuation around a match', () => {
    expect(
      firstMarked([
        { text: 'by ', mark: false },
        { text: '(Henderson),', mark: true },
      ]),
    ).toBe('Henderson');
    expect(firstMarked([{ text: 'nothing', mark: false }])).toBeNull();
  });

  test.each([
    ['/documents/a/', 'Chiang Kai-shek', '/documents/a/#:~:text=Chiang%20Kai%2Dshek'],
    ['/documents/a/#x', 'Tom & Jerry, Inc', '/documents/a/#:~:text=Tom%20%26%20Jerry%2C%20Inc'],
    ['/documents/a/', null, '/documents/a/'],
  ])('%s + %s → %s', (url, words, expected) => {
    expect(textFragmentUrl(url, words)).toBe(expected);
  });
});
