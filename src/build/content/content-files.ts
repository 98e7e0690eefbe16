import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** A file of the content folder read, or why it was not. */
export type ContentFileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads files of a content folder, and only of it: a path that resolves (through
 * symbolic links, however many) to somewhere outside the folder is refused
 * without being opened, and so is anything but a regular file (a directory, a
 * pipe that would block the build, a device). Every refusal says why, so the
 * file can still appear in the edition with its reason.
 */
export class ContentFiles {
  /** The content folder as given. */
  readonly dir: string;
  /** The content folder with its own symbolic links resolved: what "inside" means. */
  private readonly realDir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
    this.realDir = realpathSync(this.dir);
  }

  /** Where `path` really is, if it exists and is inside the content folder; else why not. */
  locate(path: string): { ok: true; real: string } | { ok: false; reason: string } {
    let real: string;
    try {
      real = realpathSync(resolve(this.dir, path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, reason: code === 'ENOENT' ? 'is not there (a symbolic link to a file that does not exist?)' : `cannot be opened (${code ?? String(error)})` };
    }
    if (real !== this.realDir && !real.startsWith(this.realDir + sep)) {
      return { ok: false, reason: 'is a symbolic link to outside the content folder: refused, not read (the edition publishes only what is inside it)' };
    }
    return { ok: true, real };
  }

  /** True when the folder has an entry at `path`, even a link that leads nowhere or out of the folder. */
  exists(path: string): boolean {
    try {
      return lstatSync(resolve(this.dir, path), { throwIfNoEntry: false }) !== undefined;
    } catch {
      // A name too long for the file system, a folder that cannot be listed: nothing there to read.
      return false;
    }
  }

  /** True when `path` is (or links to) a folder inside the content folder. */
  isDirectory(path: string): boolean {
    const where = this.locate(path);
    return where.ok && statSync(where.real).isDirectory();
  }

  /** The bytes of a regular file inside the content folder (its first `limit` bytes, if given), or why it cannot be read. */
  read(path: string, limit?: number): ContentFileRead {
    const where = this.locate(path);
    if (!where.ok) return where;
    let fd: number;
    try {
      // O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: the checked path is the one opened.
      fd = openSync(where.real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    }
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
      if (!stat.isFile()) return { ok: false, reason: 'is not a regular file (a pipe, socket or device)' };
      if (limit === undefined) return { ok: true, bytes: readFileSync(fd) };
      const bytes = Buffer.alloc(Math.min(limit, stat.size));
      return { ok: true, bytes: bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)) };
    } catch (error) {
      return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
    } finally {
      closeSync(fd);
    }
  }

  /** `path` relative to the content folder, `/`-separated (how files are named in warnings and the open data). */
  relative(path: string): string {
    return relative(this.dir, resolve(this.dir, path)).split(sep).join('/');
  }
}
