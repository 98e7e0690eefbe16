import type { PersonEntry } from '../schemas/person.ts';
import type { PlaceEntry } from '../schemas/place.ts';
import { foldName, isUpper } from './characters.ts';
import { createTrie, insertKey, type TrieNode } from './trie.ts';

/** What a matched name stands for. */
export interface NameTarget {
  kind: 'person' | 'place';
  id: string;
}

/** One indexed form of a name, as stored at the end of its trie path. */
export interface IndexedName extends NameTarget {
  /** The form as written in the authority file or sidecar. */
  form: string;
  /** For each character of the folded key: must the text have a capital there? */
  capitals: boolean[];
  /** An ordinary English word as well (`Page`): not linked at the start of a sentence. */
  ordinaryWord: boolean;
  /** Comes from a document's sidecar `aliases` (wins over the authority files on a tie). */
  alias: boolean;
}

/** All names of the authority files, ready for matching. */
export interface NameIndex {
  trie: TrieNode<IndexedName>;
  /** Entries by id, for aliases and descriptions. */
  people: ReadonlyMap<string, PersonEntry>;
  places: ReadonlyMap<string, PlaceEntry>;
  /** Number of distinct forms indexed. */
  size: number;
  /** Forms claimed by more than one entry (not linked, reported), and similar problems. */
  problems: string[];
}

/**
 * Prepares the people and places for matching: every entry's name, variants
 * (and a place's modern name) go into one trie. A form claimed by two
 * different entries (`Page` for two men called Page) would link to the wrong
 * one half the time, so it is left out and reported; a document's sidecar
 * `aliases` can still say whom it means there.
 */
export function buildNameIndex(people: readonly PersonEntry[], places: readonly PlaceEntry[]): NameIndex {
  const claims = new Map<string, IndexedName[]>();
  const claim = (target: NameTarget, form: string, ordinaryWords: readonly string[]) => {
    const name = indexedName(target, form, ordinaryWords.includes(form), false);
    if (!name) return;
    const key = foldName(form).key;
    const list = claims.get(key) ?? [];
    // The same form twice for one entry (name repeated among variants) is harmless.
    if (!list.some((other) => sameTarget(other, target) && sameCapitals(other, name))) list.push(name);
    claims.set(key, list);
  };
  for (const person of people) {
    const target: NameTarget = { kind: 'person', id: person.id };
    for (const form of [...new Set([person.name, ...person.variants, ...person.ordinaryWords])]) claim(target, form, person.ordinaryWords);
  }
  for (const place of places) {
    const target: NameTarget = { kind: 'place', id: place.id };
    const forms = [place.name, ...(place.modern ? [place.modern] : []), ...place.variants, ...place.ordinaryWords];
    for (const form of [...new Set(forms)]) claim(target, form, place.ordinaryWords);
  }

  const trie = createTrie<IndexedName>();
  const problems: string[] = [];
  let size = 0;
  for (const [key, names] of claims) {
    const targets = [...new Set(names.map((name) => `${name.kind}:${name.id}`))];
    if (targets.length > 1) {
      problems.push(`"${names[0].form}" names ${targets.join(' and ')}: not linked; say whom it means in the document's sidecar aliases`);
      continue;
    }
    for (const name of names) insertKey(trie, key, name);
    size += 1;
  }
  const personIds = new Set(people.map((person) => person.id));
  for (const place of places) {
    if (personIds.has(place.id)) problems.push(`id "${place.id}" is both a person and a place: aliases to it mean the person`);
  }
  return {
    trie,
    people: new Map(people.map((person) => [person.id, person])),
    places: new Map(places.map((place) => [place.id, place])),
    size,
    problems,
  };
}

/**
 * The names a document's sidecar establishes for itself (`{"the Marshal": "stalin"}`),
 * as a small trie of their own. Ids that are not in the index are returned as problems.
 */
export function buildAliasIndex(aliases: Readonly<Record<string, string>>, index: NameIndex): { trie: TrieNode<IndexedName>; problems: string[] } {
  const trie = createTrie<IndexedName>();
  const problems: string[] = [];
  for (const [form, id] of Object.entries(aliases)) {
    const kind = index.people.has(id) ? 'person' : index.places.has(id) ? 'place' : null;
    if (!kind) {
      problems.push(`alias "${form}": no person or place with id "${id}"`);
      continue;
    }
    const name = indexedName({ kind, id }, form, false, true);
    if (name) insertKey(trie, foldName(form).key, name);
  }
  return { trie, problems };
}

function indexedName(target: NameTarget, form: string, ordinaryWord: boolean, alias: boolean): IndexedName | null {
  const { key, source } = foldName(form);
  if (!key) return null;
  return { ...target, form, capitals: source.map((char) => isUpper(char)), ordinaryWord, alias };
}

function sameTarget(a: NameTarget, b: NameTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}

function sameCapitals(a: IndexedName, b: IndexedName): boolean {
  return a.capitals.length === b.capitals.length && a.capitals.every((capital, i) => capital === b.capitals[i]);
}
