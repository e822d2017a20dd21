import { demoStaffNotice } from '../modules/staff/demo.ts';
import { deriveKeys } from '../platform/crypto.ts';
import { runMigrations } from '../platform/migrate.ts';
import { seedDemo } from '../seed.ts';
import { openForCommand } from './open.ts';

/** Resets the demo data to its original state (idempotent; data people added is left alone). */
const { database, config } = await openForCommand();
if (config.production && process.env.SEED_DEMO !== 'true') {
  console.error('Refusing to seed demo data with NODE_ENV=production (set SEED_DEMO=true to insist).');
  process.exit(2);
}
try {
  await runMigrations(database);
  const keys = deriveKeys(config.secretKey, config.encryptionKey);
  const counts = await seedDemo(database.db, { staff: { keys, production: config.production } });
  console.log(`Demo data reset: ${counts.consulates} consulates, ${counts.staff} new demo staff.`);
  if (!config.production) console.log(`\n${demoStaffNotice(config.publicUrl)}`);
} finally {
  await database.close();
}
