import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inPart, planShards, SHARD_ATTRIBUTE, SHARD_FILE, SHARDS_FILE, type ShardEntry, type ShardPlan, type ShardsManifest } from '../../site/search/shards.ts';

/** The script that indexes one shard, each in its own process. */
const SHARD_SCRIPT = join(import.meta.dirname, 'index-shard.ts');

/**
 * What else a shard's index depends on besides its pages: Pagefind's version
 * and how index-shard.ts calls it. Change `INDEXER` when changing that script,
 * so that every shard is re-indexed.
 */
const INDEXER = `pagefind ${readPagefindVersion()}, index-shard 1`;

function readPagefindVersion(): string {
  // The package's own manifest, found from its entry point (its exports do not list package.json).
  const manifest = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** A shard planned for this site, with the digest its folder must carry to be current. */
export interface PlannedShard extends ShardPlan {
  digest: string;
}

/**
 * The shards of a built site: every document page (`documents/<id>/index.html`),
 * grouped by the volume or year its `data-search-shard` names and packed into
 * shards of at most `shardPages` pages (src/site/search/shards.ts),
 * each with the digest of its pages' bytes and the indexer. Reads every page
 * once and keeps only its digest.
 */
export function planSiteShards(site: string, shardPages?: number): PlannedShard[] {
  const documents = join(site, 'documents');
  const pages: { path: string; shard: string }[] = [];
  const digests = new Map<string, string>();
  const attribute = new RegExp(`\\s${SHARD_ATTRIBUTE}="([^"]*)"`);
  for (const entry of existsSync(documents) ? readdirSync(documents, { withFileTypes: true }) : []) {
    if (!entry.isDirectory()) continue;
    const path = `documents/${entry.name}/index.html`;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(site, path));
    } catch {
      continue;
    }
    // A page without the attribute (never made by this site's templates) still gets indexed.
    const shard = attribute.exec(bytes.toString('utf8'))?.[1] || 'other';
    pages.push({ path, shard });
    digests.set(path, createHash('sha256').update(bytes).digest('hex'));
  }
  return planShards(pages, shardPages).map((plan) => {
    const hash = createHash('sha256').update(INDEXER);
    for (const path of plan.pages) hash.update(`\n${path} ${digests.get(path)}`);
    return { ...plan, digest: hash.digest('hex').slice(0, 20) };
  });
}

/** The digest a shard's folder says it was built from, or null when it has none (or is not a shard). */
export function builtShardDigest(indexDir: string, id: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(indexDir, id, SHARD_FILE), 'utf8')) as ShardEntry).digest;
  } catch {
    return null;
  }
}

export interface SearchIndexOptions {
  /** Shards indexed at once, each in its own process (default: the machine's cores). */
  jobs?: number;
  /** Pages a shard holds at most (default `SHARD_PAGES`): fewer make more, smaller shards. */
  shardPages?: number;
  /** Only this part of the shards (`{ part: 2, parts: 4 }`), for one job of a CI matrix; no `shards.json`. */
  part?: { part: number; parts: number };
  /** Told of each shard as it is indexed or kept. */
  log?: (line: string) => void;
}

export interface SearchIndexResult {
  /** Pages in the shards planned (all, or this part's). */
  pages: number;
  /** Shards planned (all, or this part's). */
  shards: number;
  /** Ids of the shards indexed now; the others were current. */
  indexed: string[];
  milliseconds: number;
}

/**
 * Builds the search index of a built site into `<site>/pagefind/`: one
 * Pagefind bundle per shard (`pagefind/<shard>/`), each indexed by its own
 * process (src/build/search-index/index-shard.ts), `jobs` at a time; a shard whose
 * folder already carries its digest is kept as it is, so that a change
 * re-indexes only its shard. Then, unless building one `part`, removes what
 * is no shard any more and writes `pagefind/shards.json`, which the search
 * page reads; a shard still missing then (a part not built) is an error.
 */
export async function buildSearchIndex(site: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const started = performance.now();
  const indexDir = join(site, 'pagefind');
  const log = options.log ?? (() => {});
  const all = planSiteShards(site, options.shardPages);
  const part = options.part;
  const planned = part ? all.filter((_, index) => inPart(index, part.part, part.parts)) : all;
  const stale = planned.filter((shard) => builtShardDigest(indexDir, shard.id) !== shard.digest);
  for (const shard of planned) if (!stale.includes(shard)) log(`${shard.id}: ${shard.pages.length} pages, unchanged`);
  await runShards(site, stale, Math.max(1, options.jobs ?? availableParallelism()), log);
  if (!part) {
    const ids = new Set(all.map((shard) => shard.id));
    for (const name of existsSync(indexDir) ? readdirSync(indexDir) : []) {
      if (name !== SHARDS_FILE && !ids.has(name)) rmSync(join(indexDir, name), { recursive: true, force: true });
    }
    const missing = all.filter((shard) => builtShardDigest(indexDir, shard.id) !== shard.digest);
    if (missing.length) throw new Error(`the search index lacks ${missing.length} of its ${all.length} shards (${missing.map((shard) => shard.id).join(', ')})`);
    const manifest: ShardsManifest = { shards: all.map((shard) => ({ id: shard.id, pages: shard.pages.length, digest: shard.digest })) };
    writeFileSync(join(indexDir, SHARDS_FILE), `${JSON.stringify(manifest)}\n`);
  }
  return {
    pages: planned.reduce((sum, shard) => sum + shard.pages.length, 0),
    shards: planned.length,
    indexed: stale.map((shard) => shard.id),
    milliseconds: Math.round(performance.now() - started),
  };
}

/** Indexes the shards, `jobs` processes at a time; rejects with the first shard that failed. */
async function runShards(site: string, shards: readonly PlannedShard[], jobs: number, log: (line: string) => void): Promise<void> {
  if (shards.length === 0) return;
  const lists = mkdtempSync(join(tmpdir(), 'search-shards-'));
  try {
    const queue = [...shards];
    const failures: string[] = [];
    const worker = async () => {
      for (let shard = queue.shift(); shard && failures.length === 0; shard = queue.shift()) {
        const list = join(lists, `${shard.id}.json`);
        writeFileSync(list, JSON.stringify(shard));
        const shardStarted = performance.now();
        const problem = await runShard(site, list);
        if (problem) failures.push(`${shard.id}: ${problem}`);
        else log(`${shard.id}: ${shard.pages.length} pages indexed in ${Math.round(performance.now() - shardStarted)} ms`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, shards.length) }, worker));
    if (failures.length) throw new Error(`Pagefind indexing failed for shard ${failures[0]}`);
  } finally {
    rmSync(lists, { recursive: true, force: true });
  }
}

/** Runs index-shard.ts for one shard; resolves with what went wrong, or null. */
function runShard(site: string, list: string): Promise<string | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SHARD_SCRIPT, site, list], { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', (error) => done(error.message));
    child.on('close', (code) => done(code === 0 ? null : errors.trim().split('\n').at(-1) || `exit code ${code}`));
  });
}
