import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type S3TestServer, startS3 } from '../../test-support/s3.ts';
import {
  BlobIntegrityError,
  type BlobStore,
  blobKeyTime,
  createBlobStore,
  encryptedBlobs,
  isBlobKey,
  localBlobStore,
  newBlobKey,
  s3BlobStore,
} from './index.ts';

/** What the shared contract needs from each kind of store. */
type Backend = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** A store over a new, empty namespace (folder or prefix), so listings can be compared exactly. */
  fresh(): BlobStore;
  /** A store whose every read or write fails, to show that bad keys are refused before any I/O. */
  unreachable(): BlobStore;
};

const temps: string[] = [];
function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mikhak-blobs-${label}-`));
  temps.push(dir);
  return dir;
}
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function listKeys(store: { keys(): AsyncIterable<string> }): Promise<string[]> {
  const out: string[] = [];
  for await (const key of store.keys()) out.push(key);
  return out.sort();
}

const INVALID_KEYS = ['../x', 'a/b', '', 'short', 'a'.repeat(15), 'a'.repeat(129), '../../etc/passwd-xxxxxx'];
INVALID_KEYS.push(
  'abcdefghijklmnop/../q',
  'abcdefghijklmno.',
  'abcdefghijklmnop\0',
  'ابجدهوزحطیکلمنسعفصقرشتثخذضظغ',
);
const invalidKey = (err: unknown) => err instanceof TypeError && /invalid blob key/i.test(err.message);

function blobStoreContract(name: string, backend: Backend) {
  describe(`${name}: BlobStore contract`, () => {
    before(() => backend.start());
    after(() => backend.stop());

    test('put then get returns the same bytes, for binary and empty values', async () => {
      const store = backend.fresh();
      const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      await store.put('binary-value-0001', every);
      await store.put('empty-value-00001', new Uint8Array(0));
      assert.deepEqual(await store.get('binary-value-0001'), every);
      assert.deepEqual(await store.get('empty-value-00001'), Buffer.alloc(0));
      assert.ok(Buffer.isBuffer(await store.get('binary-value-0001')));
    });

    test('the shortest and longest valid keys work', async () => {
      const store = backend.fresh();
      const shortest = 'A'.repeat(16);
      const longest = `${'z'.repeat(126)}-_`;
      await store.put(shortest, Buffer.from('short'));
      await store.put(longest, Buffer.from('long'));
      assert.equal((await store.get(shortest))?.toString(), 'short');
      assert.equal((await store.get(longest))?.toString(), 'long');
    });

    test('get of a key that was never put is undefined', async () => {
      const store = backend.fresh();
      assert.equal(await store.get('never-stored-0001'), undefined);
      await store.put('stored-value-0001', Buffer.from('x'));
      assert.equal(await store.get('stored-value-0002'), undefined);
    });

    test('delete removes the value and is idempotent', async () => {
      const store = backend.fresh();
      await store.put('to-be-deleted-001', Buffer.from('bye'));
      await store.put('to-be-kept-000001', Buffer.from('stay'));
      await store.delete('to-be-deleted-001');
      assert.equal(await store.get('to-be-deleted-001'), undefined);
      await store.delete('to-be-deleted-001');
      await store.delete('never-existed-001');
      assert.equal((await store.get('to-be-kept-000001'))?.toString(), 'stay');
    });

    test('keys() lists exactly what was put and not deleted', async () => {
      const store = backend.fresh();
      assert.deepEqual(await listKeys(store), []);
      const keys = Array.from({ length: 7 }, () => newBlobKey());
      for (const key of keys) await store.put(key, randomBytes(10));
      const deleted = keys.pop()!;
      await store.delete(deleted);
      assert.deepEqual(await listKeys(store), keys.sort());
    });

    test('invalid keys are refused before any I/O', async () => {
      const store = backend.unreachable();
      // The store really fails on I/O: otherwise the refusals below would prove nothing.
      await assert.rejects(store.get('a-valid-key-00001'), (err) => !invalidKey(err));
      for (const key of INVALID_KEYS) {
        await assert.rejects(store.put(key, Buffer.from('x')), invalidKey, `put ${JSON.stringify(key)}`);
        await assert.rejects(store.get(key), invalidKey, `get ${JSON.stringify(key)}`);
        await assert.rejects(store.delete(key), invalidKey, `delete ${JSON.stringify(key)}`);
      }
    });
  });

  describe(`${name}: encrypted at rest`, () => {
    before(() => backend.start());
    after(() => backend.stop());
    const master = randomBytes(32);

    test('stored bytes carry no trace of a JPEG or PDF signature, and start with our magic', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      // A JFIF header followed by bytes that repeat the signature, so a cipher leaking structure would show it.
      const jfif = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
      const jpeg = Buffer.concat([
        jfif,
        ...Array.from({ length: 64 }, () => jfif),
        Buffer.from([0xff, 0xd9]),
      ]);
      const pdf = Buffer.from(
        `%PDF-1.7\n${'%PDF-1.7 1 0 obj << /Type /Catalog >> endobj\n'.repeat(50)}%%EOF\n`,
      );
      await blobs.put('jpeg-like-000001', jpeg);
      await blobs.put('pdf-like-0000001', pdf);
      const rawJpeg = (await blobs.raw.get('jpeg-like-000001'))!;
      const rawPdf = (await blobs.raw.get('pdf-like-0000001'))!;
      for (const raw of [rawJpeg, rawPdf]) {
        assert.deepEqual([...raw.subarray(0, 4)], [0x4d, 0x4b, 0x42, 0x01]);
        // A random 3-byte run can occur by chance in ciphertext; the start is what sniffers read, and 4 or more
        // bytes of the plaintext anywhere would mean it leaked.
        assert.notDeepEqual([...raw.subarray(0, 3)], [0xff, 0xd8, 0xff]);
        assert.equal(raw.indexOf(jfif.subarray(0, 4)), -1, 'JPEG signature found in stored bytes');
        assert.equal(raw.indexOf('JFIF'), -1);
        assert.equal(raw.indexOf('%PDF'), -1, 'PDF signature found in stored bytes');
        assert.equal(raw.indexOf('/Catalog'), -1);
      }
      assert.equal(rawJpeg.length, jpeg.length + 92);
      assert.deepEqual(await blobs.get('jpeg-like-000001'), jpeg);
      assert.deepEqual(await blobs.get('pdf-like-0000001'), pdf);
    });

    test('the same plaintext is stored differently every time', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      const plaintext = Buffer.from('same bytes, twice');
      await blobs.put('same-plaintext-01', plaintext);
      await blobs.put('same-plaintext-02', plaintext);
      const a = (await blobs.raw.get('same-plaintext-01'))!;
      const b = (await blobs.raw.get('same-plaintext-02'))!;
      assert.notDeepEqual(a.subarray(4, 64), b.subarray(4, 64), 'wrapped data keys differ');
      assert.notDeepEqual(a.subarray(92), b.subarray(92), 'ciphertexts differ');
    });

    test('put returns the SHA-256 of the plaintext', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      const plaintext = randomBytes(5000);
      const { sha256 } = await blobs.put('hashed-value-0001', plaintext);
      assert.equal(sha256, createHash('sha256').update(plaintext).digest('hex'));
      const empty = await blobs.put('hashed-value-0002', new Uint8Array(0));
      assert.equal(empty.sha256, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      assert.deepEqual(await blobs.get('hashed-value-0002'), Buffer.alloc(0));
    });

    test('changing any one stored byte makes get throw BlobIntegrityError', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      const plaintext = randomBytes(1000);
      const key = 'tampered-value-01';
      await blobs.put(key, plaintext);
      const original = (await blobs.raw.get(key))!;
      const positions = {
        magic: 0,
        version: 3,
        'wrap nonce': 4,
        'wrapped key': 20,
        'wrap tag': 50,
        'content nonce': 70,
        'content tag': 80,
        'first ciphertext byte': 92,
        'middle of ciphertext': 92 + 500,
        'last byte': original.length - 1,
      };
      const variants: [string, Buffer][] = Object.entries(positions).map(([label, at]) => {
        const copy = Buffer.from(original);
        copy[at]! ^= 0x01;
        return [label, copy];
      });
      variants.push(['truncated by one byte', original.subarray(0, -1)]);
      variants.push(['one byte appended', Buffer.concat([original, Buffer.from([0])])]);
      variants.push(['header only', original.subarray(0, 4)]);
      variants.push(['empty', Buffer.alloc(0)]);
      for (const [label, bytes] of variants) {
        await blobs.raw.delete(key);
        await blobs.raw.put(key, bytes);
        await assert.rejects(blobs.get(key), BlobIntegrityError, label);
      }
      await blobs.raw.delete(key);
      await blobs.raw.put(key, original);
      assert.deepEqual(await blobs.get(key), plaintext, 'the untouched bytes still decrypt');
    });

    test('a blob copied under another key does not decrypt', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      await blobs.put('copied-from-00001', Buffer.from('Ali Rezaei, passport scan'));
      await blobs.raw.put('copied-to-000001', (await blobs.raw.get('copied-from-00001'))!);
      await assert.rejects(blobs.get('copied-to-000001'), BlobIntegrityError);
      assert.equal((await blobs.get('copied-from-00001'))?.toString(), 'Ali Rezaei, passport scan');
    });

    test('another master key cannot read the blob', async () => {
      const store = backend.fresh();
      await encryptedBlobs(store, master).put('other-master-0001', Buffer.from('secret'));
      await assert.rejects(
        encryptedBlobs(store, randomBytes(32)).get('other-master-0001'),
        BlobIntegrityError,
      );
      assert.throws(() => encryptedBlobs(store, randomBytes(16)), /32 bytes/);
    });

    test('a missing blob is undefined, delete and keys pass through', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      assert.equal(await blobs.get('missing-value-001'), undefined);
      await blobs.put('listed-value-0001', Buffer.from('a'));
      await blobs.put('listed-value-0002', Buffer.from('b'));
      await blobs.delete('listed-value-0001');
      assert.deepEqual(await listKeys(blobs), ['listed-value-0002']);
      await assert.rejects(blobs.put('../escape', Buffer.from('x')), invalidKey);
    });

    test('a 12 MB plaintext round-trips', async () => {
      const blobs = encryptedBlobs(backend.fresh(), master);
      const plaintext = randomBytes(12 * 1024 * 1024);
      const { sha256 } = await blobs.put('large-value-00001', plaintext);
      assert.equal((await blobs.raw.get('large-value-00001'))?.length, plaintext.length + 92);
      const back = await blobs.get('large-value-00001');
      assert.ok(back, 'the blob is there');
      assert.ok(back.equals(plaintext), 'decrypted bytes differ');
      assert.equal(createHash('sha256').update(back).digest('hex'), sha256);
    });
  });
}

blobStoreContract('local', {
  start: async () => {},
  stop: async () => {},
  fresh: () => localBlobStore(join(tempDir('local'), 'blobs')),
  unreachable: () => {
    const dir = join(tempDir('gone'), 'blobs');
    const store = localBlobStore(dir);
    // A plain file where the folder was: every path under it fails with ENOTDIR.
    rmSync(dir, { recursive: true });
    writeFileSync(dir, '');
    return store;
  },
});

let s3: S3TestServer | undefined;
const clients: { close(): void }[] = [];
let namespaces = 0;
function s3Store(overrides: { endpoint?: string; listPageSize?: number } = {}) {
  if (!s3) throw new Error('s3rver is not running');
  const store = s3BlobStore(
    {
      ...s3.config,
      prefix: `ns${++namespaces}/`,
      ...(overrides.endpoint ? { endpoint: overrides.endpoint } : {}),
    },
    { listPageSize: overrides.listPageSize },
  );
  clients.push(store);
  return store;
}

blobStoreContract('s3', {
  start: async () => {
    s3 ??= await startS3();
  },
  stop: async () => {
    for (const client of clients.splice(0)) client.close();
  },
  fresh: () => s3Store(),
  // Port 1 on the loopback refuses connections at once.
  unreachable: () => s3Store({ endpoint: 'http://127.0.0.1:1' }),
});
after(async () => {
  for (const client of clients.splice(0)) client.close();
  await s3?.stop();
});

describe('s3 only', () => {
  before(async () => {
    s3 ??= await startS3();
  });

  test('keys() follows continuation pages and strips the prefix', async () => {
    const store = s3Store({ listPageSize: 2 });
    const keys = Array.from({ length: 7 }, () => newBlobKey()).sort();
    for (const key of keys) await store.put(key, Buffer.from('x'));
    assert.deepEqual(await listKeys(store), keys);
  });

  test('objects that are not ours under the prefix are not listed', async () => {
    const store = s3Store();
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await store.put('ours-value-000001', Buffer.from('x'));
    const prefix = `ns${namespaces}/`;
    for (const foreign of [`${prefix}nested/value-000001`, `${prefix}short`, `${prefix}note.txt`]) {
      await store.client.send(new PutObjectCommand({ Bucket: s3!.config.bucket, Key: foreign, Body: 'x' }));
    }
    assert.deepEqual(await listKeys(store), ['ours-value-000001']);
  });
});

describe('local only', () => {
  test('files fan out by the first two key characters, mode 0600 in 0700 folders', async () => {
    const dir = join(tempDir('modes'), 'blobs');
    const store = localBlobStore(dir);
    await store.put('abcdefghijklmnop', Buffer.from('x'));
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, 'ab')).mode & 0o777, 0o700);
    assert.equal(statSync(join(dir, 'ab', 'abcdefghijklmnop')).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(join(dir, 'ab')), ['abcdefghijklmnop'], 'no temp file is left behind');
  });

  test('a temp file left by a killed process, and other stray files, are not listed', async () => {
    const dir = join(tempDir('stray'), 'blobs');
    const store = localBlobStore(dir);
    await store.put('abcdefghijklmnop', Buffer.from('x'));
    // What put leaves when killed between creating its temp file and renaming it.
    writeFileSync(join(dir, 'ab', '.abcdefghijklmnoq.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, 'ab', 'zzzzzzzzzzzzzzzzzz'), 'in the wrong folder');
    writeFileSync(join(dir, 'README'), 'not a blob');
    writeFileSync(join(dir, 'ab', 'short'), 'not a key');
    assert.deepEqual(await listKeys(store), ['abcdefghijklmnop']);
    assert.equal(await store.get('abcdefghijklmnoq'), undefined);
  });

  test('a missing folder is created, and an empty one lists nothing', async () => {
    const dir = join(tempDir('create'), 'deep', 'blobs');
    const store = localBlobStore(dir);
    assert.ok(statSync(dir).isDirectory());
    assert.deepEqual(await listKeys(store), []);
  });
});

describe('createBlobStore and newBlobKey', () => {
  test('the configured kind is used', async () => {
    const dir = join(tempDir('factory'), 'blobs');
    const local = createBlobStore({ kind: 'local', dir });
    await local.put('factory-value-001', Buffer.from('local'));
    assert.deepEqual(readdirSync(join(dir, 'fa')), ['factory-value-001']);

    s3 ??= await startS3();
    const remote = createBlobStore({ ...s3.config, prefix: 'factory/' });
    clients.push(remote as BlobStore & { close(): void });
    await remote.put('factory-value-001', Buffer.from('s3'));
    assert.equal((await remote.get('factory-value-001'))?.toString(), 's3');
  });

  test('new keys are valid and distinct, and tell when they were made', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newBlobKey()));
    assert.equal(keys.size, 1000);
    for (const key of keys) assert.ok(isBlobKey(key), key);
    const at = new Date('2026-01-02T03:04:05.678Z');
    assert.equal(blobKeyTime(newBlobKey(at)), at.getTime());
    assert.ok(Number.isNaN(blobKeyTime('factory-value-001')));
  });
});
