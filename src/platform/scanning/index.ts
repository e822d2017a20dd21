import type { Config } from '../../config.ts';
import { type ClamdScanner, clamdScanner } from './clamd.ts';
import type { Scanner } from './types.ts';

export type { ClamdOptions, ClamdScanner, PingResult } from './clamd.ts';
export { clamdScanner, readScanReply } from './clamd.ts';
export type { Scanner, ScanVerdict } from './types.ts';

/** No scanner configured: every file counts as clean (uploads are not scanned; the README says so). */
export type OffScanner = Scanner & { readonly kind: 'off' };

export const offScanner: OffScanner = {
  kind: 'off',
  async scan() {
    return { verdict: 'clean' };
  },
};

/** The scanner the configuration asks for; narrow on `kind` to reach `ping()` for health checks. */
export function createScanner(config: Config['scanner']): OffScanner | ClamdScanner {
  if (config.kind === 'off') return offScanner;
  return clamdScanner({
    host: config.host,
    port: config.port,
    socket: config.socket,
    timeoutMs: config.timeoutMs,
  });
}
