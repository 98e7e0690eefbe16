/**
 * `npm run ingest -- --content <dir> --out <file.json>`: parses a content folder
 * and writes the edition's open data (shared/docs/edition-data.md) without
 * building the site. Prints each warning as `file:line: message`; exits
 * non-zero only when no document could be read. With `--unindexed`, also
 * prints the capitalized names that match no entry of people.yaml or
 * places.yaml (count, name, file:line), for editors to index. Always prints
 * one line counting resolved, unresolved and ambiguous references; with
 * `--references-report`, also the counts by kind and reason and each
 * document's unresolved references.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content/read-content.ts';
import { buildEdition } from '../src/lib/edition/build-edition.ts';
import { toOpenData } from '../src/lib/edition/open-data.ts';
import { findUnindexedNames, formatUnindexedReport } from '../src/lib/names/unindexed.ts';
import { referenceReportLines, referenceSummaryLine, summarizeReferences } from '../src/lib/references/summarize-references.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.EDITION_CONTENT ?? 'content' },
    out: { type: 'string', default: 'edition.json' },
    quiet: { type: 'boolean', default: false },
    unindexed: { type: 'boolean', default: false },
    'references-report': { type: 'boolean', default: false },
  },
});

const contentDir = resolve(values.content!);
const started = performance.now();
let input;
try {
  input = readContent(contentDir);
} catch (error) {
  console.error(`ingest: cannot read ${contentDir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const edition = buildEdition(input);
const data = toOpenData(edition);

for (const problem of edition.problems) console.error(`error: ${problem}`);
let warningCount = 0;
for (const entry of edition.documents) {
  for (const warning of entry.record.warnings) {
    warningCount += 1;
    if (!values.quiet) console.error(`${join(values.content!, entry.record.sourceFile)}:${warning.line}: ${warning.message}`);
  }
}

const out = resolve(values.out!);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
if (values.unindexed) {
  const candidates = findUnindexedNames(
    edition.documents.map((entry) => ({ id: entry.id, sourceFile: entry.record.sourceFile, parsed: entry.parsed, mentions: entry.mentions })),
  );
  console.log(formatUnindexedReport(candidates, values.content!));
}
const references = summarizeReferences(edition.documents);
if (values['references-report']) console.log(referenceReportLines(references).join('\n'));
else console.error(`ingest: ${referenceSummaryLine(references)} (--references-report lists the unresolved)`);
const seconds = (performance.now() - started) / 1000;
console.error(
  `ingest: ${data.documents.length} documents, ${warningCount} warnings, ${data.people.length} people, ${data.places.length} places → ${out} (${seconds.toFixed(2)} s)`,
);
if (data.documents.length === 0) process.exit(1);
