import type { Root } from 'mdast';
import type { State } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { Mention } from '../model/text-spans.ts';
import type { MentionNode } from '../model/annotations.ts';
import { mentionId } from '../model/anchors.ts';
import { markSpans } from './mark-spans.ts';

/** What `remarkMentions` reads from `file.data`: the document's mentions and how to link them. */
export interface MentionData {
  /** The document's mentions, in order: the `k`-th is anchored `m-(k+1)`. */
  mentions: readonly Mention[];
  /** URL of a person's or place's page. */
  entity(kind: Mention['kind'], id: string): string;
  /** `person:<id>` / `place:<id>` already linked on the page; the plugin adds those it links. */
  linked: Set<string>;
}

declare module 'vfile' {
  interface DataMap {
    mentions: MentionData;
  }
}

/**
 * Marks the people and places of the index where the text names them
 * (`file.data.mentions`). A person or place is a link the first time the page
 * names them; later namings are marked, with their anchor, but are not links,
 * so that reading by keyboard is not a walk through every name.
 *
 * `text "Stalin … Stalin"` → `mention(Stalin, url)`, `mention(Stalin, no url)`
 */
export default function remarkMentions() {
  return (tree: Root, file: VFile) => {
    const { mentions, entity, linked } = file.data.mentions!;
    const index = new Map(mentions.map((mention, at) => [mention, at]));
    markSpans(tree, mentions, (mention, children): MentionNode => {
      const key = `${mention.kind}:${mention.id}`;
      const url = linked.has(key) ? null : entity(mention.kind, mention.id);
      linked.add(key);
      return { type: 'mention', mention, index: index.get(mention)!, url, children };
    });
  };
}

/**
 * `mention(Stalin, url)` → `<a href="/people/stalin/" class="mention person" id="m-1" data-entity="stalin">Stalin</a>`;
 * without a url, a `<span>` with the same attributes.
 */
export function mentionToHast(state: State, node: MentionNode) {
  const properties = { className: ['mention', node.mention.kind], id: mentionId(node.index), dataEntity: node.mention.id };
  return state.one(
    node.url === null
      ? { type: 'emphasis', data: { hName: 'span', hProperties: properties }, children: node.children }
      : { type: 'link', url: node.url, data: { hProperties: properties }, children: node.children },
    undefined,
  );
}
