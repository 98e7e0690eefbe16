import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import type { Warning } from '../../core/schemas/document.ts';
import { editionSettingsSchema, type EditionSettings } from '../../core/schemas/edition.ts';
import { personEntrySchema } from '../../core/schemas/person.ts';
import { placeEntrySchema } from '../../core/schemas/place.ts';
import { sidecarSchema, type Sidecar } from '../../core/schemas/sidecar.ts';
import { hasFrontmatter } from '../../core/markdown/read-markdown.ts';
import type { ContentInput, RawDocument } from '../../core/model/content.ts';
import { ContentFiles } from './content-files.ts';
import { decodeTranscription } from './decode-text.ts';
import { documentIds } from './document-ids.ts';
import { readYamlItems, type YamlIssue, type YamlItem, type YamlItems } from './read-yaml.ts';
import { validateValues, type ValueIssue } from './validate-values.ts';

// A printed document is rarely over 100 KB (the dev corpora's largest: 85 KB); a
// file of megabytes is most likely a volume in one file, and its page as heavy.
const LARGE_DOCUMENT_BYTES = 1024 * 1024;

// In a bare folder of transcriptions, these are the edition's own files, not sidecars.
const EDITION_FILES = new Set(['edition.yaml', 'people.yaml', 'places.yaml']);

/** A transcription's file name: `.txt`, in any case. */
function isTranscriptionName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** A Markdown file's name: `.md`, in any case. It is a document only if it opens with frontmatter. */
function isMarkdownName(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

/** True for a `.md` file that opens with YAML frontmatter: a document an editor keeps in Markdown (src/core/markdown/). */
function isMarkdownDocument(files: ContentFiles, path: string): boolean {
  // The first bytes tell: a byte-order mark and `---` and a line end.
  const read = files.read(path, 8);
  return read.ok && hasFrontmatter(new TextDecoder().decode(read.bytes));
}

/**
 * Where a content folder's documents are (`<dir>/documents/`, else `<dir>`) and their file names, sorted:
 * transcriptions (`.txt`) and documents kept in Markdown (`.md` with frontmatter).
 */
export function documentFiles(dir: string): { documentsDir: string; files: string[] } {
  const files = new ContentFiles(dir);
  const documentsDir = files.isDirectory('documents') ? join(files.dir, 'documents') : files.dir;
  const names = readdirSync(documentsDir).filter((name) => isTranscriptionName(name) || (isMarkdownName(name) && isMarkdownDocument(files, files.relative(join(documentsDir, name)))));
  return { documentsDir, files: names.sort() };
}

/** How much a content folder holds, for sizing a build's memory (src/build/memory.ts). */
export interface ContentSize {
  /** Transcriptions. */
  documents: number;
  /** Their bytes. */
  bytes: number;
  /** The largest transcription, path relative to the content folder, or null for none. */
  largest: { file: string; bytes: number } | null;
}

/** How many transcriptions a content folder holds and their bytes, from the file system alone (scripts/build.ts sizes the build's memory by it). */
export function measureContent(dir: string): ContentSize {
  const files = new ContentFiles(dir);
  const { documentsDir, files: names } = documentFiles(files.dir);
  const size: ContentSize = { documents: names.length, bytes: 0, largest: null };
  for (const name of names) {
    const file = files.relative(join(documentsDir, name));
    const where = files.locate(file);
    const bytes = where.ok ? (statSync(where.real, { throwIfNoEntry: false })?.size ?? 0) : 0;
    size.bytes += bytes;
    if (bytes > (size.largest?.bytes ?? 0)) size.largest = { file, bytes };
  }
  return size;
}

/**
 * Reads a content folder: transcriptions from `<dir>/documents/` (or `.txt`
 * files in `<dir>` itself), `edition.yaml`, `people.yaml`, `places.yaml`, and
 * `<name>.yaml` sidecars beside the transcriptions. Documents are returned in
 * file-name order, which for a printed volume is the order of its pages.
 *
 * Nothing here aborts or loses a neighbour: every transcription is a document,
 * even one that cannot be read (it has the reason as a warning); a symbolic
 * link out of the content folder is never followed; each bad value of a YAML
 * file is reported with file, line and field and left out alone. Only a
 * content folder that does not exist throws.
 */
export function readContent(dir: string): ContentInput {
  const files = new ContentFiles(dir);
  const problems: string[] = [];
  const { documentsDir, files: names } = documentFiles(files.dir);
  const ids = documentIds(names.map(baseName));
  const people = readEntries(files, 'people.yaml', personEntrySchema, problems);
  const places = readEntries(files, 'places.yaml', placeEntrySchema, problems);
  const entryIds = new Set([...people, ...places].map((entry) => entry.id));
  const documents = names.map((name) => readDocument(files, documentsDir, name, ids.get(baseName(name))!, entryIds));
  problems.push(...unusedFiles(files, documentsDir, names));
  const documentsFolder = files.locate('documents');
  if (!documentsFolder.ok && files.exists('documents')) problems.push(`documents:0: the folder ${documentsFolder.reason}; transcriptions are read from the content folder itself`);

  const fallbackTitle = titleFromFolder(files.dir);
  const settingsYaml = readYamlReporting(files, 'edition.yaml', problems);
  let settings: EditionSettings = { title: fallbackTitle, editors: [], introduction: '', licence: '' };
  if (settingsYaml) {
    const data = settingsYaml.shape === 'mapping' ? Object.fromEntries(settingsYaml.items.map((item) => [item.key, item.value])) : {};
    if (settingsYaml.shape !== 'mapping' && settingsYaml.shape !== 'empty') problems.push('edition.yaml:1: expected settings as "key: value" lines');
    const result = validateValues(editionSettingsSchema, data, { title: fallbackTitle });
    problems.push(...result.issues.map((issue) => `edition.yaml:${lineOfIssue(settingsYaml.items, issue)}: field ${fieldPath(issue.path)}: ${issue.message} (value ignored)`));
    if (result.value) settings = result.value;
  }

  return {
    dir: files.dir,
    settings,
    documents,
    people,
    places,
    problems,
  };
}

function readDocument(files: ContentFiles, documentsDir: string, name: string, id: { id: string; note: string | null }, entryIds: ReadonlySet<string>): RawDocument {
  const sourceFile = files.relative(join(documentsDir, name));
  const document: RawDocument = { id: id.id, sourceFile, text: '', sidecar: null, sidecarFile: null, warnings: [] };
  if (id.note) document.warnings.push({ line: 0, message: id.note });
  const read = files.read(sourceFile);
  if (read.ok) {
    const decoded = decodeTranscription(read.bytes);
    document.text = decoded.text;
    document.warnings.push(...decoded.warnings);
    if (read.bytes.length > LARGE_DOCUMENT_BYTES) document.warnings.push({ line: 0, message: largeDocument(read.bytes.length, decoded.text) });
  } else {
    // An unreadable file still appears in the edition, with the reason.
    document.warnings.push({ line: 0, message: `the file ${read.reason}` });
  }

  const sidecarFile = files.relative(join(documentsDir, `${baseName(name)}.yaml`));
  const sidecar = readSidecar(files, sidecarFile, entryIds);
  if (sidecar) {
    document.sidecarFile = sidecarFile;
    document.sidecar = sidecar.sidecar;
    document.sidecarLines = sidecar.lines;
    document.warnings.push(...sidecar.warnings);
  }
  return document;
}

function largeDocument(bytes: number, text: string): string {
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines += 1;
  return `a very large transcription (${(bytes / 1024 / 1024).toFixed(1)} MB, ${lines.toLocaleString('en')} lines): its page is as large and slow to open, and the build needs memory for it (src/build/memory.ts); is it several documents in one file?`;
}

/**
 * A sidecar's valid values, and a warning (naming the sidecar and its line)
 * for each problem: an alias to an id that is in neither index among them.
 * Null when there is no sidecar.
 */
function readSidecar(files: ContentFiles, file: string, entryIds: ReadonlySet<string>): { sidecar: Sidecar | null; lines: Record<string, number>; warnings: Warning[] } | null {
  const yaml = readYamlFile(files, file);
  if (!yaml) return null;
  const warnings: Warning[] = yaml.issues.map((issue) => ({ file, line: issue.line, message: `sidecar: ${issue.message}` }));
  if (!yaml.items) return { sidecar: null, lines: {}, warnings };
  if (yaml.items.shape !== 'mapping' && yaml.items.shape !== 'empty') {
    warnings.push({ file, line: 1, message: 'sidecar: expected corrections as "field: value" lines (ignored)' });
    return { sidecar: null, lines: {}, warnings };
  }
  const { items } = yaml.items;
  const result = validateValues(sidecarSchema, Object.fromEntries(items.map((item) => [item.key, item.value])));
  for (const issue of result.issues) warnings.push({ file, line: lineOfIssue(items, issue), message: `sidecar field ${fieldPath(issue.path)}: ${issue.message} (value ignored)` });
  for (const [form, id] of Object.entries(result.value?.aliases ?? {})) {
    if (entryIds.has(id)) continue;
    warnings.push({ file, line: lineOfIssue(items, { path: ['aliases', form], message: '' }), message: `sidecar alias "${form}": no person or place with id "${id}" (alias ignored)` });
    delete result.value!.aliases![form];
  }
  const sidecar = result.value && Object.keys(result.value).length ? result.value : null;
  const lines = Object.fromEntries(items.filter((item) => sidecar && String(item.key) in sidecar).map((item) => [String(item.key), item.line]));
  return { sidecar, lines, warnings };
}

/**
 * One of the content folder's YAML files, if there is an entry of that name
 * (a dangling or outward link is there, to be reported): its items, or null
 * when it could not be read, and its problems with their lines.
 */
function readYamlFile(files: ContentFiles, file: string): { items: YamlItems | null; issues: YamlIssue[] } | null {
  if (!files.exists(file)) return null;
  const read = files.read(file);
  if (!read.ok) return { items: null, issues: [{ line: 0, message: `the file ${read.reason}` }] };
  const decoded = decodeTranscription(read.bytes);
  const items = readYamlItems(decoded.text);
  return { items, issues: [...decoded.warnings, ...items.issues] };
}

/** `readYamlFile`, its problems added to `problems` as `file:line: message`. */
function readYamlReporting(files: ContentFiles, file: string, problems: string[]): YamlItems | null {
  const yaml = readYamlFile(files, file);
  if (!yaml) return null;
  problems.push(...yaml.issues.map((issue) => `${file}:${issue.line}: ${issue.message}`));
  return yaml.items;
}

/** Reads an index file (a YAML list), keeping each entry's valid fields and reporting the rest with file and line. */
function readEntries<Entry extends { id: string }>(files: ContentFiles, name: string, schema: z.ZodType<Entry>, problems: string[]): Entry[] {
  const yaml = readYamlReporting(files, name, problems);
  if (!yaml || yaml.shape === 'empty') return [];
  if (yaml.shape !== 'list') {
    problems.push(`${name}:1: expected a list of entries (each starting with "- id: …")`);
    return [];
  }
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  for (const item of yaml.items) {
    const where = `${name}:${item.line}: entry ${Number(item.key) + 1}`;
    const result = validateValues(schema, item.value);
    for (const issue of result.issues) {
      const field = issue.path.length ? ` field ${fieldPath(issue.path)}` : '';
      problems.push(`${name}:${item.lineOf(issue.path)}: entry ${Number(item.key) + 1}${field}: ${issue.message} (${result.value ? 'value' : 'entry'} ignored)`);
    }
    if (!result.value) continue;
    const { id } = result.value;
    if (seen.has(id)) {
      problems.push(`${where}: duplicate id "${id}", first at line ${seen.get(id)} (entry ignored)`);
      continue;
    }
    seen.set(id, item.line);
    entries.push(result.value);
  }
  return entries;
}

/**
 * Files beside the transcriptions that the edition does not use, each reported:
 * a sidecar whose transcription is missing (a renamed or deleted file), and
 * anything that is neither a transcription nor a sidecar. Hidden files
 * (`.DS_Store`) and folders are passed over.
 */
function unusedFiles(files: ContentFiles, documentsDir: string, transcriptions: readonly string[]): string[] {
  const bare = documentsDir === files.dir;
  const listed = new Set(transcriptions);
  const bases = new Set(transcriptions.map(baseName));
  const problems: string[] = [];
  for (const entry of readdirSync(documentsDir, { withFileTypes: true })) {
    const name = entry.name;
    if (listed.has(name) || name.startsWith('.') || entry.isDirectory() || (bare && EDITION_FILES.has(name))) continue;
    const file = files.relative(join(documentsDir, name));
    if (name.endsWith('.yaml')) {
      if (!bases.has(name.slice(0, -'.yaml'.length))) problems.push(`${file}:0: a sidecar without its transcription (${name.slice(0, -'.yaml'.length)}.txt): ignored`);
    } else if (isMarkdownName(name)) {
      problems.push(
        `${file}:1: a Markdown file without frontmatter: not part of the edition (a document kept in Markdown opens with its --- frontmatter; README, "Taking over a document in Markdown")`,
      );
    } else if (!bare) {
      problems.push(`${file}:0: neither a transcription (.txt) nor a sidecar (.yaml): not part of the edition`);
    }
  }
  return problems;
}

/** A file name without its `.txt` or `.md` (in any case). */
function baseName(name: string): string {
  return name.replace(/\.(?:txt|md)$/i, '');
}

/** The line of a top-level item's issue (`['editors', 1]`), or 1 when the field is missing altogether. */
function lineOfIssue(items: readonly YamlItem[], issue: ValueIssue): number {
  const item = items.find((candidate) => candidate.key === issue.path[0]);
  return item ? item.lineOf(issue.path.slice(1)) : 1;
}

/** `coordinates.1`, as earlier messages wrote a field's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function titleFromFolder(dir: string): string {
  return basename(dir.replace(/\/documents\/?$/, '').replace(/\/$/, '')) || 'Documentary edition';
}
