import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const lockModule = new URL('./data-dir-lock.ts', import.meta.url).href;

function holdLockInChild(dir: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import(${JSON.stringify(lockModule)}).then(m => { m.lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); })`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { child, ready };
}

test('a second process is refused while the first holds the data folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  const { child, ready } = holdLockInChild(dir);
  await ready;
  try {
    assert.throws(
      () => lockDataDir(dir),
      (err: Error) =>
        err instanceof DataDirLockedError && /in use by another Mikhak process \(pid \d+/.test(err.message),
    );
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
  // The holder was killed without cleaning up: its stale lock must not block the next start.
  const release = lockDataDir(dir);
  assert.throws(() => lockDataDir(dir), DataDirLockedError, 'a lock held by this live process still refuses');
  release();
  lockDataDir(dir)();
});

test('a half-written or garbage lock file is taken over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lock-'));
  writeFileSync(join(dir, 'mikhak.lock'), '{"pi');
  lockDataDir(dir)();
});
