/**
 * Malware scanning of uploaded bytes. A scanner answers for one file; anything but a clear "clean" keeps the file
 * away from people (fail closed): callers treat `error` like "not yet known" and try again later.
 */
export type ScanVerdict =
  | { verdict: 'clean' }
  | { verdict: 'infected'; signature: string }
  /** Timeout, connection refused, a size-limit reply, an answer we cannot read: the file stays pending. */
  | { verdict: 'error'; reason: string };

export interface Scanner {
  /** 'off' when no scanner is configured: uploads are not scanned (the README says so). */
  readonly kind: 'off' | 'clamd';
  scan(bytes: Uint8Array): Promise<ScanVerdict>;
}
