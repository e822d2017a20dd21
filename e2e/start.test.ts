import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** `npm start` as an operator runs it: a real process on the embedded database in a fresh data folder. */
const root = join(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHttp(url: string, ms: number): Promise<Response> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      return await fetch(url);
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer from ${url} in ${ms} ms: ${String(last)}`);
}

async function stop(p: { child: ChildProcess; exited: Promise<number | null> }) {
  p.child.kill('SIGTERM');
  return p.exited;
}

test('npm start: Persian home page within 20 s on a fresh data folder; a second start refuses; the first keeps working', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mikhak-start-'));
  const port = await freePort();
  const started = Date.now();
  const first = start({ DATA_DIR: dataDir, PORT: String(port) });
  try {
    const home = await waitForHttp(`http://127.0.0.1:${port}/`, 20_000);
    const took = Date.now() - started;
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /<html lang="fa" dir="rtl"/);
    console.log(`# home page served ${took} ms after start`);
    assert.ok(took < 20_000);
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200);
    const help = await (await fetch(`http://127.0.0.1:${port}/help`)).text();
    assert.match(help, /London|لندن/, 'demo consulates seeded');

    const second = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    const code = await second.exited;
    assert.equal(code, 2);
    assert.match(second.output(), /data folder .* is in use by another Mikhak process \(pid \d+/);

    const again = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(again.status, 200, 'the first process is unharmed');
  } finally {
    assert.equal(await stop(first), 0, 'a clean shutdown on SIGTERM');
  }

  // Killed without a chance to clean up: the next start takes over the stale lock and finds its data.
  const third = start({ DATA_DIR: dataDir, PORT: String(port) });
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, 20_000);
  third.child.kill('SIGKILL');
  await third.exited;
  const fourth = start({ DATA_DIR: dataDir, PORT: String(port) });
  try {
    const res = await waitForHttp(`http://127.0.0.1:${port}/readyz`, 20_000);
    assert.equal(res.status, 200);
  } finally {
    await stop(fourth);
  }
});
