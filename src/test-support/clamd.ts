import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { clamdScanner } from '../platform/scanning/clamd.ts';
import { needTool } from './tools.ts';

/**
 * A real ClamAV daemon for tests, on its own unix socket, with its own one-signature database (no virus database
 * is downloaded: freshclam needs the internet). Debian's clamav-daemon provides /usr/sbin/clamd; CLAMD_PATH
 * points elsewhere.
 */
export const CLAMD_PATH = process.env.CLAMD_PATH ?? '/usr/sbin/clamd';

/** The name our signature has in the database; clamd reports it as `Mikhak.Test.EICAR.UNOFFICIAL`. */
export const TEST_SIGNATURE = 'Mikhak.Test.EICAR';

const KIB = 1024;
const MIB = 1024 * KIB;
/** StreamMaxLength: a longer INSTREAM gets `INSTREAM size limit exceeded. ERROR`. */
const STREAM_MAX_BYTES = 2 * MIB;
/** MaxFileSize and MaxScanSize: clamd cannot look at all of a larger file and (AlertExceedsMax) says so. */
const SCAN_MAX_BYTES = 1 * MIB;
const START_TIMEOUT_MS = Number(process.env.CLAMD_START_TIMEOUT_MS ?? 60_000);

/** For `describe(name, needClamd(), …)`: skips with a reason, or fails under REQUIRE_ALL=1, when clamd is absent. */
export function needClamd(): { skip: string | false } {
  return needTool(
    'clamd',
    existsSync(CLAMD_PATH),
    "install Debian's clamav-daemon (apt-get install clamav-daemon) or set CLAMD_PATH",
  );
}

/**
 * The EICAR anti-virus test string (68 bytes), put together here so that no file of the repository holds it whole
 * (a scanner on a developer's machine or in CI would otherwise flag the source).
 */
export function eicar(): Buffer {
  const parts = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-', 'ANTIVIRUS-TEST-', 'FILE!$H+H*'];
  return Buffer.from(parts.join(''), 'latin1');
}

export type TestClamd = {
  /** The unix socket clamd listens on. */
  socket: string;
  streamMaxBytes: number;
  scanMaxBytes: number;
  /** How long clamd took to answer PING after being spawned. */
  startedInMs: number;
  /** clamd's log and output so far, for an assertion message. */
  log(): string;
  stop(): Promise<void>;
};

/**
 * Spawns clamd on a fresh temporary folder (configuration, database, socket, log, temporary files) and waits until
 * it answers PING; `stop()` ends it and removes the folder, and so does `t.after` when a test context is given.
 * Start it once per test file, in the suite's `before`, and stop it in the suite's `after` (node:test's `after`
 * called inside a `before` hook would run as soon as that hook ends). A daemon still running when the test
 * process exits is killed.
 */
export async function startClamd(t?: Pick<TestContext, 'after'>): Promise<TestClamd> {
  if (!existsSync(CLAMD_PATH)) throw new Error(`clamd not found at ${CLAMD_PATH}: call needClamd() first`);
  // Under the system's temporary folder (/tmp): where Debian's AppArmor profile for clamd, when enforced, lets it
  // read its configuration and create its socket. A TMPDIR elsewhere would need a local AppArmor rule.
  const dir = mkdtempSync(join(tmpdir(), 'mikhak-clamd-'));
  const databaseDir = join(dir, 'db');
  const tempDir = join(dir, 'tmp');
  mkdirSync(databaseDir);
  mkdirSync(tempDir);
  // A body-based signature (.ndb): target 0 (any file), any offset, the EICAR bytes in hex.
  writeFileSync(join(databaseDir, 'mikhak-test.ndb'), `${TEST_SIGNATURE}:0:*:${eicar().toString('hex')}\n`);
  const socket = join(dir, 'clamd.sock');
  const logFile = join(dir, 'clamd.log');
  const configFile = join(dir, 'clamd.conf');
  writeFileSync(
    configFile,
    [
      'Foreground yes',
      // No `User`: clamd keeps the user that started it (root in CI, you on a laptop) instead of dropping to clamav.
      `LocalSocket ${socket}`,
      'LocalSocketMode 600',
      'FixStaleSocket yes',
      `PidFile ${join(dir, 'clamd.pid')}`,
      `DatabaseDirectory ${databaseDir}`,
      `TemporaryDirectory ${tempDir}`,
      // Logs stay in the temporary folder: nothing goes to syslog or /var/log.
      `LogFile ${logFile}`,
      'LogSyslog no',
      'LogTime yes',
      'LogClean yes',
      `StreamMaxLength ${STREAM_MAX_BYTES / MIB}M`,
      `MaxFileSize ${SCAN_MAX_BYTES / MIB}M`,
      `MaxScanSize ${SCAN_MAX_BYTES / MIB}M`,
      // Without this clamd answers "OK" for what it skipped over a limit: the scanner must see it to fail closed.
      'AlertExceedsMax yes',
      'MaxThreads 4',
      'ReadTimeout 10',
      'CommandReadTimeout 10',
      'SelfCheck 3600',
      'ConcurrentDatabaseReload no',
      '',
    ].join('\n'),
  );

  const started = Date.now();
  const child = spawn(CLAMD_PATH, ['--foreground', `--config-file=${configFile}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (data: Buffer) => {
    output = (output + data.toString('utf8')).slice(-16 * KIB);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | undefined;
  let spawnError: Error | undefined;
  child.on('error', (err) => {
    spawnError = err;
  });
  child.on('exit', (code, signal) => {
    exited = `exited with ${signal ?? code}`;
  });
  // Never leave a daemon behind if the test process dies before `after` runs.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const readLog = () =>
    `${existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''}\n--- clamd output ---\n${output}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    await terminate(child);
    rmSync(dir, { recursive: true, force: true });
  };
  t?.after(stop);

  const scanner = clamdScanner({ socket, port: 0, timeoutMs: 2_000 });
  const waitForPing = async (): Promise<string | undefined> => {
    let last = 'no socket yet';
    while (Date.now() - started < START_TIMEOUT_MS) {
      if (spawnError) return `cannot start ${CLAMD_PATH}: ${spawnError.message}`;
      if (exited) return `clamd ${exited}`;
      if (existsSync(socket)) {
        const pong = await scanner.ping();
        if (pong.ok) return undefined;
        last = pong.reason;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return `clamd did not answer PING within ${START_TIMEOUT_MS} ms (last: ${last})`;
  };
  const failure = await waitForPing();
  if (failure) {
    const log = readLog();
    await stop();
    throw new Error(`${failure}\n${log}`);
  }
  return {
    socket,
    streamMaxBytes: STREAM_MAX_BYTES,
    scanMaxBytes: SCAN_MAX_BYTES,
    startedInMs: Date.now() - started,
    log: readLog,
    stop,
  };
}

/** SIGTERM, then SIGKILL if clamd has not gone within a few seconds. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}
