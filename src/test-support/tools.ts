import { existsSync } from 'node:fs';

/**
 * Tests that need something a fresh machine lacks (a PostgreSQL server, Chromium) skip with a printed reason
 * under plain `npm test`, and fail instead when REQUIRE_ALL=1 (as .ci/run sets), so CI cannot pass by skipping.
 */
export const REQUIRE_ALL = process.env.REQUIRE_ALL === '1';

export function needTool(what: string, available: boolean, howToGet: string): { skip: string | false } {
  if (available) return { skip: false };
  const reason = `${what} is not available: ${howToGet}`;
  if (REQUIRE_ALL) throw new Error(`REQUIRE_ALL=1 but ${reason}`);
  console.log(`# skipped: ${reason}`);
  return { skip: reason };
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function needChromium() {
  return needTool(
    'Chromium',
    existsSync(CHROMIUM_PATH),
    `install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
  );
}

/**
 * Tests that only mean something on a PostgreSQL server (several processes, several connections) run in the
 * suite's PostgreSQL pass (DATABASE_URL set); the PGlite pass skips them with a reason.
 */
export function needPostgres(): { skip: string | false } {
  if (process.env.DATABASE_URL) return { skip: false };
  const reason = 'needs a PostgreSQL server: runs when DATABASE_URL is set (the PostgreSQL pass of .ci/run)';
  console.log(`# skipped: ${reason}`);
  return { skip: reason };
}
