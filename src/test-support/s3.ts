import type * as NodeCrypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { Config } from '../config.ts';

export type S3TestServer = {
  config: Extract<Config['blobs'], { kind: 's3' }>;
  stop(): Promise<void>;
};

/**
 * An in-process fake S3 (s3rver) on a free local port with one empty bucket, so the S3 adapter is tested against
 * real HTTP, signing and XML without a cloud account. Pass the test context to have it stopped after the test.
 */
export async function startS3(t?: { after(fn: () => Promise<void>): void }): Promise<S3TestServer> {
  lendDesToS3rver();
  const directory = mkdtempSync(join(tmpdir(), 'mikhak-s3-'));
  const bucket = 'mikhak-test';
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // Clients keep connections alive; without cutting them, close() would wait for their idle timeout.
    server.httpServer?.closeAllConnections();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  };
  t?.after(stop);
  return {
    config: {
      kind: 's3',
      bucket,
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
      prefix: '',
    },
    stop,
  };
}

/**
 * s3rver 3.7 makes ListObjectsV2 continuation tokens with single DES, which OpenSSL 3 (Node 17 and later) only
 * offers through its legacy provider, so every truncated listing answered 500 InternalError and the adapter's
 * pagination could not be tested. Three-key DES with all three keys equal is, by construction, single DES, and
 * the default provider still has it: this test-only shim answers s3rver's 'des' calls with it (byte for byte the
 * same tokens) and leaves every other algorithm alone. s3rver reaches crypto through require(), hence the
 * CommonJS module object.
 */
function lendDesToS3rver(): void {
  const crypto = createRequire(import.meta.url)('node:crypto') as {
    createCipheriv: typeof NodeCrypto.createCipheriv;
    createDecipheriv: typeof NodeCrypto.createDecipheriv;
  };
  try {
    crypto.createCipheriv('des', Buffer.alloc(8), Buffer.alloc(8));
    return; // DES is available (legacy provider loaded, or the shim is already in place).
  } catch {}
  const { createCipheriv, createDecipheriv } = crypto;
  const tripled = (key: unknown) => {
    const k = Buffer.from(key as Uint8Array);
    return Buffer.concat([k, k, k]);
  };
  crypto.createCipheriv = function (this: unknown, ...args: unknown[]) {
    if (String(args[0]).toLowerCase() !== 'des') return Reflect.apply(createCipheriv, this, args);
    return createCipheriv('des-ede3-cbc', tripled(args[1]), args[2] as Uint8Array);
  } as typeof createCipheriv;
  crypto.createDecipheriv = function (this: unknown, ...args: unknown[]) {
    if (String(args[0]).toLowerCase() !== 'des') return Reflect.apply(createDecipheriv, this, args);
    return createDecipheriv('des-ede3-cbc', tripled(args[1]), args[2] as Uint8Array);
  } as typeof createDecipheriv;
}
