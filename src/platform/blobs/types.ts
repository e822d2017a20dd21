/**
 * Where file bytes live. Keys are ours (random ids, never anything a person sent); values are opaque bytes. Stores
 * only ever see ciphertext: `encryptedBlobs` wraps a store so that every value is encrypted before it leaves the
 * process and authenticated when it comes back.
 */
export interface BlobStore {
  /** Stores the bytes under the key, replacing nothing: keys are used once. Resolves when durably written. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when there is no such key. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the key; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key (for sweeping orphans left by a process killed between storing and committing). */
  keys(): AsyncIterable<string>;
}

/** Raised when stored bytes fail authentication: altered, truncated, or stored under another key. */
export class BlobIntegrityError extends Error {
  override name = 'BlobIntegrityError';
}
