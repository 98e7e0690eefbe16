/**
 * `astro dev` as a person runs it, on a content folder of the test's own:
 * for the tests of what only the dev server does (the review page, reloading
 * a changed transcription).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { cacheDirFor } from '../../src/build/astro-cache.ts';

const root = resolve(import.meta.dirname, '../..');

export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  address: string;
  /** What the server has printed so far. */
  log(): string;
  /** Stops the server and removes the cache folder it made for the content folder. */
  stop(): void;
}

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

/** Starts `astro dev` on `content` (EDITION_CONTENT) and waits until it serves the home page (2 minutes at most). */
export async function startDevServer(content: string): Promise<DevServer> {
  const port = await freePort();
  const address = `http://127.0.0.1:${port}`;
  // As a person runs it: not in vitest's environment (NODE_ENV=test, VITEST…), which Vite's dev server reads.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
  Object.assign(env, { EDITION_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' });
  const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const stop = () => {
    server.kill();
    rmSync(join(root, cacheDirFor(content)), { recursive: true, force: true });
  };
  for (let tries = 0; tries < 240; tries += 1) {
    const ready = await fetch(`${address}/`, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.ok || `status ${response.status}`,
      (error: Error) => `${error.name} ${(error.cause as { code?: string } | undefined)?.code ?? ''}`,
    );
    if (ready === true) return { address, log: () => log, stop };
    log += `\n[probe] ${ready}`;
    await new Promise((wait) => setTimeout(wait, 500));
  }
  stop();
  throw new Error(`astro dev did not answer within 2 minutes:\n${log}`);
}
