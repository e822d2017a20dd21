import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eicar, needClamd, startClamd, TEST_SIGNATURE, type TestClamd } from '../../test-support/clamd.ts';
import { type ClamdScanner, clamdScanner, readScanReply } from './clamd.ts';
import { createScanner, type ScanVerdict } from './index.ts';

const OUR_SIGNATURE = new RegExp(`^${TEST_SIGNATURE.replaceAll('.', '\\.')}(\\.UNOFFICIAL)?$`);

function assertInfected(verdict: ScanVerdict) {
  assert.equal(verdict.verdict, 'infected', JSON.stringify(verdict));
  assert.match(verdict.verdict === 'infected' ? verdict.signature : '', OUR_SIGNATURE);
}

function assertError(verdict: ScanVerdict, reason?: RegExp) {
  assert.equal(verdict.verdict, 'error', JSON.stringify(verdict));
  if (reason) assert.match(verdict.verdict === 'error' ? verdict.reason : '', reason);
}

/** Text that looks like a small PDF, with `inner` in the middle of a content stream. */
function pdfLike(inner: Buffer, padding: number): Buffer {
  const filler = Buffer.alloc(padding, 'BT /F1 12 Tf 72 712 Td (Passport renewal form) Tj ET\n');
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length 0 >>\nstream\n',
    ),
    filler,
    inner,
    filler,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

describe('clamd scanner against a real clamd', needClamd(), () => {
  let clamd: TestClamd;
  let scanner: ClamdScanner;
  before(async () => {
    clamd = await startClamd();
    console.log(`# clamd answered PING ${clamd.startedInMs} ms after it was spawned`);
    scanner = clamdScanner({ socket: clamd.socket, port: 0, timeoutMs: 20_000 });
  });
  after(() => clamd?.stop());

  test('ping answers PONG', async () => {
    assert.deepEqual(await scanner.ping(), { ok: true });
  });

  test('clean bytes are clean, whatever their size (several chunks, an empty file)', async () => {
    assert.deepEqual(await scanner.scan(Buffer.from('Hello, consulate!\n')), { verdict: 'clean' });
    assert.deepEqual(await scanner.scan(randomBytes(300 * 1024)), { verdict: 'clean' });
    assert.deepEqual(await scanner.scan(new Uint8Array(0)), { verdict: 'clean' });
  });

  test('the EICAR test string is infected, with our signature name', async () => {
    assertInfected(await scanner.scan(eicar()));
  });

  test('EICAR in the middle of a larger PDF-looking file, across chunk boundaries, is found', async () => {
    const bytes = pdfLike(eicar(), 200 * 1024);
    assert.ok(bytes.length < clamd.scanMaxBytes);
    assertInfected(await scanner.scan(bytes));
    // Tiny chunks: the signature is split over a dozen INSTREAM chunks.
    const tiny = clamdScanner({ socket: clamd.socket, port: 0, timeoutMs: 20_000, chunkBytes: 5 });
    assertInfected(await tiny.scan(pdfLike(eicar(), 1024)));
    // A view into a larger buffer scans only the view.
    const outer = Buffer.concat([eicar(), Buffer.from('clean part')]);
    assert.deepEqual(await scanner.scan(outer.subarray(eicar().length)), { verdict: 'clean' });
  });

  test('over StreamMaxLength is an error, not clean (fail closed)', async () => {
    const verdict = await scanner.scan(Buffer.alloc(clamd.streamMaxBytes + 512 * 1024, 'a'));
    assertError(verdict);
    console.log(`# over StreamMaxLength: ${verdict.verdict === 'error' ? verdict.reason : ''}`);
  });

  test('over MaxFileSize/MaxScanSize (AlertExceedsMax) is an error, not clean, even with EICAR past the limit', async () => {
    const big = Buffer.alloc(clamd.scanMaxBytes + 256 * 1024, 'a');
    assertError(await scanner.scan(big), /Heuristics\.Limits\.Exceeded/);
    const hidden = Buffer.concat([big, eicar()]);
    assert.ok(hidden.length < clamd.streamMaxBytes);
    assert.notEqual((await scanner.scan(hidden)).verdict, 'clean');
  });

  test('clamd keeps serving after those errors, several scans at once', async () => {
    const verdicts = await Promise.all([
      scanner.scan(Buffer.from('one')),
      scanner.scan(eicar()),
      scanner.scan(randomBytes(100 * 1024)),
      scanner.scan(pdfLike(eicar(), 10 * 1024)),
    ]);
    assert.deepEqual(verdicts[0], { verdict: 'clean' });
    assertInfected(verdicts[1]!);
    assert.deepEqual(verdicts[2], { verdict: 'clean' });
    assertInfected(verdicts[3]!);
  });

  test('createScanner builds a clamd scanner from the configuration', async () => {
    const configured = createScanner({
      kind: 'clamd',
      host: undefined,
      port: 3310,
      socket: clamd.socket,
      timeoutMs: 20_000,
    });
    assert.equal(configured.kind, 'clamd');
    assertInfected(await configured.scan(eicar()));
    if (configured.kind === 'clamd') assert.deepEqual(await configured.ping(), { ok: true });
  });
});

describe('clamd scanner when clamd is missing or misbehaves', () => {
  /** A TCP server on 127.0.0.1 playing clamd badly; closed (with its connections) after the test. */
  async function fakeClamd(
    t: { after: (fn: () => Promise<void>) => void },
    onConnection: (socket: Socket) => void,
  ): Promise<{ port: number; server: Server }> {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {});
      onConnection(socket);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    return { port: address.port, server };
  }

  test('no clamd at the socket path: error', async () => {
    const nowhere = join(tmpdir(), `mikhak-no-clamd-${randomBytes(6).toString('hex')}`, 'clamd.sock');
    const scanner = clamdScanner({ socket: nowhere, port: 0, timeoutMs: 2_000 });
    assertError(await scanner.scan(eicar()), /ENOENT/);
    const ping = await scanner.ping();
    assert.equal(ping.ok, false);
  });

  test('nothing listening on the TCP port: error', async (t) => {
    const { port, server } = await fakeClamd(t, () => {});
    await new Promise((resolve) => server.close(resolve));
    const scanner = clamdScanner({ host: '127.0.0.1', port, timeoutMs: 2_000 });
    assertError(await scanner.scan(Buffer.from('hello')), /ECONNREFUSED/);
  });

  test('a server that accepts and never answers: error after the timeout', async (t) => {
    let connected = false;
    const { port } = await fakeClamd(t, (socket) => {
      connected = true;
      socket.resume(); // reads everything, says nothing
    });
    const scanner = clamdScanner({ port, timeoutMs: 300 });
    assertError(await scanner.scan(Buffer.from('hello')), /within 300 ms/);
    assert.ok(connected);
    assertError(await scanner.scan(Buffer.alloc(5 * 1024 * 1024)), /within 300 ms/);
    assert.equal((await scanner.ping()).ok, false);
  });

  test('a server that reads nothing (backpressure) still ends in an error at the deadline', async (t) => {
    const { port } = await fakeClamd(t, (socket) => socket.pause());
    const scanner = clamdScanner({ port, timeoutMs: 300 });
    assertError(await scanner.scan(Buffer.alloc(20 * 1024 * 1024)), /within 300 ms/);
  });

  test('a server that answers garbage: error', async (t) => {
    const replies = [
      'HTTP/1.1 400 Bad Request\r\n\r\n\0',
      'stream: ok\0',
      'stream: OK but not really\0',
      'PONG\0',
      'stream:  FOUND\0',
    ];
    let next = 0;
    const { port } = await fakeClamd(t, (socket) => {
      const reply = replies[next++] ?? '';
      socket.once('data', () => socket.end(reply));
    });
    const scanner = clamdScanner({ port, timeoutMs: 2_000 });
    for (let i = 0; i < replies.length; i++) {
      assertError(await scanner.scan(Buffer.from('hello')), /unrecognised/);
    }
  });

  test('a server that says OK before the whole file was sent: error', async (t) => {
    const { port } = await fakeClamd(t, (socket) => {
      socket.resume();
      socket.once('data', () => socket.write('stream: OK\0'));
    });
    const scanner = clamdScanner({ port, timeoutMs: 5_000 });
    assertError(await scanner.scan(randomBytes(8 * 1024 * 1024)), /before the whole file/);
  });

  test('a server that talks on without ever ending its reply: error', async (t) => {
    const { port } = await fakeClamd(t, (socket) => {
      socket.once('data', () => socket.write(Buffer.alloc(64 * 1024, 'x')));
    });
    assertError(await clamdScanner({ port, timeoutMs: 2_000 }).scan(Buffer.from('hello')), /unrecognised/);
  });

  test('a server that closes mid-stream: error', async (t) => {
    const { port } = await fakeClamd(t, (socket) => {
      let seen = 0;
      socket.on('data', (data: Buffer) => {
        seen += data.length;
        if (seen > 100 * 1024) socket.destroy();
      });
    });
    const scanner = clamdScanner({ port, timeoutMs: 5_000 });
    assertError(await scanner.scan(randomBytes(4 * 1024 * 1024)));
  });

  test('a server that closes politely before answering: error', async (t) => {
    const { port } = await fakeClamd(t, (socket) => socket.once('data', () => socket.end()));
    assertError(
      await clamdScanner({ port, timeoutMs: 2_000 }).scan(Buffer.from('hello')),
      /closed the connection|ECONNRESET|EPIPE/,
    );
  });

  test('a bad port is an error, not a throw; a bad chunk size still sends everything', async () => {
    assertError(await clamdScanner({ port: 70_000, timeoutMs: 500 }).scan(Buffer.from('x')));
    let received = 0;
    const server = createServer((socket) => {
      socket.on('data', (data: Buffer) => {
        received += data.length;
        if (received >= 10 + 4 + 1000 + 4) socket.end('stream: OK\0');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      assert.ok(address && typeof address === 'object');
      const odd = clamdScanner({ port: address.port, timeoutMs: 2_000, chunkBytes: Number.NaN });
      assert.deepEqual(await odd.scan(Buffer.alloc(1000)), { verdict: 'clean' });
      assert.equal(received, 10 + 4 + 1000 + 4);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('replies are read strictly', () => {
    assert.deepEqual(readScanReply('stream: OK'), { verdict: 'clean' });
    assert.deepEqual(readScanReply('stream: Win.Test.EICAR_HDB-1 FOUND'), {
      verdict: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    assertError(readScanReply('INSTREAM size limit exceeded. ERROR'), /size limit/);
    assertError(readScanReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND'), /whole file/);
    assertError(readScanReply("stream: Can't allocate memory ERROR"));
    assertError(readScanReply('stream: lstat() failed: No such file or directory. ERROR'));
    for (const odd of ['', 'OK', 'stream: OK OK', 'stream: FOUND', 'stream: X FOUND extra', 'stream: Oops']) {
      assertError(readScanReply(odd), /unrecognised/);
    }
  });

  test('the off scanner calls everything clean', async () => {
    const off = createScanner({ kind: 'off' });
    assert.equal(off.kind, 'off');
    assert.deepEqual(await off.scan(eicar()), { verdict: 'clean' });
  });
});
