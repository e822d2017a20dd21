import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { assertBlobKey } from './local.ts';
import { BlobIntegrityError, type BlobStore } from './types.ts';

export type EncryptedBlobs = {
  /** Encrypts and stores; resolves with the hex SHA-256 of the plaintext once the store has it durably. */
  put(key: string, plaintext: Uint8Array): Promise<{ sha256: string }>;
  /** The plaintext, undefined when there is no such key; BlobIntegrityError when the stored bytes do not verify. */
  get(key: string): Promise<Buffer | undefined>;
  delete(key: string): Promise<void>;
  keys(): AsyncIterable<string>;
  /** The store underneath, which only ever holds ciphertext (for sweeping, copying, and tests). */
  raw: BlobStore;
};

/*
 * Stored layout, version 1 (92 bytes of overhead):
 *
 *   offset  size  field
 *        0     4  "MKB" 0x01: magic and format version
 *        4    12  nonce for wrapping the data key
 *       16    32  data key, encrypted with the master key (AES-256-GCM)
 *       48    16  tag of the data key
 *       64    12  nonce for the content
 *       76    16  tag of the content
 *       92     …  content, encrypted with the data key (AES-256-GCM)
 *
 * The magic keeps a stored object from ever starting with the plaintext's own signature (file-type sniffers,
 * antivirus, and curious operators see "MKB", not a JPEG or a PDF), and the version byte leaves room for another
 * layout without guessing. The content tag sits before the content so a reader could verify while streaming.
 */
const HEADER = Buffer.from([0x4d, 0x4b, 0x42, 0x01]);
const NONCE = 12;
const TAG = 16;
const DATA_KEY = 32;
const WRAP_NONCE_AT = HEADER.length;
const WRAPPED_AT = WRAP_NONCE_AT + NONCE;
const WRAP_TAG_AT = WRAPPED_AT + DATA_KEY;
const NONCE_AT = WRAP_TAG_AT + TAG;
const TAG_AT = NONCE_AT + NONCE;
const CONTENT_AT = TAG_AT + TAG;

/**
 * Envelope encryption: each file gets its own random data key, and only that 32-byte key is encrypted with the
 * master key. The master key therefore only ever sees tiny messages (random 96-bit nonces stay within NIST's
 * bound up to 2^32 wraps), a data key encrypts exactly one message so its nonce can never repeat, and rotating
 * the master later means rewrapping 92-byte headers rather than re-encrypting every file.
 *
 * Both layers authenticate the blob key (and the header) as associated data, so bytes copied or swapped under
 * another key fail instead of showing one person's document in another's place.
 */
export function encryptedBlobs(store: BlobStore, masterKey: Buffer): EncryptedBlobs {
  if (masterKey.length !== 32) throw new TypeError('The blob master key must be 32 bytes');
  const master = Buffer.from(masterKey);

  return {
    raw: store,

    async put(key, plaintext) {
      assertBlobKey(key);
      const sha256 = createHash('sha256').update(plaintext).digest('hex');
      const dataKey = randomBytes(DATA_KEY);
      try {
        const wrapNonce = randomBytes(NONCE);
        const wrap = createCipheriv('aes-256-gcm', master, wrapNonce);
        wrap.setAAD(associatedData('key', key));
        const wrapped = Buffer.concat([wrap.update(dataKey), wrap.final()]);

        const nonce = randomBytes(NONCE);
        const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
        cipher.setAAD(associatedData('content', key));
        const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);

        await store.put(
          key,
          Buffer.concat([HEADER, wrapNonce, wrapped, wrap.getAuthTag(), nonce, cipher.getAuthTag(), body]),
        );
      } finally {
        dataKey.fill(0);
      }
      return { sha256 };
    },

    async get(key) {
      assertBlobKey(key);
      const sealed = await store.get(key);
      if (sealed === undefined) return undefined;
      if (sealed.length < CONTENT_AT || !sealed.subarray(0, HEADER.length).equals(HEADER)) {
        throw new BlobIntegrityError(`Blob ${key} is not in a known format`);
      }
      let dataKey: Buffer | undefined;
      try {
        const unwrap = createDecipheriv('aes-256-gcm', master, sealed.subarray(WRAP_NONCE_AT, WRAPPED_AT));
        unwrap.setAAD(associatedData('key', key));
        unwrap.setAuthTag(sealed.subarray(WRAP_TAG_AT, NONCE_AT));
        dataKey = Buffer.concat([unwrap.update(sealed.subarray(WRAPPED_AT, WRAP_TAG_AT)), unwrap.final()]);

        const decipher = createDecipheriv('aes-256-gcm', dataKey, sealed.subarray(NONCE_AT, TAG_AT));
        decipher.setAAD(associatedData('content', key));
        decipher.setAuthTag(sealed.subarray(TAG_AT, CONTENT_AT));
        return Buffer.concat([decipher.update(sealed.subarray(CONTENT_AT)), decipher.final()]);
      } catch {
        // GCM cannot say which byte is wrong, and the caller must not learn more than "do not trust this".
        throw new BlobIntegrityError(`Blob ${key} failed authentication`);
      } finally {
        dataKey?.fill(0);
      }
    },

    delete: (key) => store.delete(key),
    keys: () => store.keys(),
  };
}

/**
 * Distinct labels keep the two layers' associated data apart, so a wrapped key can never verify as content or
 * the other way round, even though both are bound to the same blob key.
 */
function associatedData(layer: 'key' | 'content', key: string): Buffer {
  return Buffer.concat([HEADER, Buffer.from(`mikhak:blob:${layer}:${key}`)]);
}
