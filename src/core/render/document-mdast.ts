import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { Block, Inline, ParsedDocument } from '../model/parsed-document.ts';
import { element, type TextLocation } from '../model/annotations.ts';
import { blockId, noteId, noteRefId } from '../model/anchors.ts';

/**
 * Builds the annotated mdast of a document's body: one paragraph per block,
 * with its printed label, and the parser's annotations as nodes of their own
 * (`pageBreak`, `noteReference`, `emendation`; see `annotations.ts`). Every
 * text node records where it came from, for `markSpans`. Document text only
 * ever becomes text nodes, so nothing in a transcription can become markup.
 */
export function bodyToMdast(parsed: ParsedDocument): Root {
  return {
    type: 'root',
    children: parsed.body.map((block, index) => blockToParagraph(block, index)),
  };
}

/**
 * Builds the mdast of a document's notes: an ordered list whose items show the
 * marker as printed and link back to where the marker stands in the text.
 */
export function notesToMdast(parsed: ParsedDocument): Root {
  // Markers stand in the body, inside notes, or in the header (after the heading, seed 004).
  const referenced = new Set([
    ...[...parsed.body, ...parsed.footnotes].flatMap((part) => part.content.flatMap((inline) => (inline.type === 'noteRef' ? [inline.note] : []))),
    ...parsed.headerNotes.map(({ note }) => note),
  ]);
  const items: RootContent[] = parsed.footnotes.map((note, k) => ({
    type: 'listItem',
    spread: false,
    data: { hProperties: { id: noteId(k), className: ['note'] } },
    children: [
      {
        type: 'paragraph',
        children: [
          referenced.has(k)
            ? {
                type: 'link',
                url: `#${noteRefId(k)}`,
                // Kept out of the search index, so that a note's number does not run into the words of the text before it.
                data: { hProperties: { className: ['note-marker'], ariaLabel: `Note ${note.n}, back to the text`, dataPagefindIgnore: '' } },
                children: [{ type: 'text', value: note.n }],
              }
            : element('span', { className: ['note-marker'], dataPagefindIgnore: '' }, [{ type: 'text', value: note.n }]),
          { type: 'text', value: ' ' },
          ...inlinesToPhrasing(note.content, 'note', k),
        ],
      },
    ],
  }));
  return items.length
    ? { type: 'root', children: [{ type: 'list', ordered: false, spread: false, children: items as never[], data: { hProperties: { className: ['notes-list'] } } }] }
    : { type: 'root', children: [] };
}

function blockToParagraph(block: Block, index: number): RootContent {
  const classes = ['block'];
  if (block.role) classes.push(block.role);
  if (block.label) classes.push('labelled');
  if (block.depth > 0) classes.push(`depth-${block.depth}`);
  const children: PhrasingContent[] = [];
  if (block.label) {
    children.push(element('span', { className: ['para-label'] }, [{ type: 'text', value: block.label }]));
    if (block.content.length) children.push({ type: 'text', value: ' ' });
  }
  children.push(...inlinesToPhrasing(block.content, 'body', index));
  return {
    type: 'paragraph',
    data: { hProperties: { className: classes, id: blockId(block), dataLine: block.line } },
    children,
  };
}

function inlinesToPhrasing(inlines: readonly Inline[], part: TextLocation['part'], index: number): PhrasingContent[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every kind of inline, as TypeScript checks.
  return inlines.map((inline, position): PhrasingContent => {
    const location = { part, index, inline: position };
    switch (inline.type) {
      case 'text':
        return { type: 'text', value: inline.value, data: { location } };
      case 'noteRef':
        return { type: 'noteReference', note: inline.note, n: inline.n };
      case 'pageBreak':
        return { type: 'pageBreak', page: inline.page };
      case 'emendation':
        return { type: 'emendation', query: inline.query, children: [{ type: 'text', value: inline.value, data: { location } }] };
    }
  });
}
