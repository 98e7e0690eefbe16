import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import type { TextSpan } from '../../src/core/model/edition.ts';
import { markSpans } from '../../src/core/render/mark-spans.ts';

const at = { part: 'body' as const, index: 0, inline: 0 };

function paragraph(value: string): Root {
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value, data: { location: { ...at } } }] }] };
}

/** The paragraph as `[marked]` text, to compare shapes at a glance. */
function shape(tree: Root): string {
  const show = (node: PhrasingContent): string => (node.type === 'text' ? node.value : node.type === 'link' ? `[${node.url}:${node.children.map(show).join('')}]` : '');
  return (tree.children[0] as { children: PhrasingContent[] }).children.map(show).join('');
}

const link =
  (url: string) =>
  (_span: TextSpan, children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });

describe('markSpans', () => {
  test('wraps the located words', () => {
    const tree = paragraph('the Marshal replied');
    markSpans(tree, [{ ...at, start: 4, end: 11 }], link('p'));
    expect(shape(tree)).toBe('the [p:Marshal] replied');
  });

  test('a second marking still finds words around the first (names after references)', () => {
    const text = 'confirms my 1307, October 8, as Molotov said to Cripps';
    const span = (words: string) => ({ ...at, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const tree = paragraph(text);
    markSpans(tree, [span('my 1307, October 8')], link('ref'));
    markSpans(tree, [span('Molotov'), span('Cripps')], link('name'));
    expect(shape(tree)).toBe('confirms [ref:my 1307, October 8], as [name:Molotov] said to [name:Cripps]');
  });

  test('a span overlapping an earlier one is skipped, not nested', () => {
    const tree = paragraph('see Department’s 88 at once');
    markSpans(tree, [{ ...at, start: 4, end: 19 }], link('ref'));
    markSpans(tree, [{ ...at, start: 4, end: 14 }], link('name'));
    // (the name span lies inside the reference's words, which are no longer plain text)
    expect(shape(tree)).toBe('see [ref:Department’s 88] at once');
  });
});
