/**
 * package-lock.json must list every package any platform may install, the
 * optional native bindings of other systems included: `npm ci` refuses a
 * lockfile that lacks one ("Missing: @pagefind/darwin-arm64 from lock file"),
 * and `npm install` then rewrites it. npm leaves them out when it writes the
 * lockfile from an installed node_modules (npm/cli#4828); the remedy is to
 * let npm resolve from the registry (`npm install` with the lockfile as it is).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  link?: boolean;
}

const root = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;

/** Where Node would find `name` from the package at `path`: its own node_modules, then each enclosing one. */
function resolvesFrom(path: string, name: string): boolean {
  let base = path;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

describe('package-lock.json', () => {
  test('lists the dependencies package.json asks for', () => {
    for (const kind of ['dependencies', 'devDependencies'] as const) expect(lock.packages[''][kind]).toEqual(manifest[kind]);
  });

  test('holds every dependency of every package, every platform’s optional bindings included', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (entry.link) continue;
      const wanted = { ...entry.dependencies, ...entry.optionalDependencies, ...(path === '' ? entry.devDependencies : {}) };
      for (const name of Object.keys(wanted)) if (!resolvesFrom(path, name)) missing.push(`${path || 'package.json'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
