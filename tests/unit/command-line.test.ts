import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, test } from 'vitest';
import { optionMistake } from '../../src/build/command-line.ts';
import { contentFolderProblem } from '../../src/build/content/content-folder.ts';
import { outputFolderProblem } from '../../src/build/output-folder.ts';

/** The error `parseArgs` throws for `args` against one string and one boolean option. */
function parseError(args: string[]): unknown {
  try {
    parseArgs({ args, options: { outDir: { type: 'string' }, keep: { type: 'boolean' } }, strict: true });
  } catch (error) {
    return error;
  }
  throw new Error(`parseArgs accepted ${args.join(' ')}`);
}

describe('optionMistake', () => {
  test.each([
    [['--out-dir', 'x'], 'unknown option --out-dir'],
    [['-x'], 'unknown option -x'],
    [['dist'], 'unexpected argument dist'],
    [['--outDir'], "option '--outDir <value>' argument missing"],
    [['--keep=yes'], "option '--keep' does not take an argument"],
    [['--outDir', '--keep'], "option '--outDir' argument is ambiguous"],
  ])('says %j is wrong in one short line', (args, line) => {
    expect(optionMistake(parseError(args))).toBe(line);
  });
});

describe('contentFolderProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edition-folders-'));
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'empty-documents', 'documents'), { recursive: true });
  writeFileSync(join(dir, 'empty-documents', 'documents', 'notes.md'), 'not a transcription');
  mkdirSync(join(dir, 'bare'));
  writeFileSync(join(dir, 'bare', 'a.txt'), 'Text.\n');
  writeFileSync(join(dir, 'edition.yaml'), 'title: T\n');

  test('accepts a folder with a transcription, in documents/ or bare', () => {
    expect(contentFolderProblem(join(dir, 'bare'), 'EDITION_CONTENT')).toBeNull();
    expect(contentFolderProblem(join(import.meta.dirname, '../../content'), 'EDITION_CONTENT')).toBeNull();
  });

  test('names a missing folder and the setting that chose it', () => {
    expect(contentFolderProblem(join(dir, 'nope'), '--content')).toBe(`content folder not found: ${join(dir, 'nope')} (set --content to a folder holding documents/ or .txt transcriptions)`);
  });

  test('names a file given as the folder', () => {
    expect(contentFolderProblem(join(dir, 'edition.yaml'), 'EDITION_CONTENT')).toMatch(/^EDITION_CONTENT names a file, not a folder: .*edition\.yaml \(set EDITION_CONTENT to the content folder/);
  });

  test('names the folder where transcriptions were looked for, whatever the setting', () => {
    const problem = contentFolderProblem(join(dir, 'empty-documents'), 'EDITION_CONTENT');
    expect(problem).toBe(`no documents in ${join(dir, 'empty-documents', 'documents')}/: add .txt transcriptions there (README, "Adding documents")`);
    expect(contentFolderProblem(join(dir, 'empty-documents'), '--content')).toBe(problem);
    expect(contentFolderProblem(join(dir, 'empty'), '--content')).toContain(`no documents in ${join(dir, 'empty')}/`);
  });
});

describe('outputFolderProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edition-output-'));
  const root = join(dir, 'project');
  const folders = { root, contentDir: join(root, 'content'), publicDir: join(root, 'public') };
  mkdirSync(join(root, 'content', 'documents'), { recursive: true });
  writeFileSync(join(dir, 'a-file'), '');

  test.each([[join(root, 'dist')], [join(dir, 'elsewhere', 'site')], [join(root, 'contents')]])('accepts %s', (outDir) => {
    expect(outputFolderProblem(outDir, folders)).toBeNull();
  });

  test.each([
    [root, 'holds the project itself'],
    [dir, 'holds the project itself'],
    [join(root, 'content'), 'holds the content folder'],
    [join(root, 'content', 'documents'), 'is inside the content folder'],
    [join(root, 'public', 'site'), 'which Astro copies into every build'],
    [join(dir, 'a-file'), 'is a file: name a folder'],
    [join(dir, 'a-file', 'site'), `cannot be made: ${join(dir, 'a-file')} is a file`],
  ])('refuses %s: %s', (outDir, reason) => {
    const problem = outputFolderProblem(outDir, folders);
    expect(problem).toContain(`--outDir ${outDir} `);
    expect(problem).toContain(reason);
  });
});
