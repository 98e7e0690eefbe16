/**
 * Every command-line mistake a user can make with the project's scripts gets
 * one line on stderr naming the path (or option) and the fix, and exit 1,
 * before anything is built; `--help` prints the usage. The scripts run as
 * `npm run` runs them, on this Node, from the project folder.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-mistakes-'));
mkdirSync(join(work, 'empty', 'documents'), { recursive: true });
writeFileSync(join(work, 'a-file'), '');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>.ts` with `args`, `env` added to the environment. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const environment: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env };
    if (!('EDITION_CONTENT' in env)) delete environment.EDITION_CONTENT;
    execFile(process.execPath, [join(root, 'scripts', `${script}.ts`), ...args], { cwd: root, env: environment, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Expects `result` to be one line on stderr, `prefix: …`, containing every one of `parts`, and exit 1. */
function expectOneLine(result: Run, prefix: string, ...parts: string[]): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`${prefix}: `)).toBe(true);
  for (const part of parts) expect(lines[0]).toContain(part);
}

describe('npm run build', () => {
  test.concurrent('EDITION_CONTENT naming a file', async () => {
    const file = join(root, 'content', 'edition.yaml');
    expectOneLine(await run('build', [], { EDITION_CONTENT: file }), 'build', file, 'not a folder', 'set EDITION_CONTENT');
  });

  test.concurrent('EDITION_CONTENT naming a missing folder', async () => {
    expectOneLine(await run('build', [], { EDITION_CONTENT: join(work, 'nope') }), 'build', join(work, 'nope'), 'not found', 'set EDITION_CONTENT');
  });

  test.concurrent('an empty content folder', async () => {
    expectOneLine(await run('build', [], { EDITION_CONTENT: join(work, 'empty') }), 'build', `no documents in ${join(work, 'empty', 'documents')}/`);
  });

  test.concurrent.each([
    [[join(work, 'a-file')], 'is a file'],
    [[root], 'holds the project itself'],
    [[join(root, 'content', 'documents')], 'is inside the content folder'],
    [[join(root, 'public', 'site')], 'which Astro copies into every build'],
  ])('--outDir %s', async (outDir, reason) => {
    expectOneLine(await run('build', ['--outDir', ...outDir]), 'build', `--outDir ${outDir[0]}`, reason);
  });

  test.concurrent.each([
    [['--outDir'], "'--outDir <value>' argument missing"],
    [['--out-dir', 'site'], 'unknown option --out-dir'],
    [['site'], 'unexpected argument site'],
  ])('%j', async (args, mistake) => {
    expectOneLine(await run('build', args), 'build', mistake, 'npm run build -- --help lists the options');
  });

  test.concurrent('--help prints the usage and builds nothing', async () => {
    const result = await run('build', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run build \[-- --outDir <folder>\]\n/);
    expect(result.stdout).toContain('EDITION_CONTENT');
  });
});

describe('npm run ingest', () => {
  test.concurrent('--help prints the usage, not a stack trace', async () => {
    const result = await run('ingest', ['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: npm run ingest -- /);
    for (const option of ['--content', '--out', '--quiet', '--unindexed', '--references-report']) expect(result.stdout).toContain(option);
  });

  test.concurrent('an unknown option', async () => {
    expectOneLine(await run('ingest', ['--contnet', 'content']), 'ingest', 'unknown option --contnet', 'npm run ingest -- --help');
  });

  test.concurrent('--content naming a file', async () => {
    const file = join(root, 'content', 'people.yaml');
    expectOneLine(await run('ingest', ['--content', file, '--out', join(work, 'e.json')]), 'ingest', file, 'not a folder', 'set --content');
  });

  test.concurrent('EDITION_CONTENT naming a missing folder', async () => {
    expectOneLine(await run('ingest', ['--out', join(work, 'e.json')], { EDITION_CONTENT: join(work, 'nope') }), 'ingest', join(work, 'nope'), 'set EDITION_CONTENT');
  });

  test.concurrent('--out naming a folder', async () => {
    expectOneLine(await run('ingest', ['--content', join(root, 'content'), '--out', work]), 'ingest', `--out ${work} is a folder`);
  });

  test('a --report that is a folder, or a --report-site that is no web address', async () => {
    const out = join(work, 'e.json');
    expectOneLine(await run('ingest', ['--content', join(root, 'content'), '--out', out, '--report', work]), 'ingest', `--report ${work} is a folder`, 'name an .html file');
    expectOneLine(
      await run('ingest', ['--content', join(root, 'content'), '--out', out, '--report', join(work, 'r.html'), '--report-site', 'localhost:4321']),
      'ingest',
      '--report-site localhost:4321',
      'http://',
    );
  });

  test('a --markdown folder inside the content folder, where each document would stand twice', async () => {
    const markdown = join(root, 'content', 'documents', 'markdown');
    expectOneLine(
      await run('ingest', ['--content', join(root, 'content'), '--out', join(work, 'e.json'), '--markdown', markdown]),
      'ingest',
      `--markdown ${markdown} is inside the content folder`,
      'name a folder outside it',
    );
  });

  test.concurrent('an empty content folder is the same mistake as for npm run build, in the same words', async () => {
    const [ingest, build] = await Promise.all([
      run('ingest', ['--content', join(work, 'empty'), '--out', join(work, 'e.json')]),
      run('build', ['--outDir', join(work, 'site')], { EDITION_CONTENT: join(work, 'empty') }),
    ]);
    expectOneLine(ingest, 'ingest', 'no documents in');
    expectOneLine(build, 'build', 'no documents in');
    expect(ingest.stderr.replace(/^ingest: /, '')).toBe(build.stderr.replace(/^build: /, ''));
  });
});

describe('the other scripts', () => {
  test.concurrent.each([
    ['bench', ['--documents', 'many'], '--documents many is not a number'],
    ['bench', ['--nope'], 'unknown option --nope'],
    ['search-bench', ['--nope'], 'unknown option --nope'],
    ['index-search', ['--site', join(work, 'nope')], `no built site in ${join(work, 'nope')}`],
    ['index-search', ['--site', work, '--part', '3/2'], '--part 3/2 is not a part'],
    ['index-search', ['--site', work, '--jobs', '0'], '--jobs 0 is not a number of processes'],
    ['index-search', ['--site', work, '--shard-pages', 'few'], '--shard-pages few is not a number of pages'],
  ])('%s %j', async (script, args, mistake) => {
    const result = await run(script, args);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(mistake);
  });

  test.concurrent.each([['bench'], ['search-bench'], ['index-search']])('%s --help prints its usage', async (script) => {
    const result = await run(script, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: /);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
