/**
 * Benchmark of the name matcher on the dev corpus (1,180 documents, about 2 M
 * characters of body and notes) with throwaway indexes of growing size: the
 * matching time should stay flat as the index grows (one trie walk per word
 * start), and grow with the text only.
 *
 * SKIP_SITE_BUILD=1 npx vitest bench --run tests/unit/names-matcher.bench.ts
 *
 * Measured on the development machine: 0.2–0.35 s for the corpus whatever the index
 * size, 128 to 98,000 forms: ~3,500–5,000 documents/s, ~6–9 M characters/s,
 * ~45,000–50,000 mentions/s with a 1,000+-entry index.
 */
import { existsSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { readContent } from '../../src/build/content/read-content.ts';
import { buildNameIndex, findMentions } from '../../src/core/names/find-mentions.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import type { PersonEntry } from '../../src/core/schemas/person.ts';

const corpus = new URL('../../../shared/corpus/frus-dev/', import.meta.url).pathname;
const seeds = readContent(new URL('../../content/', import.meta.url).pathname);
const parsed = existsSync(corpus) ? readContent(corpus).documents.map((document) => parseDocument(document.text)) : [];

const syllables = ['ka', 'ro', 'mi', 'san', 'vel', 'tor', 'an', 'gu', 'lis', 'dor', 'pe', 'ny', 'shi', 'zov', 'mar', 'ten'];
/** A made-up but unique name for entry `n`: the surname spells `n` in syllables, so no two entries share a form. */
function syntheticPerson(n: number): PersonEntry {
  let surname = '';
  let rest = n;
  do {
    surname += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0);
  surname = surname[0].toUpperCase() + surname.slice(1);
  return { id: `p-${n}`, name: `${syllables[n % 7].toUpperCase()}. ${surname}ov`, variants: [`${surname}ov`], ordinaryWords: [] };
}

describe.each([0, 5_000, 50_000])('findMentions over the dev corpus, %i extra index entries', (extra) => {
  const index = buildNameIndex([...seeds.people, ...Array.from({ length: extra }, (_, n) => syntheticPerson(n))], seeds.places);
  bench(
    `${index.size} forms`,
    () => {
      for (const document of parsed) findMentions(document, index, {});
    },
    { iterations: 5 },
  );
});
