import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files kept from one build to the next (open data, rendered bodies): written
 * only when their content changes, and removed with their document.
 */

/**
 * Writes `content` to `path` unless the file already holds exactly that;
 * returns whether it wrote. A new version goes to a temporary file renamed
 * over the old one: a new file, so that a hard link to the old one (the
 * built site's copy, src/integrations/keep-output.ts) keeps the old content
 * until the build links the new one in.
 */
export function writeIfChanged(path: string, content: string | Uint8Array): boolean {
  if (existsSync(path)) {
    const current = readFileSync(path);
    if (typeof content === 'string' ? current.toString('utf8') === content : current.equals(content)) return false;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
  return true;
}

/** Removes the `<id><extension>` files of `dir` whose id is not in `ids`; returns how many. */
export function removeUnlisted(dir: string, extension: string, ids: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.endsWith(extension) && !ids.has(name.slice(0, -extension.length))) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return removed;
}

/** Removes every file of `dir` not named in `names` (a folder whose files are all kept files); returns how many. */
export function removeOthers(dir: string, names: ReadonlySet<string>): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!names.has(name)) {
      rmSync(join(dir, name));
      removed += 1;
    }
  }
  return removed;
}
