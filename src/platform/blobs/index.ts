import type { Config } from '../../config.ts';
import { newIdAt } from '../ids.ts';
import { localBlobStore } from './local.ts';
import { s3BlobStore } from './s3.ts';
import type { BlobStore } from './types.ts';

export { type EncryptedBlobs, encryptedBlobs } from './encrypted.ts';
export { assertBlobKey, isBlobKey, localBlobStore } from './local.ts';
export { type S3BlobConfig, s3BlobStore } from './s3.ts';
export { BlobIntegrityError, type BlobStore } from './types.ts';

export function createBlobStore(config: Config['blobs']): BlobStore {
  switch (config.kind) {
    case 'local':
      return localBlobStore(config.dir);
    case 's3':
      return s3BlobStore(config);
  }
}

/**
 * A UUIDv7 in hex: 74 random bits, never derived from anything a person sent, and its first 48 bits say when it was
 * made, so that a sweep can tell a file being uploaded now from one a killed process left behind long ago.
 */
export function newBlobKey(at: Date = new Date()): string {
  return newIdAt(at).replaceAll('-', '');
}

/** When a key from newBlobKey was made (ms since the epoch); NaN for any other key. */
export function blobKeyTime(key: string): number {
  return /^[0-9a-f]{32}$/.test(key) ? Number.parseInt(key.slice(0, 12), 16) : Number.NaN;
}
