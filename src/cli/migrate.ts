import { openDatabase } from '../platform/db.ts';
import { runMigrations, schemaVersion } from '../platform/migrate.ts';
import { openForCommand } from './open.ts';

// With MIGRATION_DATABASE_URL (the schema owner), that connection migrates; DATABASE_URL may be the app role.
const { database: configured, config } = await openForCommand();
const database = config.migrationDatabaseUrl
  ? await openDatabase({ kind: 'postgres', url: config.migrationDatabaseUrl, poolSize: 1 })
  : configured;
try {
  await runMigrations(database);
  console.log(`Database is at migration ${await schemaVersion(database)} (${database.kind}).`);
} finally {
  await database.close();
  await configured.close();
}
