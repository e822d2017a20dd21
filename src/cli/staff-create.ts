import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type AdminRefusal, createAdminAccount } from '../modules/staff/service.ts';
import { systemClock } from '../platform/clock.ts';
import { runMigrationsAs } from '../platform/migrate.ts';
import { openForCommand } from './open.ts';

/**
 * `npm run staff:create`: makes an admin (the first one, on a new installation). Asks on the terminal; or, for
 * scripts, `--email` and `--name` as options and the password as the first line of standard input:
 *
 *   printf '%s\n' "$PASSWORD" | npm run staff:create -- --email admin@example.org --name "Admin Name"
 */
const REFUSALS: Record<string, string> = {
  'email:invalid': 'That is not an email address.',
  'email:exists': 'An account with this email address already exists.',
  'name:invalid': 'Give a name of 1 to 120 characters.',
  'password:short': 'The password must be at least 12 characters.',
  'password:long': 'The password must be 200 characters or fewer.',
  'password:email': 'The password must not be the email address.',
  'password:name': 'The password must not be the name.',
  'password:common': 'That password is too common or too simple. Choose a longer phrase.',
};

const refusalText = (r: AdminRefusal) => REFUSALS[`${r.field}:${r.problem}`] ?? 'Refused.';

/**
 * Questions on the terminal, through one readline interface (a second one would lose lines typed ahead); a hidden
 * question (a password) is not echoed.
 */
function terminal() {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let muted = false;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (!muted) process.stdout.write(s);
  };
  return {
    ask(question: string, hidden = false): Promise<string> {
      return new Promise((resolve) => {
        rl.question(question, (answer) => {
          if (hidden) process.stdout.write('\n');
          muted = false;
          resolve(hidden ? answer : answer.trim());
        });
        muted = hidden;
      });
    },
    close: () => rl.close(),
  };
}

async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(
    'Creates an admin account.\n' +
      '  npm run staff:create                       (asks for email, name and password)\n' +
      '  printf "%s\\n" "$PW" | npm run staff:create -- --email a@example.org --name "A Name"',
  );
  process.exit(0);
}

const tty = process.stdin.isTTY ? terminal() : undefined;
const email = values.email ?? (await tty?.ask('Email address: ')) ?? '';
const name = values.name ?? (await tty?.ask('Full name: ')) ?? '';
if (!email || !name) {
  console.error('Give --email and --name (the password comes on standard input), or run it in a terminal.');
  process.exit(2);
}
let password: string;
if (tty) {
  password = await tty.ask('Password (at least 12 characters): ', true);
  const again = await tty.ask('Password again: ', true);
  tty.close();
  if (again !== password) {
    console.error('The two passwords are not the same. Nothing was created.');
    process.exit(1);
  }
} else {
  password = await firstLineOfStdin();
}

const { database, config } = await openForCommand();
try {
  await runMigrationsAs(database, config.migrationDatabaseUrl);
  const outcome = await createAdminAccount(database.db, systemClock, { email, name, password });
  if (!outcome.ok) {
    console.error(`${refusalText(outcome)} Nothing was created.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Admin account created for ${email.trim().toLowerCase()}.\n` +
        `Sign in at ${config.publicUrl}/staff with this password; you will then set up your second factor ` +
        '(a passkey, or an authenticator app).',
    );
  }
} finally {
  await database.close();
}
