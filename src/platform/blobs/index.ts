import type { Config } from '../../config.ts';
import { randomToken } from '../crypto.ts';
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

/** 192 random bits, URL-safe: never derived from anything a person sent, so it reveals and collides with nothing. */
export function newBlobKey(): string {
  return randomToken(24);
}
