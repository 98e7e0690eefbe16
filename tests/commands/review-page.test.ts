/**
 * `npm run dev` serves the editor's review page at `/review/`, made afresh
 * from the content folder on each request: an editor who breaks a sidecar
 * value sees the warning on reload, linked to the document. A build never
 * has the page (astro-build.test.ts, and the site the tests build).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { cacheDirFor } from '../../src/build/astro-cache.ts';
import { siteDir } from '../site/site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'edition-review-dev-'));
// A copy of content/ gets a cache of its own, so the dev server disturbs no build.
const content = join(work, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
let server: ChildProcess | null = null;
let address = '';

/** A port no one listens on. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  address = `http://127.0.0.1:${port}`;
  // As a person runs it: not in vitest's environment (NODE_ENV=test, VITEST…), which Vite's dev server reads.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  Object.assign(env, { EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' });
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  for (let tries = 0; tries < 240; tries += 1) {
    const ready = await fetch(`${address}/`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok || `status ${response.status}`,
      (error: Error) => `${error.name} ${(error.cause as { code?: string } | undefined)?.code ?? ''}`,
    );
    if (ready === true) return;
    log += `\n[probe] ${ready}`;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(`astro dev did not answer within 2 minutes:\n${log}`);
}, 150_000);

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, cacheDirFor(content)), { recursive: true, force: true });
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
