import { runMigrations, schemaVersion } from '../platform/migrate.ts';
import { openForCommand } from './open.ts';

const { database } = await openForCommand();
try {
  await runMigrations(database);
  console.log(`Database is at migration ${await schemaVersion(database)} (${database.kind}).`);
} finally {
  await database.close();
}
