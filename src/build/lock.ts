import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a project's build lock. */
export interface LockHolder {
  pid: number;
  /** ISO time the build started. */
  started: string;
  /** What it builds: the content folder and the output folder. */
  content: string;
  outDir: string;
}

/**
 * Where a project's build lock is: one per project, beside Astro's caches,
 * because every build of the project shares them (the data store, the
 * prerender folder), whatever its content or output folder.
 */
export function buildLockFile(root: string): string {
  return join(root, 'node_modules/.astro/build.lock');
}

/**
 * Takes the project's build lock, waiting (with `onWait` told once who holds
 * it) while another build that is still running holds it; a lock left by a
 * build that was killed is taken over. Returns a function that releases the
 * lock, which is also released when the process exits.
 */
export async function acquireBuildLock(lockFile: string, holder: Omit<LockHolder, 'pid' | 'started'>, onWait: (holder: LockHolder | null) => void): Promise<() => void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const mine: LockHolder = { pid: process.pid, started: new Date().toISOString(), ...holder };
  let told = false;
  let unreadable = 0;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(lockFile);
    unreadable = current ? 0 : unreadable + 1;
    // The build that held it was killed (before it could even write who it is: 5 s unreadable): its lock means nothing now.
    if ((current && current.pid !== process.pid && !isRunning(current.pid)) || unreadable > 10) {
      rmSync(lockFile, { force: true });
      unreadable = 0;
      continue;
    }
    if (!told) {
      onWait(current);
      told = true;
    }
    await sleep(500);
  }
  const release = () => {
    if (readHolder(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/** The message for a build that waits: who holds the lock, since when, building what. */
export function waitingMessage(holder: LockHolder | null): string {
  if (!holder) return "another build of this project is starting: waiting for it to finish (one build at a time: they share Astro's cache)";
  return `another build of this project is running (process ${holder.pid}, since ${holder.started}, ${holder.content} → ${holder.outDir}): waiting for it to finish (one build at a time: they share Astro's cache)`;
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')) as LockHolder;
  } catch {
    // Being written, or just removed.
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
