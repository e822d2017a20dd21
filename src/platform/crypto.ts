import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Keys for one purpose each, derived from the configured master keys, so that a leak of one use (say, cookie
 * signing) says nothing about another (OTP codes, lookup hashes).
 */
export type Keys = {
  /** HMAC key for a named purpose. */
  hmacKey(purpose: string): Buffer;
  /** AES-256-GCM key for a named purpose. */
  encryptionKey(purpose: string): Buffer;
};

export function deriveKeys(secretKey: Buffer, encryptionKey: Buffer): Keys {
  const cache = new Map<string, Buffer>();
  const derive = (master: Buffer, info: string) => {
    let key = cache.get(info);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
      cache.set(info, key);
    }
    return key;
  };
  return {
    hmacKey: (purpose) => derive(secretKey, `mikhak:hmac:${purpose}`),
    encryptionKey: (purpose) => derive(encryptionKey, `mikhak:enc:${purpose}`),
  };
}

export function hmacHex(key: Buffer, value: string | Buffer): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function constantTimeEqualHex(a: string, b: string): boolean {
  const ba = Buffer.from(a, 'hex');
  const bb = Buffer.from(b, 'hex');
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** 256 bits, URL-safe: session ids and other bearer tokens. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

const VERSION = 1;

/** AES-256-GCM: version byte, 12-byte nonce, ciphertext, 16-byte tag. `aad` binds a value to its row/column. */
export function encrypt(key: Buffer, plaintext: Buffer | string, aad?: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  if (aad) cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, body, cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, sealed: Buffer, aad?: string): Buffer {
  if (sealed.length < 29 || sealed[0] !== VERSION) throw new Error('Unreadable ciphertext');
  const nonce = sealed.subarray(1, 13);
  const tag = sealed.subarray(sealed.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(13, sealed.length - 16)), decipher.final()]);
}
