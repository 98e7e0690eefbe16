import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { inlineText } from '../parse/inline.ts';
import type { Inline, ParsedDocument } from '../model/parsed-document.ts';
import { markdownFrontmatterSchema, type MarkdownFrontmatter } from './frontmatter.ts';

const processor = unified().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' }).freeze();

/**
 * A parsed document as Markdown an editor can take over by hand: its typed
 * fields as YAML frontmatter (`frontmatter.ts`), then one paragraph per block
 * of the body — label as printed, note markers as footnote references
 * (`[^1]`), page breaks and the editor's brackets as the transcription writes
 * them (`[Page 668]`, `[find?]`) — and the notes as footnote definitions.
 * remark-stringify escapes what Markdown would read otherwise (`1\. The …`).
 *
 * `readMarkdownDocument` reads it back to the same document.
 */
export function documentToMarkdown(parsed: ParsedDocument): string {
  // The frontmatter's fields as the parse has them, in the schema's order; the markers and signing lines are read off the notes and body.
  const fields = Object.fromEntries(Object.keys(markdownFrontmatterSchema.shape).flatMap((key) => (key in parsed ? [[key, parsed[key as keyof ParsedDocument]]] : [])));
  const frontmatter: MarkdownFrontmatter = markdownFrontmatterSchema.parse({
    ...fields,
    notes: parsed.footnotes.map((note) => note.n),
    signingLines: parsed.body.filter((block) => block.role === 'signing').map((block) => inlineText(block.content).trim()),
  });
  const children: RootContent[] = [
    { type: 'yaml', value: stringify(frontmatter, { lineWidth: 0 }).trimEnd() },
    ...parsed.body.map(
      (block): Paragraph => ({
        type: 'paragraph',
        children: [...(block.label ? [{ type: 'text' as const, value: `${block.label}${block.content.length ? ' ' : ''}` }] : []), ...phrasing(block.content)],
      }),
    ),
    ...parsed.footnotes.map(
      (note, k): RootContent => ({
        type: 'footnoteDefinition',
        identifier: String(k + 1),
        label: String(k + 1),
        children: [{ type: 'paragraph', children: phrasing(note.content) }],
      }),
    ),
  ];
  return processor.stringify({ type: 'root', children } satisfies Root);
}

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch returns for every kind of inline, as TypeScript checks.
  return inlines.map((inline): PhrasingContent => {
    switch (inline.type) {
      case 'text':
        return { type: 'text', value: inline.value };
      case 'noteRef':
        return { type: 'footnoteReference', identifier: String(inline.note + 1), label: String(inline.note + 1) };
      case 'pageBreak':
        return { type: 'text', value: `[Page ${inline.page}]` };
      case 'emendation':
        return { type: 'text', value: `[${inline.value}]` };
    }
  });
}
