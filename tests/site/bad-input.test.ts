/**
 * The edition built from a content folder made as a careless editor or a
 * hostile contributor would make it (tests/support/bad-input-corpus.ts): the
 * build succeeds, every file is a document with a page a reader can reach,
 * every problem is reported with file and line, nothing from outside the
 * content folder is published, no payload runs in Chromium, and no link or
 * anchor is broken.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EditionDocument } from '../../src/core/schemas/document.ts';
import { INCOMPLETE_MARKER } from '../../src/build/site-output.ts';
import { makeBadInputCorpus, OUTSIDE_SECRET, XSS_CALL, type BadInputCorpus } from '../support/bad-input-corpus.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, removeBuildLeftovers } from '../support/build-site.ts';
import { brokenLinks, reachablePages, sitePages } from '../support/site-links.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'edition-bad-input-'));
const site = join(work, 'site');
const base = '/';
let corpus: BadInputCorpus;
let build: { status: number | null; log: string };

const edition = () => JSON.parse(readFileSync(join(site, 'data/edition.json'), 'utf8')) as { edition: Record<string, unknown>; documents: EditionDocument[] };
const bySource = () => new Map(edition().documents.map((document) => [document.sourceFile, document]));
const warningsOf = (sourceFile: string) =>
  bySource()
    .get(sourceFile)!
    .warnings.map((warning) => `${warning.file ?? sourceFile}:${warning.line}: ${warning.message}`);

beforeAll(() => {
  corpus = makeBadInputCorpus(work);
  build = buildSite(corpus.dir, site);
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  removeBuildLeftovers(join(work, 'content'), site);
});

describe('a content folder of bad input', () => {
  test('builds: exit 0, a whole site, no crash in the log', () => {
    expect(build.status, build.log.slice(-3000)).toBe(0);
    expect(build.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(site, 'pagefind', 'shards.json'))).toBe(true);
    expect(existsSync(join(site, INCOMPLETE_MARKER))).toBe(false);
  });

  test('makes every transcription a document, with its page, record and raw text, under a safe unique id', () => {
    const documents = edition().documents;
    expect(documents.map((document) => document.sourceFile).sort()).toEqual(corpus.transcriptions.map((name) => `documents/${name}`).sort());
    const ids = documents.map((document) => document.id);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{0,99}$/);
      for (const file of [`documents/${id}/index.html`, `data/documents/${id}.json`, `documents/${id}.txt`]) expect(existsSync(join(site, file)), file).toBe(true);
    }
  });

  test('every document page is reached from the home page by links', () => {
    const reached = reachablePages(site, base);
    const unreached = edition()
      .documents.map((document) => `documents/${document.id}/index.html`)
      .filter((page) => !reached.has(page));
    expect(unreached).toEqual([]);
  });

  test('no link or anchor of any page is broken', () => {
    expect(sitePages(site).length).toBeGreaterThan(corpus.transcriptions.length);
    expect(brokenLinks(site, base)).toEqual([]);
  });

  test('publishes nothing from outside the content folder', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else files.push(join(dir, entry.name));
      }
    };
    walk(site);
    const leaking = files.filter((file) => {
      const text = readFileSync(file, 'latin1');
      return text.includes(OUTSIDE_SECRET) || (process.env.HOME !== undefined && text.includes(`HOME=${process.env.HOME}`));
    });
    expect(leaking.map((file) => relative(site, file).split(sep).join('/'))).toEqual([]);
    for (const id of ['env', 'secret', 'relative-secret']) expect(statSync(join(site, 'documents', `${id}.txt`)).size).toBe(0);
  });

  test('refuses each link out of the folder with a warning at line 0, and says why a file could not be read', () => {
    for (const name of ['env.txt', 'secret.txt', 'relative-secret.txt']) {
      expect(warningsOf(`documents/${name}`)[0]).toBe(
        `documents/${name}:0: the file is a symbolic link to outside the content folder: refused, not read (the edition publishes only what is inside it)`,
      );
    }
    expect(warningsOf('documents/linked-sidecar.txt')).toContain(
      'documents/linked-sidecar.yaml:0: sidecar: the file is a symbolic link to outside the content folder: refused, not read (the edition publishes only what is inside it)',
    );
    expect(warningsOf('documents/x.txt')[0]).toBe('documents/x.txt:0: the file is a folder, not a file');
    expect(warningsOf('documents/pipe.txt')[0]).toBe('documents/pipe.txt:0: the file is not a regular file (a pipe, socket or device)');
    expect(warningsOf('documents/dangling.txt')[0]).toMatch(/^documents\/dangling\.txt:0: the file is not there/);
  });

  test('warns of unsafe names and of names that collide, in full or but for letter case', () => {
    expect(warningsOf('documents/pct%41.txt')).toEqual(['documents/pct%41.txt:0: the file name is not safe in a URL: published as "pct-41"']);
    expect(warningsOf('documents/case.txt')[0]).toMatch(/^documents\/case\.txt:0: its name and "Case" make the same id "case" but for letter case .*: published as "case-[0-9a-f]{8}"$/);
    expect(warningsOf('documents/a b.txt')[0]).toMatch(/^documents\/a b\.txt:0: its name and "a-b" make the same id "a-b": published as "a-b-[0-9a-f]{8}"$/);
  });

  test('decodes every encoding, warning with the encoding, and warns every line with control characters', () => {
    const documents = bySource();
    for (const name of ['utf8-bom', 'utf16le', 'utf16be', 'latin1', 'cp1252']) {
      expect(documents.get(`documents/${name}.txt`)!.text, name).toMatch(/Chargé/);
      expect(warningsOf(`documents/${name}.txt`)[0], name).toMatch(/:0: read as (UTF-8 with a byte-order mark|UTF-16 \((little|big)-endian\)|Windows-1252 \(Latin-1\))/);
    }
    expect(documents.get('documents/cp1252.txt')!.text).toContain('the “Chargé” d’Affaires');
    expect(warningsOf('documents/mixed.txt')).toEqual(['documents/mixed.txt:11: this line is not UTF-8: read as Windows-1252 (Latin-1); save the transcription as UTF-8']);
    expect(warningsOf('documents/controls.txt').filter((warning) => warning.includes('control characters'))).toEqual(
      [11, 12, 14].map((line) => `documents/controls.txt:${line}: control characters found: is this a plain-text file?`),
    );
  });

  test('a bad sidecar value costs only itself', () => {
    const record = bySource().get('documents/sidecar-misspelt.txt')!;
    expect(record).toMatchObject({ date: '1940-10-25', place: 'Kuibyshev', type: 'telegram' });
    expect(warningsOf('documents/sidecar-misspelt.txt')).toEqual([
      expect.stringMatching(/^documents\/sidecar-misspelt\.yaml:3: sidecar field recieved: unknown field \(did you mean "received"\?\)/),
      expect.stringMatching(/^documents\/sidecar-misspelt\.yaml:4: sidecar field type: /),
      expect.stringMatching(/^documents\/sidecar-misspelt\.yaml:5: sidecar field from\.rank: unknown field/),
      'documents/sidecar-misspelt.yaml:6: sidecar alias "the Marshal": no person or place with id "staline" (alias ignored)',
    ]);
    expect(warningsOf('documents/sidecar-broken.txt')).toEqual([expect.stringMatching(/^documents\/sidecar-broken\.yaml:3: sidecar: Missing closing "quote/)]);
  });

  test('reports every problem of the settings, index and stray files with file and line, keeping the other values', () => {
    const problems = build.log
      .split('\n')
      .filter((line) => line.includes('[ERROR]'))
      .map((line) => line.replace(/^.*\[ERROR\] \[[^\]]+\] /, ''));
    for (const problem of problems) expect(problem).toMatch(/^[^\s:]+(\/[^\s:]+)*:\d+: /);
    expect(problems).toEqual(
      expect.arrayContaining([
        'documents/orphan.yaml:0: a sidecar without its transcription (orphan.txt): ignored',
        'documents/notes.md:1: a Markdown file without frontmatter: not part of the edition (a document kept in Markdown opens with its --- frontmatter; README, "Taking over a document in Markdown")',
        'edition.yaml:4: field url: use an http:// or https:// address (value ignored)',
        expect.stringMatching(/^edition\.yaml:7: field licnce: unknown field/),
        expect.stringMatching(/^people\.yaml:6: entry 1 field wikidata: /),
        expect.stringMatching(/^places\.yaml:4: entry 1 field coordinates\.1: /),
      ]),
    );
    const data = JSON.parse(readFileSync(join(site, 'data/edition.json'), 'utf8'));
    expect(data.edition).toMatchObject({ editors: ['An Editor'], generated: '2026' });
    expect(data.people.map((person: { id: string }) => person.id)).toEqual(['steinhardt', 'stalin']);
    expect(data.people[0]).toMatchObject({ born: '1892' });
    expect(data.places.map((place: { id: string; kind: string }) => `${place.id}:${place.kind}`)).toEqual(['moscow:city', 'chungking:other']);
  });
});

describe('script payloads in the text and the YAML, in Chromium', () => {
  let server: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(site);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('never run, on any page, nor in search results', async () => {
    const context = await browser.newContext();
    const ran: string[] = [];
    await context.exposeFunction(XSS_CALL, (what: string) => ran.push(String(what)));
    const pages = sitePages(site);
    const injected: string[] = [];
    for (const file of pages) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        ran.push(`dialog on ${file}`);
        void dialog.dismiss();
      });
      await page.goto(`${server.url}${base}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      // Markup a payload would have made: an event handler, a javascript: link, a script of the document's text.
      injected.push(
        ...(
          await page.evaluate((call) => {
            const found: string[] = [];
            for (const element of document.querySelectorAll('*')) {
              for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute)) found.push(`<${element.tagName.toLowerCase()} ${attribute}>`);
              const href = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
              if (/^\s*javascript:/i.test(href)) found.push(`${element.tagName.toLowerCase()} ${href}`);
            }
            // The CSL-JSON data block holds the document's title as data, never run; any other script with the payload is one.
            for (const script of document.querySelectorAll('script:not([type="application/vnd.citationstyles.csl+json"])')) if (script.textContent?.includes(call)) found.push('script');
            return found;
          }, XSS_CALL)
        ).map((what) => `${file}: ${what}`),
      );
      await page.close();
    }
    const search = await context.newPage();
    await search.goto(`${server.url}${base}search/`);
    await search.getByLabel('Words to search for').fill('xssExecuted');
    await expect.poll(() => search.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/[1-9]\d* documents?/);
    expect(await search.locator('.search-result').count()).toBeGreaterThan(0);
    expect(ran).toEqual([]);
    expect(injected).toEqual([]);
    // The watch works: a script that does run is counted.
    await search.addScriptTag({ content: `${XSS_CALL}('control')` });
    await expect.poll(() => ran).toEqual(['control']);
    await context.close();
  }, 180_000);
});
