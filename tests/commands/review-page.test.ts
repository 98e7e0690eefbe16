/**
 * `npm run dev` serves the editor's review page at `/review/`, made afresh
 * from the content folder on each request: an editor who breaks a sidecar
 * value sees the warning on reload, linked to the document. A build never
 * has the page (astro-build.test.ts, and the site the tests build).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { siteDir } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-review-dev-'));
// A copy of content/ gets a cache of its own, so the dev server disturbs no build.
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
let server: DevServer | null = null;
let address = '';

beforeAll(async () => {
  server = await startDevServer(content);
  address = server.address;
}, 150_000);

afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the review page in npm run dev', () => {
  test('lists the documents to review, each linked to its page, and shows a sidecar mistake on reload', async () => {
    const first = parse(await (await fetch(`${address}/review/`)).text());
    expect(first.querySelector('h1')!.text).toMatch(/^Editor’s review: /);
    const headings = first.querySelectorAll('section.review-document h2 a');
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const link of headings) expect(link.getAttribute('href')).toMatch(/^\/documents\/[^/]+\/$/);
    expect(first.querySelector('#review-1940-10-steinhardt-1390')).not.toBeNull();

    writeFileSync(join(content, 'documents', '1937-12-21-henderson-333.yaml'), 'place: Moscow\nrecieved: "December 21"\n');
    const second = parse(await (await fetch(`${address}/review/`)).text());
    const section = second.querySelector('#review-1937-12-21-henderson-333')!.parentNode!;
    expect(section.querySelector('ul.warnings')!.text).toContain('documents/1937-12-21-henderson-333.yaml:2');
    expect(section.querySelector('ul.warnings')!.text).toContain('did you mean "received"?');
    expect(section.querySelector('ul.sidecar')!.text).toBe('documents/1937-12-21-henderson-333.yaml:1 place: Moscow');
  }, 60_000);

  test('is not part of the built site', () => {
    expect(existsSync(join(siteDir(), 'review'))).toBe(false);
  });
});
