import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument as parseYamlDocument } from 'yaml';
import type { Warning } from '../schemas/document.ts';
import { editionSettingsSchema, type EditionSettings } from '../schemas/edition.ts';
import { ContentError, parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';
import { personEntrySchema, type PersonEntry } from '../schemas/person.ts';
import { placeEntrySchema, type PlaceEntry } from '../schemas/place.ts';
import { sidecarSchema, type Sidecar } from '../schemas/sidecar.ts';

/** One transcription as found on disk, with the editor's sidecar if there is one. */
export interface RawDocument {
  /** File name without extension. */
  id: string;
  /** Path relative to the content folder. */
  sourceFile: string;
  text: string;
  sidecar: Sidecar | null;
  /** Path of the sidecar relative to the content folder, when there is one. */
  sidecarFile: string | null;
  /** Problems with the sidecar (it is then ignored); the document itself is kept. */
  warnings: Warning[];
}

/** Everything a content folder holds, read and validated. */
export interface ContentInput {
  /** Absolute path of the content folder. */
  dir: string;
  settings: EditionSettings;
  documents: RawDocument[];
  people: PersonEntry[];
  places: PlaceEntry[];
  /** Problems with edition.yaml, people.yaml or places.yaml: `file:line: message`. */
  problems: string[];
}

/** Where a content folder's transcriptions are (`<dir>/documents/`, else `<dir>`) and their file names, sorted. */
export function documentFiles(dir: string): { documentsDir: string; files: string[] } {
  const documentsDir = existsSync(join(dir, 'documents')) && statSync(join(dir, 'documents')).isDirectory() ? join(dir, 'documents') : dir;
  const files = readdirSync(documentsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return { documentsDir, files };
}

/**
 * Reads a content folder: transcriptions from `<dir>/documents/` (or `.txt`
 * files in `<dir>` itself), `edition.yaml`, `people.yaml`, `places.yaml`, and
 * `<id>.yaml` sidecars beside the transcriptions. Documents are returned in
 * file-name order, which for a printed volume is the order of its pages.
 * Invalid index entries and sidecars are reported, not fatal: every document is kept.
 */
export function readContent(dir: string): ContentInput {
  const problems: string[] = [];
  const { documentsDir, files } = documentFiles(dir);
  const documents = files.map((name) => readDocument(dir, documentsDir, name));

  const settingsFile = join(dir, 'edition.yaml');
  let settings: EditionSettings = { title: titleFromFolder(dir), editors: [], introduction: '', licence: '' };
  if (existsSync(settingsFile)) {
    try {
      settings = parseWithFriendlyErrors(editionSettingsSchema, readYaml(settingsFile).data, relative(dir, settingsFile) || settingsFile);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    dir,
    settings,
    documents,
    people: readEntries(dir, 'people.yaml', personEntrySchema, problems),
    places: readEntries(dir, 'places.yaml', placeEntrySchema, problems),
    problems,
  };
}

function readDocument(dir: string, documentsDir: string, name: string): RawDocument {
  const id = basename(name, '.txt');
  const path = join(documentsDir, name);
  const sidecarPath = join(documentsDir, `${id}.yaml`);
  const document: RawDocument = {
    id,
    sourceFile: relative(dir, path),
    text: '',
    sidecar: null,
    sidecarFile: null,
    warnings: [],
  };
  try {
    document.text = readFileSync(path, 'utf8');
  } catch (error) {
    // An unreadable file still appears in the edition, with the reason.
    document.warnings.push({ line: 0, message: `could not read the file: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (existsSync(sidecarPath)) {
    document.sidecarFile = relative(dir, sidecarPath);
    try {
      document.sidecar = parseWithFriendlyErrors(sidecarSchema, readYaml(sidecarPath).data ?? {}, document.sidecarFile);
    } catch (error) {
      document.warnings.push({ line: 0, message: `sidecar ignored: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return document;
}

/** Parses a YAML file, keeping line positions so entry errors can name their line. */
function readYaml(path: string): { data: unknown; lineOf: (index: number) => number } {
  const lineCounter = new LineCounter();
  const document = parseYamlDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (document.errors.length) {
    const error = document.errors[0];
    const line = error.linePos?.[0].line ?? 0;
    throw new ContentError(`${basename(path)}:${line}`, [error.message.split('\n')[0]]);
  }
  const items = (document.contents as { items?: { range?: [number, number, number] }[] } | null)?.items ?? [];
  return {
    data: document.toJS(),
    lineOf: (index) => {
      const start = items[index]?.range?.[0];
      return start === undefined ? 0 : lineCounter.linePos(start).line;
    },
  };
}

/** Reads an index file (a YAML list), keeping valid entries and reporting the rest with their line. */
function readEntries<Entry>(
  dir: string,
  name: string,
  schema: { safeParse: (data: unknown) => { success: true; data: Entry } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  problems: string[],
): Entry[] {
  const path = join(dir, name);
  if (!existsSync(path)) return [];
  let yaml: ReturnType<typeof readYaml>;
  try {
    yaml = readYaml(path);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return [];
  }
  if (yaml.data == null) return [];
  if (!Array.isArray(yaml.data)) {
    problems.push(`${name}:1: expected a list of entries (each starting with "- id: …")`);
    return [];
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  yaml.data.forEach((item, index) => {
    const result = schema.safeParse(item);
    const where = `${name}:${yaml.lineOf(index)}`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${where}: entry ${index + 1}${issue.path.length ? ` field ${issue.path.map(String).join('.')}` : ''}: ${issue.message}`);
      }
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      problems.push(`${where}: duplicate id "${id}" (entry ignored)`);
      return;
    }
    seen.add(id);
    entries.push(result.data);
  });
  return entries;
}

function titleFromFolder(dir: string): string {
  return basename(dir.replace(/\/documents\/?$/, '').replace(/\/$/, '')) || 'Documentary edition';
}
