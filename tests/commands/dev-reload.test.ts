/**
 * `npm run dev` reloads the edition when a file of the content folder
 * changes: an editor who corrects a transcription, writes a sidecar or adds
 * a person to people.yaml sees it on the next page load, without restarting
 * the server (the loaders watch the content folder: src/loaders/edition-source.ts).
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-dev-reload-'));
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(content);
}, 150_000);

afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The page at `path`, fetched until `ready` holds of it (a minute at most): the reload takes a moment. */
async function pageWhen(path: string, ready: (html: string, status: number) => boolean): Promise<string> {
  let last = '';
  for (let tries = 0; tries < 120; tries += 1) {
    const response = await fetch(`${server.address}${path}`);
    last = await response.text();
    if (ready(last, response.status)) return last;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`${path} never changed as expected; the server said:\n${server.log().slice(-2000)}`);
}

describe('npm run dev after a change to the content folder', () => {
  test('shows a corrected transcription', async () => {
    const path = '/documents/1946-03-25-chungking-456/';
    expect(await (await fetch(`${server.address}${path}`)).text()).toContain('a waiting game');
    const file = join(content, 'documents', '1946-03-25-chungking-456.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('a waiting game', 'a patient waiting game'));
    const page = await pageWhen(path, (html) => html.includes('a patient waiting game'));
    expect(parse(page).querySelector('main')!.text).toContain('a patient waiting game');
  }, 90_000);

  test("shows a sidecar's correction of the heading", async () => {
    const path = '/documents/1937-12-21-henderson-333/';
    writeFileSync(join(content, 'documents', '1937-12-21-henderson-333.yaml'), 'title: "Henderson to Hull, as the editor titles it"\n');
    const page = await pageWhen(path, (html) => html.includes('as the editor titles it'));
    expect(parse(page).querySelector('h1')!.text).toContain('Henderson to Hull, as the editor titles it');
  }, 90_000);

  test('makes a page for a person added to people.yaml, linked from the documents that name them', async () => {
    appendFileSync(join(content, 'people.yaml'), '\n- id: gasanli\n  name: Jamil Gasanli\n  variants: [Gasanli Dzh]\n');
    const page = await pageWhen('/people/gasanli/', (_html, status) => status === 200);
    expect(parse(page).querySelector('h1')!.text).toContain('Jamil Gasanli');
    expect(parse(page).querySelector('a[href="/documents/1946-03-25-chungking-456/"]')).not.toBeNull();
  }, 90_000);
});
