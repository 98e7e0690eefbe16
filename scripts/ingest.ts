/**
 * `npm run ingest -- --content <dir> --out <file.json>`: parses a content folder
 * and writes the edition's open data (shared/docs/edition-data.md) without
 * building the site. Prints each warning as `file:line: message`. A missing,
 * misnamed or empty content folder (the same line `npm run build` prints), or
 * an `--out` that is a folder, is reported in one line, exit 1, before
 * anything is read. With `--unindexed`, also
 * prints the capitalized names that match no entry of people.yaml or
 * places.yaml (count, name, file:line), for editors to index. Always prints
 * one line counting resolved, unresolved and ambiguous references; with
 * `--references-report`, also the counts by kind and reason and each
 * document's unresolved references. With `--report <file.html>`, also writes
 * the editor's review page (src/site/review/), its links to the document pages
 * of the site at `--report-site` (default the dev server, http://localhost:4321/).
 * With `--markdown <folder>`, also writes each document there as Markdown with
 * its typed fields as frontmatter (`<id>.md`, src/core/markdown/), for an editor
 * to take over by hand.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { exitWithError, readOptions, type Command } from '../src/build/command-line.ts';
import { contentFolderProblem } from '../src/build/content/content-folder.ts';
import { readContent } from '../src/build/content/read-content.ts';
import { buildEdition } from '../src/core/edition/build-edition.ts';
import { toOpenData } from '../src/site/open-data.ts';
import { documentToMarkdown } from '../src/core/markdown/write-markdown.ts';
import { findUnindexedNames, formatUnindexedReport } from '../src/core/names/unindexed.ts';
import { reviewData } from '../src/site/review/review-data.ts';
import { reviewPageHtml } from '../src/site/review/review-html.ts';
import { referenceReportLines, referenceSummaryLine, summarizeReferences } from '../src/core/references/summarize-references.ts';

const command: Command = {
  name: 'ingest',
  invocation: 'npm run ingest --',
  usage: `Usage: npm run ingest -- [--content <folder>] [--out <file.json>] [--quiet] [--unindexed] [--references-report] [--report <file.html>] [--markdown <folder>]

Parses a content folder and writes the edition's open data, without building the
site; prints each parser warning as file:line: message.

  --content <folder>   the content folder (default EDITION_CONTENT, else content/)
  --out <file.json>    where the open data goes (default edition.json)
  --quiet              no warnings, only the summary lines
  --unindexed          also list capitalized names no people or places entry matches
  --references-report  also list the references by kind and reason, and the unresolved ones
  --report <file.html> also write the editor's review page: by document, warnings, references
                       not followed and why, unindexed names, sidecar values, linked to their lines
  --report-site <url>  the site the review page links to (default http://localhost:4321/, npm run dev)
  --markdown <folder>  also write each document there as <id>.md, its fields as frontmatter
  -h, --help           print this help`,
};

const values = readOptions(command, {
  content: { type: 'string' },
  out: { type: 'string', default: 'edition.json' },
  quiet: { type: 'boolean', default: false },
  unindexed: { type: 'boolean', default: false },
  'references-report': { type: 'boolean', default: false },
  report: { type: 'string' },
  'report-site': { type: 'string', default: 'http://localhost:4321/' },
  markdown: { type: 'string' },
});

// The folder as given, for the warnings' file names; and how it was given, for the fix a mistake names.
const contentArg = values.content ?? process.env.EDITION_CONTENT ?? 'content';
const setting = values.content === undefined && process.env.EDITION_CONTENT ? 'EDITION_CONTENT' : '--content';
const contentDir = resolve(contentArg);
const out = resolve(values.out);
const report = values.report === undefined ? null : resolve(values.report);
const reportSite = siteAddress(values['report-site']);
const markdownDir = values.markdown === undefined ? null : resolve(values.markdown);
const problem =
  contentFolderProblem(contentDir, setting) ??
  (isFolder(out) ? `--out ${out} is a folder: name a .json file` : null) ??
  (report && isFolder(report) ? `--report ${report} is a folder: name an .html file` : null) ??
  (reportSite ? null : `--report-site ${values['report-site']} is not an http:// or https:// address`) ??
  // Written into the content folder, each document would be there twice, as .txt and as .md.
  (markdownDir && isWithin(markdownDir, contentDir) ? `--markdown ${markdownDir} is inside the content folder ${contentDir}: name a folder outside it` : null);
if (problem) exitWithError(command, problem);
const started = performance.now();
let input: ReturnType<typeof readContent>;
try {
  input = readContent(contentDir);
} catch (error) {
  exitWithError(command, `cannot read ${contentDir}: ${error instanceof Error ? error.message : String(error)}`);
}
const edition = buildEdition(input);
const data = toOpenData(edition);

for (const problem of edition.problems) console.error(`error: ${problem}`);
let warningCount = 0;
for (const entry of edition.documents) {
  for (const warning of entry.record.warnings) {
    warningCount += 1;
    if (!values.quiet) console.error(`${join(contentArg, warning.file ?? entry.record.sourceFile)}:${warning.line}: ${warning.message}`);
  }
}

try {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
} catch (error) {
  exitWithError(command, `cannot write --out ${out}: ${error instanceof Error ? error.message : String(error)}`);
}
if (markdownDir) {
  try {
    mkdirSync(markdownDir, { recursive: true });
    for (const entry of edition.documents) writeFileSync(join(markdownDir, `${entry.id}.md`), documentToMarkdown(entry.parsed));
  } catch (error) {
    exitWithError(command, `cannot write --markdown ${markdownDir}: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.error(`ingest: ${edition.documents.length} documents as Markdown → ${markdownDir}`);
}
if (values.unindexed) {
  const candidates = findUnindexedNames(edition.documents.map((entry) => ({ id: entry.id, sourceFile: entry.record.sourceFile, parsed: entry.parsed, mentions: entry.mentions })));
  console.log(formatUnindexedReport(candidates, contentArg));
}
if (report && reportSite) {
  const html = reviewPageHtml(reviewData(edition), {
    editionTitle: edition.settings.title,
    contentLabel: contentArg,
    documentUrl: (id, anchor) => new URL(`documents/${encodeURIComponent(id)}/${anchor ? `#${anchor}` : ''}`, reportSite).href,
  });
  try {
    mkdirSync(dirname(report), { recursive: true });
    writeFileSync(report, html);
  } catch (error) {
    exitWithError(command, `cannot write --report ${report}: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.error(`ingest: editor's review → ${report}`);
}
const references = summarizeReferences(edition.documents);
if (values['references-report']) console.log(referenceReportLines(references).join('\n'));
else console.error(`ingest: ${referenceSummaryLine(references)} (--references-report lists the unresolved)`);
const seconds = (performance.now() - started) / 1000;
console.error(`ingest: ${data.documents.length} documents, ${warningCount} warnings, ${data.people.length} people, ${data.places.length} places → ${out} (${seconds.toFixed(2)} s)`);

/** The site address as a base for relative links (`http://localhost:4321/edition` → `…/edition/`), or null when it is no web address. */
function siteAddress(value: string): URL | null {
  try {
    const url = new URL(value.endsWith('/') ? value : `${value}/`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isWithin(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
}
