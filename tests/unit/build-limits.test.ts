import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireBuildLock, waitingMessage, type LockHolder } from '../../src/build/lock.ts';
import { astroHeapLimitMB, memoryReport } from '../../src/build/memory.ts';

const holder = { content: '/content', outDir: '/site' };

describe('the build lock', () => {
  test('a second build waits, told who holds the lock, until the first releases it', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'lock-')), 'build.lock');
    const release = await acquireBuildLock(lock, holder, () => {});
    const told: (LockHolder | null)[] = [];
    let acquired = false;
    const second = acquireBuildLock(lock, { content: '/other', outDir: '/elsewhere' }, (current) => told.push(current)).then((releaseSecond) => {
      acquired = true;
      return releaseSecond;
    });
    await new Promise((done) => setTimeout(done, 1200));
    expect(acquired).toBe(false);
    expect(told).toEqual([expect.objectContaining({ pid: process.pid, content: '/content', outDir: '/site' })]);
    expect(waitingMessage(told[0])).toMatch(new RegExp(`^another build of this project is running \\(process ${process.pid}, since .*, /content → /site\\): waiting`));
    release();
    (await second)();
    expect(acquired).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  test('a lock left by a build that was killed is taken over', async () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'lock-')), 'build.lock');
    // The pid of a process that has exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, JSON.stringify({ pid: Number(gone), started: '2026-01-01T00:00:00.000Z', ...holder }));
    const release = await acquireBuildLock(lock, holder, () => {
      throw new Error('should not wait');
    });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
  });
});

describe('the build’s memory', () => {
  const MB = 1024 * 1024;
  test('is sized by documents or by bytes, whichever needs more, never under 1 GB', () => {
    expect(astroHeapLimitMB({ documents: 5, bytes: 100_000, largest: null })).toBe(1024);
    expect(astroHeapLimitMB({ documents: 40_000, bytes: 40 * MB, largest: null })).toBe(2000);
    // Two documents of 200,000 lines (50 MB): the heap they need, not the 1 GB floor of two documents.
    expect(astroHeapLimitMB({ documents: 4, bytes: 100 * MB, largest: null })).toBe(2000);
  });

  test('is reported when the bytes push it past what about 2 GB allows, naming the largest file', () => {
    expect(memoryReport({ documents: 10_000, bytes: 20 * MB, largest: { file: 'documents/a.txt', bytes: 50_000 } })).toBeNull();
    expect(memoryReport({ documents: 4, bytes: 100 * MB, largest: { file: 'documents/huge.txt', bytes: 25 * MB } })).toBe(
      "memory: 100.0 MB of transcriptions; the largest, documents/huge.txt, has 25.0 MB: the build's heap limit is 2000 MB, and it will need more than 2 GB of memory",
    );
  });
});
