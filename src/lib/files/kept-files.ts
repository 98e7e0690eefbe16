import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files kept from one build to the next (open data, rendered bodies): written
 * only when their content changes, so that an unchanged file keeps its
 * identity (and its hard links into the site), and removed with their document.
 */

/** Writes `text` to `path` unless the file already holds exactly that; returns whether it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
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
