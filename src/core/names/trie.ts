/**
 * A character trie: one walk from a position in the text finds every indexed
 * name that starts there, however many thousand names the index holds. The
 * walk stops at the first character no name continues with, so scanning a
 * text costs about one step per character plus the length of the names found.
 */

/** A node of the trie; `values` are the names that end here. */
export interface TrieNode<Value> {
  next: Map<string, TrieNode<Value>>;
  values: Value[];
}

/** An empty trie. */
export function createTrie<Value>(): TrieNode<Value> {
  return { next: new Map(), values: [] };
}

/** Adds `value` under `key` (an already folded string). */
export function insertKey<Value>(root: TrieNode<Value>, key: string, value: Value): void {
  let node = root;
  for (const char of key) {
    let child = node.next.get(char);
    if (!child) {
      child = createTrie<Value>();
      node.next.set(char, child);
    }
    node = child;
  }
  node.values.push(value);
}
