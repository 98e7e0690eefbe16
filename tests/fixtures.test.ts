/**
 * Fixture tests: `tests/fixtures/<case>/input.txt` is parsed and compared with
 * `expected.json` (and a seed's rendering with `expected.html`). Run with
 * `UPDATE=1` to regenerate the expectations after an intended change, then
 * review the diff; on CI a missing expectation fails. A hard case taken from the dev corpora
 * also keeps the FRUS ground truth beside it (`truth.json`), and its parse must
 * agree with that truth field by field, as `score.py` compares them; that part
 * is never regenerated.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../src/build/content/read-content.ts';
import { buildEdition } from '../src/core/edition/build-edition.ts';
import { toDocumentRecord } from '../src/core/edition/document-record.ts';
import { inlineText } from '../src/core/parse/inline.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import { renderDocument, type RenderLinks } from '../src/core/render/render-document.ts';

const root = new URL('./fixtures/', import.meta.url).pathname;
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.txt')));

/** What a fixture pins down: the open-data record and the shape of the body. */
function snapshot(name: string, raw: string) {
  const parsed = parseDocument(raw);
  // References, people, places and the printed source are the edition's, set once every document is read.
  const { references: _references, people: _people, places: _places, printedSource: _printedSource, ...record } = toDocumentRecord(parsed, { id: name, sourceFile: `${name}.txt` });
  return {
    record,
    blocks: parsed.body.map((block) => ({
      line: block.line,
      ...(block.role ? { role: block.role } : {}),
      ...(block.label ? { label: block.label } : {}),
      depth: block.depth,
      start: inlineText(block.content).slice(0, 60),
    })),
    headerNotes: parsed.headerNotes,
  };
}

/** A value as score.py compares it: curly quotes, spacing, a leading "The" and closing punctuation aside, in lower case. */
function normal(value: unknown): string {
  return String(value ?? '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.,;:\s]+|[.,;:\s]+$/g, '')
    .replace(/^the\s+/i, '')
    .toLowerCase();
}

interface Truth {
  source?: string | null;
  fileNumber?: string | null;
  head?: string;
  from?: { name?: string; role?: string } | null;
  to?: { name?: string; role?: string } | null;
  place?: string | null;
  date?: string | null;
  received?: string | null;
  datelinePresent?: boolean;
  telegramNumber?: string | null;
  signedBy?: string[];
  footnotes?: { n: string; text: string }[];
  pageBreaks?: string[];
  furniture?: string[];
}

/** The fields the truth gives, read from the parse as the open data publishes them. */
function againstTruth(raw: string, truth: Truth) {
  const record = toDocumentRecord(parseDocument(raw), { id: 'case', sourceFile: 'case.txt' });
  const pairs: [string, unknown, unknown][] = [];
  const add = (field: string, want: unknown, have: unknown) => pairs.push([field, want, have]);
  if (truth.source) add('source', normal(truth.source), normal(record.source));
  if (truth.fileNumber) add('fileNumber', normal(truth.fileNumber), normal(record.fileNumber));
  if (truth.head) add('title', normal(truth.head), normal(record.title));
  for (const party of ['from', 'to'] as const) {
    for (const part of ['name', 'role'] as const) {
      const want = truth[party]?.[part];
      if (want) add(`${party}.${part}`, normal(want), normal(record[party]?.[part]));
    }
  }
  if (truth.datelinePresent) {
    if (truth.place) add('place', normal(truth.place), normal(record.place));
    if (truth.date) add('date', truth.date.slice(0, truth.date.includes('T') ? 16 : 10), record.date?.slice(0, truth.date.includes('T') ? 16 : 10));
    if (truth.received) add('received', normal(truth.received), normal(record.received));
  }
  if (truth.telegramNumber) add('telegramNumber', truth.telegramNumber, record.telegramNumber);
  if (truth.signedBy?.length) add('signedBy', normal(truth.signedBy.at(-1)), normal(record.signedBy));
  add(
    'footnotes',
    (truth.footnotes ?? []).map((note) => [note.n, normal(note.text)]),
    record.footnotes.map((note) => [note.n, normal(note.text)]),
  );
  add('pageBreaks', truth.pageBreaks ?? [], record.pageBreaks);
  const furniture = new Set(record.provenance.furniture.map((line) => normal(line.text)));
  add(
    'furniture',
    (truth.furniture ?? []).map(normal),
    (truth.furniture ?? []).map(normal).filter((line) => furniture.has(line)),
  );
  return { want: Object.fromEntries(pairs.map(([field, want]) => [field, want])), have: Object.fromEntries(pairs.map(([field, , have]) => [field, have])) };
}

const truthCases = cases.filter((name) => existsSync(join(root, name, 'truth.json')));

describe('hard cases from the dev corpora agree with the FRUS ground truth', () => {
  test.each(truthCases)('%s', (name) => {
    const { want, have } = againstTruth(readFileSync(join(root, name, 'input.txt'), 'utf8'), JSON.parse(readFileSync(join(root, name, 'truth.json'), 'utf8')));
    expect(have).toEqual(want);
  });
});

/**
 * The expectation in `file`: written when asked (`UPDATE=1`) or when a new case has none yet,
 * except on CI, where a missing expectation fails rather than being made up from the output.
 */
function expectation(file: string, actual: string): string {
  if (process.env.UPDATE || (!existsSync(file) && !process.env.CI)) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing: run the fixture tests with UPDATE=1 and review it`).toBe(true);
  return readFileSync(file, 'utf8');
}

describe('parser fixtures', () => {
  test.each(cases)('%s parses as expected', (name) => {
    const raw = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const actual = snapshot(name, raw);
    expect(actual).toEqual(JSON.parse(expectation(join(root, name, 'expected.json'), `${JSON.stringify(actual, null, 2)}\n`)));
  });
});

// The seeds as the edition renders them (content/, with its index and sidecars): body, then notes.
describe('seed fixtures render as expected (expected.html)', () => {
  const edition = buildEdition(readContent(new URL('../content/', import.meta.url).pathname));
  const links: RenderLinks = {
    entity: (kind, id) => `/${kind === 'person' ? 'people' : 'places'}/${id}/`,
    reference: (reference) => (reference.target ? `/documents/${reference.target}/` : null),
    describe: () => null,
  };
  test.each(cases.filter((name) => name.startsWith('seed-')))('%s', (name) => {
    const raw = readFileSync(join(root, name, 'input.txt'), 'utf8');
    const entry = edition.documents.find((document) => document.raw.text === raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''));
    expect(entry, `${name}: no document of content/ has this text`).toBeDefined();
    const { bodyHtml, notesHtml } = renderDocument(entry!, links);
    const actual = `${bodyHtml}\n<!-- notes -->\n${notesHtml}\n`;
    expect(actual).toBe(expectation(join(root, name, 'expected.html'), actual));
  });
});
