import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { parseBody } from '../parse/body.ts';
import { markerToken, parseInline, stripMarkers } from '../parse/inline.ts';
import { pageBreaksOf } from '../parse/parse-document.ts';
import type { ParsedDocument, ParsedFootnote } from '../model/parsed-document.ts';
import type { SourceLine } from '../parse/source-lines.ts';
import type { Emendation, Warning } from '../schemas/document.ts';
import { markdownFrontmatterSchema } from './frontmatter.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** True for a text that opens with YAML frontmatter (`---` on the first line): a document in Markdown, not a transcription. */
export function hasFrontmatter(text: string): boolean {
  return /^\uFEFF?---[ \t]*\r?\n/.test(text);
}

/**
 * Reads a document kept in Markdown (`documentToMarkdown`'s shape, perhaps
 * edited by hand) as already parsed: the frontmatter gives the typed fields,
 * checked field by field (a bad value is reported with its line and left at
 * its default); the body's paragraphs become blocks as the parser makes them
 * (labels, sub-paragraphs, page breaks, the editor's brackets), footnote
 * references the notes' markers, and the paragraphs that are the
 * frontmatter's `signatures` signatures. Never throws: what cannot be read is
 * a warning.
 */
export function readMarkdownDocument(text: string): ParsedDocument {
  const warnings: Warning[] = [];
  const tree = processor.parse(text) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const frontmatter = readFrontmatter(yaml?.value ?? '', warnings);

  // Notes in the order of their definitions; a reference names one by its label.
  const definitions = tree.children.filter((node) => node.type === 'footnoteDefinition');
  const noteIndex = new Map(definitions.map((definition, k) => [definition.identifier, k]));
  const lineOf = (node: Nodes) => node.position?.start.line ?? 1;
  const flatten = (node: Nodes): string => {
    // GFM makes a reference only where its note is defined.
    if (node.type === 'footnoteReference') return markerToken(noteIndex.get(node.identifier)!);
    if (node.type === 'break') return ' ';
    if (node.type === 'text') {
      // A reference whose note is not defined is no reference to Markdown: it stays text, and the editor is told.
      for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) warnings.push({ line: lineOf(node), message: `note reference [^${match[1]}] has no note: kept as text` });
      return node.value;
    }
    if ('value' in node && node.type !== 'yaml') return node.value;
    return 'children' in node ? node.children.map((child) => flatten(child as Nodes)).join('') : '';
  };

  const emendations: Emendation[] = [];
  const noteTexts = definitions.map((definition) =>
    definition.children
      .map((child) => flatten(child as Nodes))
      .join(' ')
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  );
  const notes = definitions.map((definition, k): ParsedFootnote => ({ n: frontmatter.notes[k] ?? String(k + 1), text: stripMarkers(noteTexts[k]), line: lineOf(definition), content: [] }));
  for (const [k, note] of notes.entries()) note.content = parseInline(noteTexts[k], notes, note.line, emendations);

  // Each block of the body is a line of its own, at the line it starts on in the file.
  const lines: SourceLine[] = tree.children
    .filter((node): node is Exclude<RootContent, { type: 'yaml' | 'footnoteDefinition' | 'definition' }> => !['yaml', 'footnoteDefinition', 'definition'].includes(node.type))
    .map((node) => ({
      no: lineOf(node),
      text: flatten(node)
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    }))
    .filter((line) => line.text !== '');
  // The frontmatter names the signatures and the signing block; they are the last paragraphs that read so.
  const taken = new Set<number>();
  const mark = (wanted: readonly string[], what: string) => {
    const found = new Set<number>();
    for (const value of wanted) {
      const at = lines.findLastIndex((line, index) => !taken.has(index) && stripMarkers(line.text).trim() === value.trim());
      if (at < 0) warnings.push({ line: 1, message: `${what} "${value}" is no paragraph of the text: shown as text` });
      else {
        found.add(at);
        taken.add(at);
      }
    }
    return found;
  };
  const signatures = mark(frontmatter.signatures, 'signature');
  const signingBlock = mark(frontmatter.signingLines, 'signing line');
  // A telegram's serial number opens its text (`1390. The British …`) unless its header gave it (`No. 456`): no paragraph number.
  const body = parseBody(
    lines,
    lines.map((_line, index) => index),
    notes,
    emendations,
    { telegram: frontmatter.telegramNumber !== null && frontmatter.number === null, signatures, signingBlock },
  );
  if (body.blocks.length === 0) warnings.push({ line: 1, message: 'no body text found' });

  const { notes: _markers, signingLines: _signing, ...fields } = frontmatter;
  return {
    ...fields,
    body: body.blocks,
    footnotes: notes,
    pageBreaks: pageBreaksOf(body.blocks),
    emendations,
    warnings,
  };
}

function readFrontmatter(source: string, warnings: Warning[]) {
  let data: unknown = {};
  try {
    data = parseYaml(source) ?? {};
  } catch (error) {
    warnings.push({ line: 1, message: `frontmatter: ${(error as Error).message.split('\n')[0]} (fields left at their defaults)` });
  }
  const result = markdownFrontmatterSchema.safeParse(typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {});
  if (result.success) return result.data;
  // Each bad field is reported and left out alone; the others stand.
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
  for (const issue of result.error.issues) {
    warnings.push({ line: yamlLine(source, String(issue.path[0] ?? '')), message: `frontmatter field ${issue.path.join('.') || '(root)'}: ${issue.message} (value ignored)` });
  }
  const kept = Object.fromEntries(Object.entries(data as Record<string, unknown>).filter(([key]) => !bad.has(key) && key in markdownFrontmatterSchema.shape));
  return markdownFrontmatterSchema.parse(kept);
}

/** The file line of a top-level frontmatter key (the frontmatter starts on line 2), or 1. */
function yamlLine(source: string, key: string): number {
  const at = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return at < 0 ? 1 : at + 2;
}
