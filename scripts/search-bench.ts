/**
 * `npm run bench:search -- [--no-build] [--first Vladivostok] [--second "Chinese Eastern Railway"]`
 *
 * What search costs a reader on the 1,180-document development corpus
 * (../shared/corpus/frus-dev, with this edition's people, places and
 * settings): builds the site into .bench/search-site, serves it as a static
 * host would, and with Debian's Chromium records the bytes transferred
 * (response headers + bodies) for the search page's cold load (the page and
 * Pagefind's start: script, WebAssembly, metadata, filters), then for a first
 * and a second query typed into the box (every request made after the typing
 * began, until the results are shown and the network is idle), for
 * ticking a filter, and for arriving from the header form (`/search/?q=…`
 * with a fresh cache); and the size of the index on disk. Prints the figures and
 * writes them to .bench/search-results.json. Target (issue 14): a first query within 150 KB.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { readOptions, type Command } from '../src/build/command-line.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const command: Command = {
  name: 'bench:search',
  invocation: 'npm run bench:search --',
  usage: `Usage: npm run bench:search -- [--no-build | --site <folder>] [--first <words>] [--second <words>] [--source <folder>]

Builds the dev corpus and measures, in Chromium, the bytes a reader's searches transfer.

  --no-build         reuse the site in .bench/search-site
  --site <folder>    measure this built site instead (no build), such as
                     .bench/site-10000-distinct left by npm run bench
  --first <words>    the first query (default Vladivostok)
  --second <words>   the second query (default "Chinese Eastern Railway")
  --source <folder>  the transcriptions (default ../shared/corpus/frus-dev/documents)
  -h, --help         print this help`,
};

const values = readOptions(command, {
  'no-build': { type: 'boolean', default: false },
  site: { type: 'string' },
  source: { type: 'string', default: '../shared/corpus/frus-dev/documents' },
  first: { type: 'string', default: 'Vladivostok' },
  second: { type: 'string', default: 'Chinese Eastern Railway' },
});

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
const contentDir = join(work, 'search-content');
const siteDir = values.site ? resolve(values.site) : join(work, 'search-site');
const TARGET_KB = 150;

/** The corpus as a content folder, with the edition's authority files and settings (so the people and places filters are real). */
function makeContent(): number {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'documents'), { recursive: true });
  const sourceDir = resolve(root, values.source);
  const files = readdirSync(sourceDir).filter((name) => name.endsWith('.txt'));
  for (const file of files) cpSync(join(sourceDir, file), join(contentDir, 'documents', file));
  for (const name of ['edition.yaml', 'people.yaml', 'places.yaml']) {
    if (existsSync(join(root, 'content', name))) cpSync(join(root, 'content', name), join(contentDir, name));
  }
  return files.length;
}

async function build(): Promise<void> {
  // As `npm run build` does: the site with its open data, then its search index.
  const child = spawn(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', siteDir], {
    cwd: root,
    env: { ...process.env, EDITION_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  if (code !== 0) {
    console.error(log.slice(-4000));
    throw new Error(`npm run build failed with exit code ${code}`);
  }
  console.log(`built ${siteDir} (${log.match(/search index: .* shards?, .*/)?.[0] ?? ''})`);
}

/** Sizes of the files under `dir`, by path relative to it. */
function filesUnder(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.set(relative(dir, path), stat.size);
    }
  };
  walk(dir);
  return out;
}

/** Records every finished request of a page with its transferred size (headers + body). */
function recorder(page: Page) {
  const log: { url: string; bytes: number }[] = [];
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (request: Request) => {
    const done = request.sizes().then((sizes) => {
      log.push({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize });
    });
    pending.add(done);
    void done.finally(() => pending.delete(done));
  });
  return {
    /** Requests since `from` (an index into the log), once their sizes are known. */
    async since(from: number) {
      await Promise.all(pending);
      return log.slice(from);
    },
    get length() {
      return log.length;
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (entries: { bytes: number }[]) => entries.reduce((total, entry) => total + entry.bytes, 0);

/** Groups requests by kind of Pagefind file, for the breakdown. */
function breakdown(entries: { url: string; bytes: number }[]): Record<string, string> {
  const groups: Record<string, { count: number; bytes: number }> = {};
  for (const { url, bytes } of entries) {
    const path = new URL(url).pathname;
    // Each shard is a Pagefind bundle of its own: /pagefind/<shard>/fragment/…
    const kind = /\/pagefind\/[^/]+\/fragment\//.test(path)
      ? 'fragments'
      : /\/pagefind\/[^/]+\/index\//.test(path)
        ? 'index chunks'
        : /\/pagefind\/[^/]+\/filter\//.test(path)
          ? 'filters'
          : /\/pagefind\/[^/]+\/pagefind\.[^/]+\.pf_meta$/.test(path)
            ? 'shard metadata'
            : /\/pagefind\//.test(path)
              ? 'pagefind (js, wasm, entries, shards.json)'
              : 'page (html, css, js)';
    groups[kind] ??= { count: 0, bytes: 0 };
    groups[kind].count++;
    groups[kind].bytes += bytes;
  }
  return Object.fromEntries(Object.entries(groups).map(([kind, { count, bytes }]) => [kind, `${count} × = ${kb(bytes)}`]));
}

async function main(): Promise<void> {
  if (!values.site && (!values['no-build'] || !existsSync(join(siteDir, 'pagefind')))) {
    const count = makeContent();
    console.log(`building ${count} documents…`);
    await build();
  }

  const index = filesUnder(join(siteDir, 'pagefind'));
  const indexTotal = [...index.values()].reduce((a, b) => a + b, 0);
  const part = (test: (path: string) => boolean) => [...index].filter(([path]) => test(path)).reduce((total, [, size]) => total + size, 0);
  const disk = {
    total: indexTotal,
    shards: readdirSync(join(siteDir, 'pagefind'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length,
    files: index.size,
    fragments: part((path) => /^[^/]+\/fragment\//.test(path)),
    indexChunks: part((path) => /^[^/]+\/index\//.test(path)),
    filters: part((path) => /^[^/]+\/filter\//.test(path)),
    meta: part((path) => /^[^/]+\/pagefind\.[^/]+\.pf_meta$/.test(path)),
  };

  const site = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests = recorder(page);
    const status = page.locator('[data-search-status]');

    await page.goto(`${site.url}/search/`);
    await page.waitForLoadState('networkidle');
    // The filters are built once Pagefind has started.
    await page.locator('.search-facets fieldset').first().waitFor();
    await page.waitForLoadState('networkidle');
    const cold = await requests.since(0);

    const query = async (words: string) => {
      const from = requests.length;
      const box = page.getByLabel('Words to search for');
      await box.fill('');
      await box.pressSequentially(words, { delay: 60 });
      await page.waitForFunction((text) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${text}”`), words);
      await page.waitForLoadState('networkidle');
      const entries = await requests.since(from);
      return { words, status: (await status.textContent()) ?? '', bytes: sum(entries), requests: entries.length, breakdown: breakdown(entries) };
    };
    const first = await query(values.first);
    const second = await query(values.second);

    // Ticking the first year offered.
    const fromFilter = requests.length;
    const year = page.getByRole('group', { name: 'Year' }).getByRole('checkbox').first();
    await year.check();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('with 1 filter'));
    await page.waitForLoadState('networkidle');
    const filterEntries = await requests.since(fromFilter);
    const filter = { status: (await status.textContent()) ?? '', bytes: sum(filterEntries), requests: filterEntries.length };

    // A reader arriving from the header form of another page: the page, Pagefind's start and the query together.
    const arrival = await context.browser()!.newContext({ viewport: { width: 1280, height: 900 } });
    const arrivalPage = await arrival.newPage();
    const arrivalRequests = recorder(arrivalPage);
    await arrivalPage.goto(`${site.url}/search/?q=${encodeURIComponent(values.first)}`);
    await arrivalPage.waitForFunction((text) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${text}”`), values.first);
    await arrivalPage.waitForLoadState('networkidle');
    const arrivalEntries = await arrivalRequests.since(0);
    await arrival.close();

    // A reading page, for comparison: it loads no search code.
    const reading = await context.newPage();
    const readingRequests = recorder(reading);
    const firstDocument = readdirSync(join(siteDir, 'documents')).find((name) => statSync(join(siteDir, 'documents', name)).isDirectory());
    await reading.goto(`${site.url}/documents/${firstDocument}/`);
    await reading.waitForLoadState('networkidle');
    const readingEntries = await readingRequests.since(0);

    const results = {
      documents: readdirSync(join(siteDir, 'documents')).filter((name) => statSync(join(siteDir, 'documents', name)).isDirectory()).length,
      coldLoad: { bytes: sum(cold), requests: cold.length, breakdown: breakdown(cold) },
      firstQuery: first,
      secondQuery: second,
      tickFilter: filter,
      fromHeaderForm: { words: values.first, bytes: sum(arrivalEntries), requests: arrivalEntries.length },
      readingPage: { bytes: sum(readingEntries), requests: readingEntries.length, pagefindRequests: readingEntries.filter((entry) => entry.url.includes('/pagefind/')).length },
      indexOnDisk: disk,
      targetFirstQueryKB: TARGET_KB,
    };

    console.log(`\nSearch on ${results.documents} documents (bytes transferred, headers + bodies)`);
    console.log(`  cold load of /search/ (page + Pagefind start + filters): ${kb(results.coldLoad.bytes)} in ${results.coldLoad.requests} requests`, results.coldLoad.breakdown);
    for (const [label, run] of [
      ['first query', first],
      ['second query', second],
    ] as const) {
      console.log(`  ${label} “${run.words}”: ${kb(run.bytes)} in ${run.requests} requests — ${run.status}`, run.breakdown);
    }
    console.log(`  ticking a year: ${kb(filter.bytes)} in ${filter.requests} requests — ${filter.status}`);
    console.log(
      `  arriving from the header form with “${values.first}” (page + Pagefind start + query, fresh cache): ${kb(results.fromHeaderForm.bytes)} in ${results.fromHeaderForm.requests} requests`,
    );
    console.log(`  a reading page: ${kb(results.readingPage.bytes)} in ${results.readingPage.requests} requests, ${results.readingPage.pagefindRequests} of them Pagefind`);
    console.log(
      `  index on disk: ${kb(disk.total)} in ${disk.files} files, ${disk.shards} shards (fragments ${kb(disk.fragments)}, index chunks ${kb(disk.indexChunks)}, filters ${kb(disk.filters)}, metadata ${kb(disk.meta)})`,
    );
    for (const run of [first, second]) {
      if (run.status.startsWith('No document')) console.warn(`  warning: “${run.words}” is in no document of this corpus; choose another word (--first, --second)`);
    }
    const within = first.bytes <= TARGET_KB * 1024;
    console.log(`  target: first query within ${TARGET_KB} KB — ${within ? 'met' : 'NOT met'} (${kb(first.bytes)})`);
    writeFileSync(join(work, 'search-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwritten to ${relative(root, join(work, 'search-results.json'))}`);
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
