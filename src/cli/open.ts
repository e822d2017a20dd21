import { ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError } from '../platform/data-dir-lock.ts';
import { type Database, openDatabase } from '../platform/db.ts';

/** Opens the configured database for a one-off command; a refusal (config, lock) is one clear line, exit 2. */
export async function openForCommand(): Promise<{
  database: Database;
  config: ReturnType<typeof loadConfig>;
}> {
  try {
    const config = loadConfig();
    const database = config.databaseUrl
      ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: 2 })
      : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
    return { database, config };
  } catch (err) {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}
