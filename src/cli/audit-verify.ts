import { verifyChain } from '../platform/audit.ts';
import { openForCommand } from './open.ts';

/** Walks the audit log's hash chain; exit 1 and the first broken row's id if anything was changed or removed. */
const { database } = await openForCommand();
try {
  const result = await verifyChain(database.db);
  if (result.ok) {
    console.log(`Audit log intact: ${result.rows} rows verified.`);
  } else {
    console.error(
      `Audit log BROKEN at row id ${result.brokenAt}: ${result.reason} (${result.rows} rows read).`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
