import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './types.ts';

const KEY = /^[A-Za-z0-9_-]{16,128}$/;
const FAN_OUT = /^[A-Za-z0-9_-]{2}$/;

/**
 * Every store checks keys before touching disk or network: keys become file names and object names, so a key
 * that could hold `/` or `..` would be a path traversal, and one that could be empty would name the folder.
 */
export function assertBlobKey(key: string): void {
  if (!isBlobKey(key)) throw new TypeError('Invalid blob key');
}

export function isBlobKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

function hasCode(err: unknown, ...codes: string[]): boolean {
  return err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');
}

/**
 * Blobs as files under `dir`, one sub-folder per first two key characters so no folder grows to millions of
 * entries. Only this process's user may read them (0700 folders, 0600 files): the bytes are ciphertext, but
 * there is no reason to let other local accounts copy them away for offline attack.
 */
export function localBlobStore(dir: string): BlobStore {
  mkdirSync(dir, { recursive: true, mode: 0o700 });

  const folderOf = (key: string) => join(dir, key.slice(0, 2));
  const pathOf = (key: string) => join(folderOf(key), key);

  return {
    async put(key, bytes) {
      assertBlobKey(key);
      const folder = folderOf(key);
      await mkdir(folder, { recursive: true, mode: 0o700 });
      // A leading dot and a suffix keep temp names outside the key alphabet, so keys() can never report one.
      const temp = join(folder, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
      const file = await open(temp, 'wx', 0o600);
      try {
        try {
          await file.writeFile(bytes);
          await file.sync();
        } finally {
          await file.close();
        }
        // rename is atomic within a folder: a reader (or a crash) sees either no file or the whole file.
        await rename(temp, pathOf(key));
      } catch (err) {
        await unlink(temp).catch(() => {});
        throw err;
      }
      await syncFolder(folder);
    },

    async get(key) {
      assertBlobKey(key);
      try {
        return await readFile(pathOf(key));
      } catch (err) {
        if (hasCode(err, 'ENOENT')) return undefined;
        throw err;
      }
    },

    async delete(key) {
      assertBlobKey(key);
      try {
        await unlink(pathOf(key));
      } catch (err) {
        if (!hasCode(err, 'ENOENT')) throw err;
      }
    },

    async *keys() {
      const folders = await readdir(dir, { withFileTypes: true }).catch((err: unknown) => {
        if (hasCode(err, 'ENOENT')) return [];
        throw err;
      });
      for (const folder of folders) {
        if (!folder.isDirectory() || !FAN_OUT.test(folder.name)) continue;
        // A folder emptied and removed by someone else between the two listings is simply skipped.
        const names = await readdir(join(dir, folder.name)).catch((err: unknown) => {
          if (hasCode(err, 'ENOENT', 'ENOTDIR')) return [];
          throw err;
        });
        for (const name of names) {
          if (isBlobKey(name) && name.startsWith(folder.name)) yield name;
        }
      }
    },
  };
}

/**
 * The rename is durable only once the folder entry itself reaches the disk; without this a power cut could
 * lose a file whose put had already resolved. Some platforms cannot open folders for syncing: there the
 * rename is as durable as the platform makes it.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (err) {
    if (!hasCode(err, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES')) throw err;
  } finally {
    await handle?.close();
  }
}
