import type { Config } from '../../config.ts';
import { createBlobStore, encryptedBlobs } from '../../platform/blobs/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { createScanner } from '../../platform/scanning/index.ts';
import { createDocumentsService } from './service.ts';

type Logger = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

/** The documents service as configuration says: which blob store, which scanner, one key for files at rest. */
export function documentsFromConfig(deps: {
  config: Config;
  db: Db;
  clock: Clock;
  keys: Keys;
  logger?: Logger;
}) {
  const blobs = encryptedBlobs(createBlobStore(deps.config.blobs), deps.keys.encryptionKey('blobs'));
  return createDocumentsService({
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    blobs,
    scanner: createScanner(deps.config.scanner),
    logger: deps.logger,
  });
}
