import { existsSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** The folders a build's output must keep clear of. */
export interface ProjectFolders {
  /** The project (where astro.config.ts is). */
  root: string;
  /** The content folder being built. */
  contentDir: string;
  /** Astro's `public/` folder, copied into every build. */
  publicDir: string;
}

/** Whether `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Why `outDir` cannot be built into, in one line naming the path and the fix,
 * or null when it can. A build empties the folder it builds into when that
 * folder was last built from elsewhere (src/integrations/keep-output.ts, as
 * Astro itself does), so it must not hold the project or the content folder,
 * nor be inside the content folder or `public/`; and it must be a folder, or
 * one that can be made. `setting` is how it was given (`--outDir`).
 */
export function outputFolderProblem(outDir: string, folders: ProjectFolders, setting = '--outDir'): string | null {
  const [out, root, content, publicDir] = [outDir, folders.root, folders.contentDir, folders.publicDir].map((path) => resolve(path));
  const own = 'choose a folder of its own, such as dist/';
  if (isWithin(root, out)) return `${setting} ${out} holds the project itself, and a build empties the folder it builds into: ${own}`;
  if (isWithin(content, out)) return `${setting} ${out} holds the content folder ${content}, and a build empties the folder it builds into: ${own}`;
  if (isWithin(out, content)) return `${setting} ${out} is inside the content folder ${content}: ${own}`;
  if (isWithin(out, publicDir)) return `${setting} ${out} is inside ${publicDir}, which Astro copies into every build: ${own}`;
  let existing = out;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    return existing === out ? `${setting} ${out} is a file: name a folder (it is made if missing)` : `${setting} ${out} cannot be made: ${existing} is a file`;
  }
  return null;
}
