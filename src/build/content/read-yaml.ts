import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A problem with a value of a YAML file, at a line of it (1-based; 0 for the whole file). */
export interface YamlIssue {
  line: number;
  message: string;
}

/** One top-level item of a YAML file: an entry of a list, or a key and its value in a mapping. */
export interface YamlItem {
  /** The key, for a mapping; the index, for a list. */
  key: string | number;
  value: unknown;
  /** 1-based line where the item starts. */
  line: number;
  /** Line of a path inside the item's value (`['coordinates', 1]`), or the nearest line known. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** A YAML file's top-level items, each converted on its own, and the problems found. */
export interface YamlItems {
  shape: 'mapping' | 'list' | 'empty' | 'scalar';
  items: YamlItem[];
  issues: YamlIssue[];
}

/**
 * Parses a YAML file into its top-level items, each on its own, so that one
 * broken entry or value costs only itself: an item holding a syntax error is
 * reported with the error's line and left out, the others are kept. A value
 * that cannot be converted (an alias to no anchor, too many aliases) is left
 * out the same way.
 */
export function readYamlItems(source: string): YamlItems {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const issues: YamlIssue[] = [];
  const contents = document.contents;

  const entries: { key: string | number; node: Node | null; start: number; end: number }[] = [];
  let shape: YamlItems['shape'] = 'empty';
  if (isMap(contents)) {
    shape = 'mapping';
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyRange = (pair.key as Node | null)?.range;
      const value = pair.value as Node | null;
      const start = keyRange?.[0] ?? value?.range?.[0] ?? 0;
      entries.push({ key, node: value, start, end: value?.range?.[2] ?? keyRange?.[2] ?? start });
    }
  } else if (isSeq(contents)) {
    shape = 'list';
    contents.items.forEach((item, index) => {
      const node = item as Node | null;
      entries.push({ key: index, node, start: node?.range?.[0] ?? 0, end: node?.range?.[2] ?? 0 });
    });
  } else if (contents && !(isScalar(contents) && contents.value == null)) {
    shape = 'scalar';
  }

  // A syntax error belongs to the first item whose text holds its position.
  const broken = new Set<number>();
  for (const error of document.errors) {
    const position = error.pos[0];
    const owner = entries.findIndex((entry) => entry.start <= position && position <= entry.end);
    const what = owner === -1 ? '' : typeof entries[owner].key === 'number' ? ` (entry ${Number(entries[owner].key) + 1} ignored)` : ` ("${entries[owner].key}" ignored)`;
    issues.push({ line: error.linePos?.[0].line ?? lineAt(position), message: `${firstLine(error.message)}${what}` });
    if (owner !== -1) broken.add(owner);
  }
  // Keys given twice: the last one counts, as in YAML processors that allow it.
  const seen = new Map<string | number, number>();
  entries.forEach((entry, index) => {
    const earlier = seen.get(entry.key);
    if (shape === 'mapping' && earlier !== undefined) {
      issues.push({ line: lineAt(entry.start), message: `"${entry.key}" is given again (first at line ${lineAt(entries[earlier].start)}): this later value counts` });
    }
    seen.set(entry.key, index);
  });

  const items: YamlItem[] = [];
  entries.forEach((entry, index) => {
    if (broken.has(index) || (shape === 'mapping' && seen.get(entry.key) !== index)) return;
    let value: unknown;
    try {
      value = entry.node ? entry.node.toJS(document as Document, { maxAliasCount: 100 }) : null;
    } catch (error) {
      issues.push({ line: lineAt(entry.start), message: `${error instanceof Error ? firstLine(error.message) : String(error)} (ignored)` });
      return;
    }
    items.push({
      key: entry.key,
      value,
      line: lineAt(entry.start),
      lineOf: (path) => {
        const offset = offsetOf(entry.node, path);
        return lineAt(offset ?? entry.start);
      },
    });
  });
  return { shape, items, issues: issues.sort((a, b) => a.line - b.line) };
}

/** Start of the deepest node along `path` inside `node` (the key, for a mapping's entry). */
function offsetOf(node: unknown, path: readonly PropertyKey[]): number | undefined {
  let current = node;
  let offset = (node as Node | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      current = item;
    } else break;
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
