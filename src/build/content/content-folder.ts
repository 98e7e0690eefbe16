import { statSync } from 'node:fs';
import { join } from 'node:path';
import { documentFiles } from './read-content.ts';

/**
 * Why `dir` cannot be built or ingested, in one line naming the path and the
 * fix, or null when it holds at least one transcription. `setting` is how the
 * folder was chosen (`EDITION_CONTENT`, `--content`), for the fix to name.
 * An empty folder gets the same message whichever command finds it: an
 * edition of no documents is a mistake, never a site to publish.
 */
export function contentFolderProblem(dir: string, setting: string): string | null {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return `content folder not found: ${dir} (set ${setting} to a folder holding documents/ or .txt transcriptions)`;
  }
  if (!isFolder) return `${setting} names a file, not a folder: ${dir} (set ${setting} to the content folder, which holds documents/)`;
  let found: ReturnType<typeof documentFiles>;
  try {
    found = documentFiles(dir);
  } catch (error) {
    return `cannot read the content folder ${dir}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (found.files.length === 0) {
    return `no documents in ${join(found.documentsDir, '/')}: add .txt transcriptions there (README, "Adding documents")`;
  }
  return null;
}
