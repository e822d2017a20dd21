import { connect, type Socket } from 'node:net';
import type { Scanner, ScanVerdict } from './types.ts';

/**
 * A scanner that streams the bytes to ClamAV's daemon with its INSTREAM command: `zINSTREAM\0`, then chunks each
 * prefixed by its length (4 bytes, big-endian), then a zero-length chunk; clamd answers one line ending in `\0`.
 *
 * It fails closed: only `stream: OK` is clean. An `ERROR` reply (e.g. over StreamMaxLength), a limits heuristic
 * (`Heuristics.Limits.Exceeded.*`: clamd could not look at all of the file, which it reports only with
 * AlertExceedsMax, and otherwise calls OK), a reply it cannot read, a refused or dropped connection and the
 * deadline (one for connect, send and reply) are all `error`. `scan` never throws.
 */
export type ClamdOptions = {
  /** TCP host when no `socket` is given (default 127.0.0.1). */
  host?: string | undefined;
  port: number;
  /** A unix socket path (clamd's LocalSocket); preferred over TCP when set. */
  socket?: string | undefined;
  /** One deadline for the whole exchange: connecting, sending every chunk, and the reply. */
  timeoutMs: number;
  /** Bytes per INSTREAM chunk (default 64 KiB). */
  chunkBytes?: number | undefined;
};

export type PingResult = { ok: true } | { ok: false; reason: string };

export interface ClamdScanner extends Scanner {
  readonly kind: 'clamd';
  /** `zPING` → `PONG`, for health checks; never throws. */
  ping(): Promise<PingResult>;
}

const DEFAULT_CHUNK = 64 * 1024;
/** Longer than any reply clamd sends; a peer that talks on without a `\0` is not clamd. */
const MAX_REPLY = 4096;
const LIMITS_HEURISTIC = 'Heuristics.Limits.Exceeded';

export function clamdScanner(options: ClamdOptions): ClamdScanner {
  // A chunk size that is not a positive whole number would send nothing (and get "OK"): the default instead.
  const wanted = options.chunkBytes;
  const chunkBytes =
    wanted !== undefined && Number.isSafeInteger(wanted) && wanted > 0
      ? Math.min(wanted, 0xffff_ffff)
      : DEFAULT_CHUNK;
  return {
    kind: 'clamd',
    async scan(bytes) {
      let allSent = false;
      const reply = await exchange(options, (socket, stopped) =>
        sendStream(socket, bytes, chunkBytes, stopped, () => {
          allSent = true;
        }),
      );
      if (!reply.ok) return { verdict: 'error', reason: reply.reason };
      const verdict = readScanReply(reply.text);
      // clamd answers OK only after the end of the stream: an earlier OK did not look at the whole file.
      if (verdict.verdict === 'clean' && !allSent) {
        return { verdict: 'error', reason: 'clamd answered OK before the whole file was sent' };
      }
      return verdict;
    },
    async ping() {
      const reply = await exchange(options, async (socket) => {
        socket.write('zPING\0');
      });
      if (!reply.ok) return { ok: false, reason: reply.reason };
      return reply.text.trim() === 'PONG'
        ? { ok: true }
        : { ok: false, reason: `clamd answered ${quote(reply.text)}` };
    },
  };
}

/** What one INSTREAM reply means. Exported for the tests of odd replies. */
export function readScanReply(text: string): ScanVerdict {
  const line = text.trim();
  if (/ERROR/.test(line)) return { verdict: 'error', reason: `clamd reported an error: ${quote(line)}` };
  if (line === 'stream: OK') return { verdict: 'clean' };
  const signature = /^stream: (\S(?:.*\S)?) FOUND$/.exec(line)?.[1];
  if (!signature) return { verdict: 'error', reason: `unrecognised clamd reply: ${quote(line)}` };
  if (signature.startsWith(LIMITS_HEURISTIC)) {
    return { verdict: 'error', reason: `clamd could not scan the whole file (${signature})` };
  }
  return { verdict: 'infected', signature };
}

type Reply = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Connects, runs `send` once connected, and settles with the text before the first `\0` the peer sends, or with
 * the reason it could not: error, close before a reply, too long a reply, the deadline. The socket is destroyed
 * in every case. `send` should stop when `stopped()` turns true (the exchange is over).
 */
function exchange(
  options: ClamdOptions,
  send: (socket: Socket, stopped: () => boolean) => Promise<void>,
): Promise<Reply> {
  return new Promise<Reply>((resolve) => {
    let settled = false;
    let socket: Socket | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = (reply: Reply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket?.destroy();
      resolve(reply);
    };
    const fail = (reason: string) => finish({ ok: false, reason });
    timer = setTimeout(() => fail(`no answer from clamd within ${options.timeoutMs} ms`), options.timeoutMs);
    try {
      socket = options.socket
        ? connect({ path: options.socket })
        : connect({ host: options.host ?? '127.0.0.1', port: options.port });
    } catch (err) {
      fail(`cannot connect to clamd: ${explain(err)}`);
      return;
    }
    const received: Buffer[] = [];
    let receivedBytes = 0;
    socket.on('data', (data: Buffer) => {
      const end = data.indexOf(0);
      if (end >= 0) {
        received.push(data.subarray(0, end));
        finish({ ok: true, text: Buffer.concat(received).toString('utf8') });
        return;
      }
      received.push(data);
      receivedBytes += data.length;
      if (receivedBytes > MAX_REPLY)
        fail(`unrecognised clamd reply: more than ${MAX_REPLY} bytes without an end`);
    });
    socket.on('error', (err) => fail(`clamd connection failed: ${explain(err)}`));
    socket.on('close', () => fail('clamd closed the connection before answering'));
    socket.once('connect', () => {
      const current = socket;
      if (!current || settled) return;
      send(current, () => settled).catch((err: unknown) => fail(`sending to clamd failed: ${explain(err)}`));
    });
  });
}

async function sendStream(
  socket: Socket,
  bytes: Uint8Array,
  chunkBytes: number,
  stopped: () => boolean,
  /** Called as the terminating zero-length chunk is handed to the socket: a reply may come from then on. */
  lastQueued: () => void,
): Promise<void> {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(await write(socket, Buffer.from('zINSTREAM\0'), stopped))) return;
  for (let at = 0; at < body.length; at += chunkBytes) {
    const chunk = body.subarray(at, at + chunkBytes);
    const header = Buffer.alloc(4);
    header.writeUInt32BE(chunk.length);
    if (!(await write(socket, Buffer.concat([header, chunk]), stopped))) return;
  }
  if (stopped()) return;
  lastQueued();
  await write(socket, Buffer.alloc(4), stopped);
}

/** Writes one piece, waiting for the socket to drain when it asks to (backpressure); false once the exchange is over. */
function write(socket: Socket, data: Buffer, stopped: () => boolean): Promise<boolean> {
  if (stopped() || socket.destroyed) return Promise.resolve(false);
  if (socket.write(data)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', done);
      resolve(!stopped() && !socket.destroyed);
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

function explain(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code ? `${code} (${err.message})` : err.message;
  }
  return String(err);
}

/** A reply for a log line: printable, short. */
function quote(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 200 ? `${clean.slice(0, 200)}…` : clean);
}
