import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no lock of its own: two processes on one data folder would corrupt it. We take an exclusive
 * lock file holding our pid; a lock whose process is gone (killed, crashed) is taken over, so a kill -9
 * never blocks the next start.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

type Holder = { pid: number; host: string; since: string };

export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'mikhak.lock');
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const now = readHolder(file);
          if (now?.pid === process.pid) rmSync(file, { force: true });
        } catch {
          // Nothing to release.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder && holder.host === hostname() && isAlive(holder.pid)) {
      throw new DataDirLockedError(
        `The data folder ${dataDir} is in use by another Mikhak process (pid ${holder.pid}, since ${holder.since}). ` +
          'The embedded database allows one process at a time: stop that process, or set DATA_DIR to another folder, ' +
          'or use PostgreSQL (DATABASE_URL) to run several processes.',
      );
    }
    if (holder && holder.host !== hostname()) {
      throw new DataDirLockedError(
        `The data folder ${dataDir} is locked by host ${holder.host} (pid ${holder.pid}). ` +
          `If that host no longer uses it, delete ${file}.`,
      );
    }
    if (!holder && attempt === 0 && isYoung(file)) {
      // Possibly a contender between creating and writing it: look again in a moment before taking it over.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      continue;
    }
    // Stale (or unreadable, half-written) lock: move it aside atomically so only one contender removes it.
    try {
      const aside = `${file}.stale-${process.pid}-${attempt}`;
      renameSync(file, aside);
      rmSync(aside, { force: true });
    } catch {
      // Another process took it over first; loop and look again.
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dataDir}; another process keeps taking it.`);
}

function readHolder(file: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return typeof h.pid === 'number' ? h : undefined;
  } catch {
    return undefined;
  }
}

function isYoung(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 1_000;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
