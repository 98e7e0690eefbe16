/**
 * `npm run bench -- [--documents 10000] [--distinct] [--no-site] [--keep]`
 * `npm run bench -- --huge 2 [--lines 200000]`
 *
 * Builds an edition of N documents (default 10,000) made by repeating the FRUS
 * development corpus (../shared/corpus/frus-dev) under fresh ids, with this
 * edition's people and places, and prints per stage — parse, link
 * people/places, resolve references, render HTML, Astro build (with the open
 * data), Pagefind — the time, documents per second and peak memory; then the output size, page
 * count, a typical document page's weight (HTML+CSS gzipped) and its
 * JavaScript, and the time of a rebuild after one document changed.
 * With `--huge N`, the edition is N documents of 200,000 lines each (`--lines`),
 * each the corpus's texts run together: memory sized by the bytes of the
 * content, not the number of documents (src/build/memory.ts).
 * Results are also written to .bench/results-<N>.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureContent, readContent } from '../src/build/content/read-content.ts';
import { buildEdition, type StageTimings } from '../src/core/edition/build-edition.ts';
import { buildDocumentPages } from '../src/site/page-data.ts';
import { siteUrls } from '../src/site/urls.ts';
import { cacheDirFor } from '../src/build/astro-cache.ts';
import { astroBuildEnv } from '../src/build/memory.ts';
import { exitWithError, readOptions, type Command } from '../src/build/command-line.ts';
import { acquireBuildLock, buildLockFile, waitingMessage } from '../src/build/lock.ts';
import { volumeOf } from '../src/core/edition/printed-source.ts';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const command: Command = {
  name: 'bench',
  invocation: 'npm run bench --',
  usage: `Usage: npm run bench -- [--documents <n>] [--distinct] [--no-site] [--keep] [--source <folder>]
       npm run bench -- --huge <n> [--lines <lines>]

Builds an edition of n documents (the dev corpus repeated) and prints per stage
the time, documents per second and peak memory; results in .bench/results-<n>.json.

  --documents <n>    how many documents (default 10000)
  --distinct         make every copy's text its own
  --no-site          the parser stages only, no site build
  --keep             keep the generated content folder
  --source <folder>  the transcriptions to repeat (default ../shared/corpus/frus-dev/documents)
  --huge <n>         instead, n huge documents, each the corpus run together
  --lines <lines>    lines of each huge document (default 200000)
  -h, --help         print this help`,
};

const values = readOptions(command, {
  documents: { type: 'string', default: '10000' },
  source: { type: 'string', default: '../shared/corpus/frus-dev/documents' },
  'no-site': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  distinct: { type: 'boolean', default: false },
  huge: { type: 'string' },
  lines: { type: 'string', default: '200000' },
});

const root = resolve(import.meta.dirname, '..');
const count = Number(values.huge ?? values.documents);
if (!Number.isInteger(count) || count < 1)
  exitWithError(command, `${values.huge ? `--huge ${values.huge}` : `--documents ${values.documents}`} is not a number of documents: give a whole number, such as 2000`);
const hugeLines = values.huge ? Number(values.lines) : 0;
if (values.huge && (!Number.isInteger(hugeLines) || hugeLines < 1)) exitWithError(command, `--lines ${values.lines} is not a number of lines: give a whole number, such as 200000`);
const work = join(root, '.bench');
const variant = hugeLines ? `${count}x${hugeLines}-lines` : values.distinct ? `${count}-distinct` : String(count);
const contentDir = join(work, `content-${variant}`);
const siteDir = join(work, `site-${variant}`);

/**
 * Writes N transcriptions into a fresh content folder: the corpus repeated,
 * each round under its own id prefix. With `--distinct`, each copy's
 * paragraphs (its long lines) also end with its round, so that no two
 * documents share their text, as in a real edition: repeated text costs the
 * build's data store less.
 */
function makeEdition(): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'documents'), { recursive: true });
  const sourceDir = resolve(root, values.source);
  const files = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (hugeLines) {
    // Each huge document starts at another place in the corpus, so no two are the same text.
    let next = 0;
    for (let i = 0; i < count; i += 1) {
      const lines: string[] = [];
      while (lines.length < hugeLines) lines.push(...readFileSync(join(sourceDir, files[next++ % files.length]), 'utf8').split('\n'));
      writeFileSync(join(contentDir, 'documents', `huge-${i + 1}.txt`), lines.slice(0, hugeLines).join('\n'));
    }
  }
  // Each round's copy of a printed volume is a volume of its own (`r02-frus1934v04`), listed in edition.yaml,
  // so that the edition has volumes of a real volume's size, each a search shard.
  const volumes = new Map<string, { id: string; series: string; volume: string }>();
  for (let i = 0; i < (hugeLines ? 0 : count); i += 1) {
    const round = Math.floor(i / files.length);
    const file = files[i % files.length];
    // A round prefix keeps each copy of a volume a volume of its own (`r02-frus1934v04-d0001`).
    const prefix = `r${String(round).padStart(2, '0')}`;
    const volume = volumeOf(file.replace(/\.txt$/, ''), []);
    if (volume && !volumes.has(`${prefix}-${volume.id}`))
      volumes.set(`${prefix}-${volume.id}`, { id: `${prefix}-${volume.id}`, series: volume.series ?? '', volume: `${volume.volume} (copy ${prefix})` });
    const target = join(contentDir, 'documents', `${prefix}-${file}`);
    if (values.distinct)
      writeFileSync(
        target,
        readFileSync(join(sourceDir, file), 'utf8').replace(/^.{200,}$/gmu, (line) => `${line} [${prefix}]`),
      );
    else cpSync(join(sourceDir, file), target);
  }
  for (const name of ['edition.yaml', 'people.yaml', 'places.yaml']) {
    if (existsSync(join(root, 'content', name))) cpSync(join(root, 'content', name), join(contentDir, name));
  }
  if (volumes.size > 0) {
    const settingsFile = join(contentDir, 'edition.yaml');
    const settings = (existsSync(settingsFile) ? parseYaml(readFileSync(settingsFile, 'utf8')) : {}) as Record<string, unknown>;
    writeFileSync(settingsFile, stringifyYaml({ ...settings, volumes: [...volumes.values()] }));
  }
}

interface Row {
  stage: string;
  seconds: number;
  perSecond: number | null;
  /** The peak of the largest single process (for Pagefind: one shard's indexer or its Pagefind binary). */
  peakMB: number | null;
  /** The peak of all the step's processes together (shards indexed in parallel add up). */
  totalMB?: number | null;
  /**
   * CPU time (user + system) of the step's processes: less at the mercy of a shared machine's load than the
   * wall time. For Astro only: the Pagefind binaries are not waited for by their parents, so GNU time misses them.
   */
  cpuSeconds?: number | null;
}

const rows: Row[] = [];
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function inProcessStages(): void {
  const started = performance.now();
  const input = readContent(contentDir);
  const readSeconds = (performance.now() - started) / 1000;
  const timings: StageTimings = { parse: 0, link: 0, references: 0, order: 0 };
  const edition = buildEdition(input, { timings });
  const renderStarted = performance.now();
  buildDocumentPages(edition, siteUrls('/'));
  const renderSeconds = (performance.now() - renderStarted) / 1000;
  const peak = mb(process.resourceUsage().maxRSS * 1024);
  const n = edition.documents.length;
  const add = (stage: string, seconds: number) => rows.push({ stage, seconds, perSecond: n / seconds, peakMB: null });
  add('read files', readSeconds);
  add('parse', timings.parse / 1000);
  add('link people/places', timings.link / 1000);
  add('resolve references', timings.references / 1000);
  add('order + index', timings.order / 1000);
  const core = (timings.parse + timings.link + timings.references + timings.order) / 1000;
  rows.push({ stage: 'parse + link + resolve', seconds: core, perSecond: n / core, peakMB: peak });
  add('render HTML (unified)', renderSeconds);
}

/** Runs a build step for the bench content, returning its log, wall time, and the peak RSS of its largest process and of its process tree. */
async function timed(command: string, args: string[]): Promise<{ seconds: number; log: string; peakMB: number; totalMB: number; cpuSeconds: number | null }> {
  const started = performance.now();
  // GNU time reports the CPU time of the step and every process it waited for (the shards' indexers too).
  const cpuTimer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'bench-cpu %U %S'] : [];
  const child = spawn(cpuTimer[0] ?? command, [...cpuTimer.slice(1), ...(cpuTimer.length ? [command] : []), ...args], {
    cwd: root,
    // As `npm run build` runs it (scripts/build.ts: fewer malloc arenas, a heap limit sized to the edition).
    env: astroBuildEnv(measureContent(contentDir), { ...process.env, EDITION_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' }),
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peak = 0;
  let total = 0;
  // With GNU time in front, the step is its child: its tree is measured all the same.
  const poll = setInterval(() => {
    const tree = treePeakKB(child.pid!);
    total = Math.max(total, tree.total);
    peak = Math.max(peak, tree.largest);
  }, 250);
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  clearInterval(poll);
  if (code !== 0) {
    console.error(log.slice(-4000));
    throw new Error(`${args.join(' ')} failed with exit code ${code}`);
  }
  const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(log);
  return { seconds: (performance.now() - started) / 1000, log, peakMB: Math.round(peak / 1024), totalMB: Math.round(total / 1024), cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

/**
 * The peak resident memory (VmHWM) of a process and its descendants, in KB:
 * the sum over the tree (processes that hold memory at the same time, as
 * shards indexed in parallel) and the largest single process.
 */
function treePeakKB(pid: number): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  const visit = (id: number) => {
    try {
      const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
      total += peak;
      largest = Math.max(largest, peak);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        for (const child of readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // The process ended while we looked.
    }
  };
  visit(pid);
  return { total, largest };
}

function siteFigures() {
  let bytes = 0;
  let pages = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else {
        bytes += stat.size;
        if (name.endsWith('.html')) pages += 1;
      }
    }
  };
  walk(siteDir);
  // A typical document page: the median by size.
  const documentsDir = join(siteDir, 'documents');
  const pagesBySize = readdirSync(documentsDir)
    .map((id) => join(documentsDir, id, 'index.html'))
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(a).size - statSync(b).size);
  const typical = pagesBySize[Math.floor(pagesBySize.length / 2)];
  const html = readFileSync(typical, 'utf8');
  const local = (href: string) => join(siteDir, href.replace(/^\//, '').split('?')[0]);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => readFileSync(local(match[1]))).reduce((sum, file) => sum + gzipSync(file).length, 0);
  // Scripts that run: a data block (`type="application/…+json"`, the page's CSL-JSON item) is no JavaScript.
  const running = (attributes: string) => !/\btype="(?!module"|text\/javascript")[^"]*"/.test(attributes);
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => running(match[1])).reduce((sum, match) => sum + match[2].length, 0);
  const externalJs = [...html.matchAll(/<script\b([^>]*)src="([^"]+)"/g)].filter((match) => running(match[1])).reduce((sum, match) => sum + statSync(local(match[2])).size, 0);
  return {
    bytes,
    pages,
    typicalPage: typical.replace(siteDir, ''),
    typicalHtmlGz: gzipSync(html).length,
    typicalCssGz: css,
    typicalJs: inlineJs + externalJs,
  };
}

/** Keeps a step's log beside the results (.bench/log-<variant>-<step>.txt), to see where its time went. */
function keepLog(step: string, log: string): void {
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, `log-${variant}-${step}.txt`), log);
}

/** `17 shards indexed of 17`, from the search index's last line (scripts/index-search.ts). */
function shardSummary(log: string): string {
  const match = /in (\d+) shards?, (\d+) indexed/.exec(log);
  return match ? `${match[2]} of ${match[1]} shards indexed` : 'search index';
}

function print(lines: string[]): void {
  const text = lines.join('\n');
  console.log(text);
}

makeEdition();
console.log(
  `bench: ${count} documents in ${contentDir} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${mb(totalmem())} MB RAM, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}\n`,
);
inProcessStages();

let site: ReturnType<typeof siteFigures> | null = null;
let rebuildSeconds: number | null = null;
let rebuildPages: { rendered: number; kept: number } | null = null;
// `npm run build` (scripts/build.ts): the site, then its search index, each in its own process.
const astroBuild = () => timed(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir]);
const searchIndex = () => timed(process.execPath, [join(root, 'scripts/index-search.ts'), '--site', siteDir]);

if (!values['no-site']) {
  await acquireBuildLock(buildLockFile(root), { content: contentDir, outDir: siteDir }, (holder) => console.error(`bench: ${waitingMessage(holder)}`));
  rmSync(siteDir, { recursive: true, force: true });
  // A first build fills Astro's incremental cache for this content folder; start from none.
  rmSync(join(root, cacheDirFor(contentDir)), { recursive: true, force: true });
  const build = await astroBuild();
  const index = await searchIndex();
  keepLog('build', build.log + index.log);
  const whole = build.seconds + index.seconds;
  rows.push({
    stage: 'Astro build (load, open data, render pages)',
    seconds: build.seconds,
    perSecond: count / build.seconds,
    peakMB: build.peakMB,
    totalMB: build.totalMB,
    cpuSeconds: build.cpuSeconds,
  });
  rows.push({ stage: `Pagefind index (${shardSummary(index.log)})`, seconds: index.seconds, perSecond: count / index.seconds, peakMB: index.peakMB, totalMB: index.totalMB });
  rows.push({ stage: 'whole build (npm run build)', seconds: whole, perSecond: count / whole, peakMB: Math.max(build.peakMB, index.peakMB), totalMB: Math.max(build.totalMB, index.totalMB) });
  site = siteFigures();
  // Rebuild after an editor's correction to one document (a sentence added to its first paragraph):
  // Astro re-renders only the pages whose cache key changed and rewrites only the open data that changed.
  const changed = join(contentDir, 'documents', readdirSync(join(contentDir, 'documents')).find((name) => name.endsWith('.txt'))!);
  writeFileSync(
    changed,
    readFileSync(changed, 'utf8').replace(/^.{200,}$/mu, (line) => `${line} An added sentence for the rebuild benchmark.`),
  );
  const rebuild = await astroBuild();
  const reindex = await searchIndex();
  keepLog('rebuild', rebuild.log + reindex.log);
  rebuildSeconds = rebuild.seconds + reindex.seconds;
  // Astro logs each page with its render time, or as (cached) when left in place, (restored) when copied back.
  rebuildPages = { rendered: (rebuild.log.match(/\(\+\d/g) ?? []).length, kept: (rebuild.log.match(/\((cached|restored)\)/g) ?? []).length };
  rows.push({
    stage: 'rebuild: Astro (changed pages and open data only)',
    seconds: rebuild.seconds,
    perSecond: null,
    peakMB: rebuild.peakMB,
    totalMB: rebuild.totalMB,
    cpuSeconds: rebuild.cpuSeconds,
  });
  rows.push({ stage: `rebuild: Pagefind (${shardSummary(reindex.log)})`, seconds: reindex.seconds, perSecond: null, peakMB: reindex.peakMB, totalMB: reindex.totalMB });
  rows.push({ stage: 'rebuild after one change', seconds: rebuildSeconds, perSecond: null, peakMB: Math.max(rebuild.peakMB, reindex.peakMB), totalMB: Math.max(rebuild.totalMB, reindex.totalMB) });
}

const table = [
  '| stage | time (s) | CPU (s) | documents/s | peak memory, largest process (MB) | all its processes (MB) |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (row) =>
      `| ${row.stage} | ${row.seconds.toFixed(2)} | ${row.cpuSeconds?.toFixed(1) ?? '–'} | ${row.perSecond ? Math.round(row.perSecond).toLocaleString('en-US') : '–'} | ${row.peakMB ?? '–'} | ${row.totalMB ?? '–'} |`,
  ),
];
print(table);
// A shared machine's other work slows every stage: the load says how much there was.
print(['', `load average at the end: ${loadavg()[0].toFixed(1)} (1 min), ${loadavg()[1].toFixed(1)} (5 min) on ${cpus().length} cores`]);
if (site) {
  print([
    '',
    `output: ${mb(site.bytes)} MB in ${site.pages.toLocaleString('en-US')} HTML pages`,
    `rebuild after one change: ${rebuildPages!.rendered} pages rendered, ${rebuildPages!.kept} kept from the last build`,
    `typical document page (${site.typicalPage}): ${(site.typicalHtmlGz / 1024).toFixed(1)} KB HTML + ${(site.typicalCssGz / 1024).toFixed(1)} KB CSS gzipped = ${((site.typicalHtmlGz + site.typicalCssGz) / 1024).toFixed(1)} KB; JavaScript ${site.typicalJs} bytes`,
  ]);
}
mkdirSync(work, { recursive: true });
writeFileSync(
  join(work, `results-${variant}.json`),
  `${JSON.stringify({ count, rows, site, rebuildSeconds, rebuildPages, machine: { cores: cpus().length, model: cpus()[0]?.model, memoryMB: mb(totalmem()), node: process.version } }, null, 1)}\n`,
);
if (!values.keep) rmSync(contentDir, { recursive: true, force: true });
