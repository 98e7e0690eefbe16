/**
 * `astro build`, typed as an Astro user would, instead of `npm run build`: it
 * builds the pages, and since Pagefind runs only once Astro has exited
 * (scripts/build.ts), it says plainly that the site has no search index and
 * which command makes one. It refuses, like `npm run build`, an output folder
 * it would empty along with the project.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ownerFileFor } from '../../src/integrations/keep-output.ts';
import { cacheDirFor } from '../../src/build/astro-cache.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-astro-build-'));
// A copy of content/ gets a build cache of its own, so this build disturbs no other.
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
const site = join(work, 'site');

/** `astro build` with `args`, from the project folder, as `npx astro build` runs it. */
function astroBuild(args: string[]): Promise<{ code: number; output: string }> {
  const env = { ...process.env, EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], { cwd: root, env, timeout: 120_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('a bare astro build', () => {
  test('builds the pages, no search index, and says that npm run build makes one', async () => {
    const { code, output } = await astroBuild(['--outDir', site]);
    expect(code, output).toBe(0);
    expect(existsSync(join(site, 'documents'))).toBe(true);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    // The editor's review page is served by `npm run dev` only (review-page.test.ts).
    expect(existsSync(join(site, 'review'))).toBe(false);
    expect(output).toMatch(/WARN.*no search index built: `astro build` makes the pages only, so the search page has nothing to search\. Run `npm run build`/);
  }, 150_000);

  test('refuses an output folder that holds the project, and empties nothing', async () => {
    const transcriptions = () => readdirSync(join(root, 'content', 'documents')).filter((name) => name.endsWith('.txt'));
    const before = transcriptions();
    const { code, output } = await astroBuild(['--outDir', dirname(root)]);
    expect(code).toBe(1);
    expect(output).toContain(`outDir ${dirname(root)} holds the project itself, and a build empties the folder it builds into`);
    expect(transcriptions()).toEqual(before);
    expect(existsSync(join(root, 'package.json'))).toBe(true);
  }, 150_000);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, cacheDirFor(content)), { recursive: true, force: true });
  for (const folder of [site, dirname(root)]) rmSync(ownerFileFor(root, folder), { force: true });
});
