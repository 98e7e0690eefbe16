import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { TextSpan } from '../model/text-spans.ts';
import type { TextLocation } from '../model/annotations.ts';

/**
 * Wraps spans of text in the nodes `wrap` builds. Spans are located on the
 * parsed document (`part`, `index`, `inline`, `start`–`end`); text nodes carry
 * the same location in `data.location`. A text node is split around each of
 * its spans; spans that overlap an earlier one are skipped. The pieces left
 * outside a span keep their location (with their offset in the inline), so a
 * later marking — names after references — still finds its words.
 *
 * `text "the Marshal replied"` + span 4–11 → `text "the "`, `wrap(span, [text "Marshal"])`, `text " replied"`.
 */
export function markSpans<Span extends TextSpan>(tree: Root, spans: readonly Span[], wrap: (span: Span, children: PhrasingContent[]) => PhrasingContent): void {
  if (spans.length === 0) return;
  const byLocation = new Map<string, Span[]>();
  for (const span of spans) {
    const key = `${span.part}:${span.index}:${span.inline}`;
    const list = byLocation.get(key) ?? [];
    list.push(span);
    byLocation.set(key, list);
  }
  for (const list of byLocation.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  visitParents(tree, (parent) => {
    for (let i = 0; i < parent.children.length; i += 1) {
      const node = parent.children[i] as PhrasingContent;
      if (node.type !== 'text' || !node.data?.location) continue;
      const { part, index, inline, offset = 0 } = node.data.location;
      const list = byLocation.get(`${part}:${index}:${inline}`)?.filter((span) => span.start >= offset && span.end <= offset + node.value.length);
      if (!list?.length) continue;
      const replacement = splitText(node, list, wrap);
      parent.children.splice(i, 1, ...(replacement as never[]));
      i += replacement.length - 1;
    }
  });
}

function splitText<Span extends TextSpan>(node: Text, spans: readonly Span[], wrap: (span: Span, children: PhrasingContent[]) => PhrasingContent): PhrasingContent[] {
  const location: TextLocation = node.data!.location!;
  const base = location.offset ?? 0;
  const value = node.value;
  // An unmarked piece keeps its place in the inline, for later markings.
  const piece = (from: number, to: number): Text => ({
    type: 'text',
    value: value.slice(from, to),
    data: { location: { ...location, offset: base + from } },
  });
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = span.start - base;
    const end = span.end - base;
    if (start < cursor || end > value.length || end <= start) continue;
    if (start > cursor) out.push(piece(cursor, start));
    out.push(wrap(span, [{ type: 'text', value: value.slice(start, end) }]));
    cursor = end;
  }
  if (cursor < value.length) out.push(piece(cursor, value.length));
  return out;
}

/** Calls `visit` for every parent node, depth first; children may be replaced during the visit. */
function visitParents(node: Root | Parent, visit: (parent: Parent) => void): void {
  visit(node);
  for (const child of node.children) if ('children' in child) visitParents(child as Parent, visit);
}
