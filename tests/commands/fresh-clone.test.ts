/**
 * The README's commands on a fresh clone, as a newcomer meets them: this
 * checkout's HEAD cloned into a temporary folder, then `npm ci`, `npm run
 * build` and `npm install`, each with the machine's own npm and Node and none
 * of this test run's environment. The install must bring the Node the scripts
 * run on, the build must make the pages and their search index, and the
 * checkout must stay clean throughout: no rewritten lockfile, no stray file.
 * It needs the npm registry (as `npm ci` does) and takes about a minute with
 * npm's cache warm.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const isGitCheckout = existsSync(join(root, '.git'));
const work = mkdtempSync(join(tmpdir(), 'edition-fresh-clone-'));
const clone = join(work, 'edition');
const MINUTES = 60_000;

/** npm settings a machine may give in its environment rather than its .npmrc (a mirror, a proxy, certificates). */
const MACHINE_NPM_SETTINGS = new Set(['npm_config_registry', 'npm_config_cafile', 'npm_config_proxy', 'npm_config_https_proxy', 'npm_config_noproxy', 'npm_config_strict_ssl']);

/**
 * The environment of a fresh terminal: this run's own marks removed (what `npm
 * run` and vitest add, `node_modules/.bin` folders on the PATH, the edition's
 * settings), so that `npm` and `node` are the machine's.
 */
function freshEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !MACHINE_NPM_SETTINGS.has(key.toLowerCase())) continue;
    if (/^(NODE|NODE_ENV|NODE_OPTIONS|INIT_CWD|TEST|TEST_SITE_DIR|SKIP_SITE_BUILD)$|^(EDITION_|VITEST|TINYPOOL)/.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => !/node_modules[\\/]\.bin|node-gyp-bin/.test(folder))
    .join(delimiter);
  env.ASTRO_TELEMETRY_DISABLED = '1';
  return env;
}

/** Runs a README command in the clone; fails with the end of its output if it fails. */
function inClone(command: string, args: string[], minutes: number): Promise<string> {
  return new Promise((done, fail) => {
    execFile(command, args, { cwd: clone, env: freshEnvironment(), timeout: minutes * MINUTES, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (error) fail(new Error(`\`${command} ${args.join(' ')}\` failed (${error.message.split('\n')[0]}):\n${output.split('\n').slice(-40).join('\n')}`));
      else done(output);
    });
  });
}

/** What `git status` shows in the clone: nothing, for a checkout the commands left clean. */
function cloneStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: clone, encoding: 'utf8' });
}

describe.skipIf(!isGitCheckout)('a fresh clone, with the README’s commands', () => {
  beforeAll(() => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    execFileSync('git', ['clone', '--quiet', '--no-checkout', root, clone]);
    execFileSync('git', ['checkout', '--quiet', '--detach', head], { cwd: clone });
  }, 2 * MINUTES);

  test(
    'npm ci installs from the lockfile as it is, with the Node the scripts run on',
    async () => {
      await inClone('npm', ['ci'], 8);
      expect(cloneStatus()).toBe('');
      const node = execFileSync(join(clone, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }).trim();
      const wanted = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8')).packages['node_modules/node'].version;
      expect(node).toBe(`v${wanted}`);
    },
    10 * MINUTES,
  );

  test(
    'npm run build makes the site and its search index, and leaves the checkout clean',
    async () => {
      const output = await inClone('npm', ['run', 'build'], 5);
      expect(output).not.toContain('no search index built');
      expect(output).toMatch(/search index: \d+ pages of .*dist in \d+ shards?, \d+ indexed/);
      for (const file of ['index.html', 'search/index.html', 'data/edition.json', 'pagefind/shards.json']) expect(existsSync(join(clone, 'dist', file)), file).toBe(true);
      expect(cloneStatus()).toBe('');
    },
    6 * MINUTES,
  );

  test(
    'npm install after it changes nothing, the lockfile included',
    async () => {
      const lockfile = readFileSync(join(clone, 'package-lock.json'), 'utf8');
      await inClone('npm', ['install'], 5);
      expect(readFileSync(join(clone, 'package-lock.json'), 'utf8')).toBe(lockfile);
      expect(cloneStatus()).toBe('');
    },
    6 * MINUTES,
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
