import { createHash } from 'node:crypto';

/** The longest id: its page, record and body files stay well within a file system's 255 bytes a name. */
export const MAX_ID_LENGTH = 100;

/** A transcription's id, and why it is not simply its file name when it is not. */
export interface DocumentId {
  id: string;
  /** Set when the id is not the file name, or had to be told apart from another's. */
  note: string | null;
}

/**
 * The ids of a folder's transcriptions, from their names without `.txt`: each
 * name made safe in a URL and a file name on any system (ASCII letters, accents
 * stripped, digits, `_` and `-`; at most MAX_ID_LENGTH characters), so
 * `pct%41` is `pct-41` and a safe name (`frus1934v04-d0001`) is its own id.
 * Names whose ids would be the same, or the same but for letter case (`Case`
 * and `case`: one file on a case-insensitive file system, one page folder on
 * such a web server), are told apart: the first (in file-name order) whose
 * name is its id keeps it, the others add a digest of their own name. So an
 * id depends only on the file's name and on which others share its slug.
 */
export function documentIds(names: readonly string[]): Map<string, DocumentId> {
  const bySlug = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const key = slugOf(name).toLowerCase();
    bySlug.set(key, [...(bySlug.get(key) ?? []), name]);
  }
  const ids = new Map<string, DocumentId>();
  const taken = new Set(names.map((name) => slugOf(name).toLowerCase()));
  for (const group of bySlug.values()) {
    const keeper = group.find((name) => slugOf(name) === name) ?? (group.length === 1 ? group[0] : undefined);
    for (const name of group) {
      const slug = slugOf(name);
      if (group.length === 1) {
        ids.set(name, { id: slug, note: slug === name ? null : `the file name is not safe in a URL: published as "${slug}"` });
        continue;
      }
      const others = group
        .filter((other) => other !== name)
        .map((other) => `"${other}"`)
        .join(', ');
      const caseOnly = group.some((other) => other !== name && slugOf(other) !== slug);
      const why = `its name and ${others} make the same id "${slug}"${caseOnly ? ' but for letter case (one file on a case-insensitive file system)' : ''}`;
      if (name === keeper) {
        ids.set(name, { id: slug, note: `${why}: this one keeps it` });
        continue;
      }
      let id = withSuffix(slug, digest(name, 8));
      // A name that is itself another's id with a digest: lengthen the digest.
      for (let length = 12; taken.has(id.toLowerCase()); length += 4) id = withSuffix(slug, digest(name, length));
      taken.add(id.toLowerCase());
      ids.set(name, { id, note: `${why}: published as "${id}"` });
    }
  }
  return ids;
}

/** A file name (without `.txt`) as an id: ASCII letters and digits, `_` and single `-`. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) return withSuffix('document', digest(name, 8));
  // A long name keeps its beginning and a digest of the whole, so two long names with one beginning differ.
  return slug.length > MAX_ID_LENGTH ? withSuffix(slug.slice(0, MAX_ID_LENGTH - 9).replace(/-+$/, ''), digest(name, 8)) : slug;
}

function withSuffix(slug: string, suffix: string): string {
  return `${slug}-${suffix}`;
}

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
