import { decrypt, encrypt, hmacHex, type Keys } from './crypto.ts';

/**
 * Personal identifiers at rest: each kind encrypted with its own key (AES-256-GCM, the kind bound as associated
 * data so a value cannot be moved to another column), and found through a keyed hash of its normal form.
 */
export type IdentifierKind = 'national_code' | 'email' | 'phone' | 'answers';

export type Protector = {
  lookupHash(kind: IdentifierKind, normalized: string): string;
  seal(kind: IdentifierKind, value: string): Buffer;
  open(kind: IdentifierKind, sealed: Buffer): string;
};

export function createProtector(keys: Keys): Protector {
  return {
    lookupHash: (kind, normalized) => hmacHex(keys.hmacKey(`lookup:${kind}`), normalized),
    seal: (kind, value) => encrypt(keys.encryptionKey(`pii:${kind}`), value, kind),
    open: (kind, sealed) => decrypt(keys.encryptionKey(`pii:${kind}`), sealed, kind).toString('utf8'),
  };
}

/** The one normal form of an email address used everywhere (lookup, binding, sending). */
export function normalizeEmail(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}
