import { createPrivateKey, createPublicKey, type KeyObject, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * One typed configuration, read from the environment once at boot.
 * Every variable is optional for development; production names what is missing and refuses to start.
 * docs/operations.md lists every variable; keep the two in step.
 */

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');
const key32 = z
  .string()
  .refine(
    (v) => Buffer.from(v, 'base64').length === 32,
    'must be 32 bytes, base64-encoded (openssl rand -base64 32)',
  );
const MB = 1024 * 1024;
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).optional(),
  PORT: int(0, 65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  SECRET_KEY: key32.optional(),
  ENCRYPTION_KEY: key32.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  DKIM_DOMAIN: z.string().optional(),
  DKIM_SELECTOR: z.string().optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  DEV_MAILBOX: bool.optional(),
  RUN_WORKER: bool.default(true),
  SEED_DEMO: bool.optional(),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SESSION_IDLE_MINUTES: int(1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: int(1, 24 * 7).default(12),
  RATE_LIMIT_POST_PER_MINUTE: int(1, 1_000_000).default(120),
  RATE_LIMIT_NOT_FOUND_PER_MINUTE: int(1, 1_000_000).default(60),
  OTP_TTL_MINUTES: int(1, 60).default(10),
  OTP_SENDS_PER_IDENTITY: int(1, 10_000).default(5),
  OTP_SEND_WINDOW_MINUTES: int(1, 24 * 60).default(15),
  OTP_SENDS_PER_IP: int(1, 1_000_000).default(25),
  OTP_IP_WINDOW_MINUTES: int(1, 24 * 60).default(5),
  OTP_RESEND_COOLDOWN_SECONDS: int(0, 3600).default(60),
  IDENTITY_ATTEMPTS_PER_DAY: int(1, 1000).default(5),
  IDENTITY_ATTEMPTS_PER_IP_PER_DAY: int(1, 1_000_000).default(30),
  CIVIL_REGISTRY: z.enum(['fixture']).default('fixture'),
  SERVICE_NAME_FA: z.string().min(1).default('میخک — خدمات کنسولی (نسخهٔ نمایشی)'),
  SERVICE_NAME_EN: z.string().min(1).default('Mikhak — consular services (demo)'),
  ORGANISATION_FA: z.string().default(''),
  ORGANISATION_EN: z.string().default(''),
  CONTACT_EMAIL: z.email().default('help@mikhak.example'),
  BLOB_STORE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.default(false),
  S3_PREFIX: z.string().default(''),
  CLAMD_HOST: z.string().min(1).optional(),
  CLAMD_PORT: int(1, 65535).default(3310),
  CLAMD_SOCKET: z.string().min(1).optional(),
  CLAMD_TIMEOUT_MS: int(100, 600_000).default(30_000),
  UPLOAD_MAX_MB: int(1, 100).default(10),
  UPLOAD_PHOTO_MAX_MB: int(1, 100).default(5),
  UPLOAD_MAX_MEGAPIXELS: int(1, 268).default(40),
  UPLOAD_MAX_PDF_PAGES: int(1, 1000).default(30),
  DOCUMENT_QUOTA_FILES: int(1, 100_000).default(100),
  DOCUMENT_QUOTA_MB: int(1, 100_000).default(250),
  REQUEST_DRAFT_DAYS: int(1, 3650).default(90),
  CORRECTION_REMINDER_DAYS: int(1, 60).default(3),
  APPOINTMENTS_PER_ACCOUNT: int(1, 50).default(2),
  APPOINTMENT_RESCHEDULES: int(0, 20).default(2),
  APPOINTMENT_HOLD_MINUTES: int(1, 60).default(5),
  APPOINTMENT_OFFER_MINUTES: int(5, 24 * 60).default(30),
  APPOINTMENT_REMINDER_HOURS: int(1, 14 * 24).default(24),
  APPOINTMENT_QUEUE_MINUTES: int(0, 24 * 60).default(10),
  APPOINTMENT_QUEUE_ADMIT_PER_MINUTE: int(1, 100_000).default(60),
  RATE_LIMIT_BOOKING_PER_HOUR: int(1, 1_000_000).default(20),
  RATE_LIMIT_BOOKING_IP_PER_HOUR: int(1, 1_000_000).default(200),
  SIGNING_KEY: z.string().optional(),
  SIGNING_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, dot, dash or underscore (at most 40)')
    .optional(),
  SIGNING_PUBLIC_KEYS_OLD: z.string().optional(),
  RATE_LIMIT_VERIFY_PER_MINUTE: int(1, 1_000_000).default(20),
});

export type Env = z.infer<typeof EnvSchema>;

export type Config = {
  env: Env['NODE_ENV'];
  production: boolean;
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * The schema owner's connection, for migrations only; the app then connects as DATABASE_URL's role, which may
   * not change the schema nor update or delete audit rows (docs/operations.md, "Database roles").
   */
  migrationDatabaseUrl: string | undefined;
  /** Master key for HMACs (OTP codes, keyed hashes, cookies); subkeys are derived per purpose. */
  secretKey: Buffer;
  /** AES-256-GCM key for personal identifiers and files at rest. */
  encryptionKey: Buffer;
  mail: {
    smtpUrl: string | undefined;
    from: string;
    dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
    devMailbox: boolean;
  };
  runWorker: boolean;
  seedDemo: boolean;
  trustProxy: string | boolean;
  logLevel: NonNullable<Env['LOG_LEVEL']>;
  session: { idleMinutes: number; absoluteHours: number };
  rateLimit: { postPerMinute: number; notFoundPerMinute: number; verifyPerMinute: number };
  otp: {
    ttlMinutes: number;
    sendsPerIdentity: number;
    sendWindowMinutes: number;
    sendsPerIp: number;
    ipWindowMinutes: number;
    resendCooldownSeconds: number;
  };
  identityAttempts: { perDay: number; perIpPerDay: number };
  civilRegistry: Env['CIVIL_REGISTRY'];
  /** Where uploaded files are kept (always encrypted before they get there). */
  blobs:
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        bucket: string;
        endpoint: string | undefined;
        region: string;
        credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
        forcePathStyle: boolean;
        prefix: string;
      };
  /** Malware scanning of uploads: off unless clamd is configured. */
  scanner:
    | { kind: 'off' }
    | {
        kind: 'clamd';
        host: string | undefined;
        port: number;
        socket: string | undefined;
        timeoutMs: number;
      };
  appointments: {
    /** Live (held or confirmed) appointments one account may have at once. */
    perAccount: number;
    /** How many times one request's appointment may be moved. */
    reschedules: number;
    /** How long a chosen seat is kept while the applicant confirms. */
    holdMinutes: number;
    /** How long a seat offered from the waitlist is kept for the person it was offered to. */
    offerMinutes: number;
    /** The reminder email goes this many hours before the appointment. */
    reminderHours: number;
    /** The waiting room stays in front of a release for this many minutes after it (0: no waiting room). */
    queueMinutes: number;
    /** Places admitted from the waiting room per minute and consulate. */
    queueAdmitPerMinute: number;
    /** Holds, confirmations and cancellations per account per hour, and per IP per hour. */
    actionsPerHour: number;
    actionsPerIpPerHour: number;
  };
  requests: {
    /** Drafts never submitted are deleted after this many days without a change. */
    draftDays: number;
    /** How many days before a correction's deadline the applicant is reminded by email. */
    correctionReminderDays: number;
  };
  uploads: {
    maxBytes: number;
    photoMaxBytes: number;
    maxPixels: number;
    maxPdfPages: number;
    quotaFiles: number;
    quotaBytes: number;
  };
  branding: {
    serviceName: { fa: string; en: string };
    organisation: { fa: string; en: string };
    contactEmail: string;
  };
  /**
   * Ed25519 key that signs issued documents. Unset outside production: the verification module derives a
   * development key from the secret key (and says so in the log). `previousKeys` still verify old documents.
   */
  signing: {
    privateKey: KeyObject | undefined;
    keyId: string | undefined;
    previousKeys: { kid: string; x: string }[];
  };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables production refuses to run without: each names a real risk when left to a default. */
const REQUIRED_IN_PRODUCTION = [
  'DATABASE_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'SECRET_KEY',
  'ENCRYPTION_KEY',
  'PUBLIC_URL',
  'SIGNING_KEY',
] as const;

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(stripEmpty(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !e[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        `NODE_ENV=production needs ${missing.join(', ')}. See docs/operations.md; refusing to start.`,
      );
    }
    if (e.DEV_MAILBOX) throw new ConfigError('DEV_MAILBOX cannot be enabled with NODE_ENV=production.');
  }
  const signing = {
    privateKey: e.SIGNING_KEY ? parseSigningKey(e.SIGNING_KEY) : undefined,
    keyId: e.SIGNING_KEY_ID,
    previousKeys: parsePreviousKeys(e.SIGNING_PUBLIC_KEYS_OLD),
  };
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
    throw new ConfigError('MIGRATION_DATABASE_URL needs DATABASE_URL (the app role connection).');
  }
  if (e.BLOB_STORE === 's3' && !e.S3_BUCKET) throw new ConfigError('BLOB_STORE=s3 needs S3_BUCKET.');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together.');
  }
  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(process.cwd(), e.DATA_DIR);
  const dev = production ? undefined : developmentSecrets(dataDir, e.NODE_ENV === 'test');
  const host = e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1');
  const dkim =
    e.DKIM_DOMAIN && e.DKIM_SELECTOR && e.DKIM_PRIVATE_KEY
      ? {
          domainName: e.DKIM_DOMAIN,
          keySelector: e.DKIM_SELECTOR,
          privateKey: e.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n'),
        }
      : undefined;
  return {
    env: e.NODE_ENV,
    production,
    host,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY, 'base64') : dev!.secretKey,
    encryptionKey: e.ENCRYPTION_KEY ? Buffer.from(e.ENCRYPTION_KEY, 'base64') : dev!.encryptionKey,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? 'Mikhak <no-reply@mikhak.example>',
      dkim,
      // The dev mailbox shows every sign-in code, so it exists only without SMTP and never in production.
      devMailbox: !production && (e.DEV_MAILBOX ?? !e.SMTP_URL),
    },
    runWorker: e.RUN_WORKER,
    seedDemo: e.SEED_DEMO ?? !production,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    rateLimit: {
      postPerMinute: e.RATE_LIMIT_POST_PER_MINUTE,
      notFoundPerMinute: e.RATE_LIMIT_NOT_FOUND_PER_MINUTE,
      verifyPerMinute: e.RATE_LIMIT_VERIFY_PER_MINUTE,
    },
    otp: {
      ttlMinutes: e.OTP_TTL_MINUTES,
      sendsPerIdentity: e.OTP_SENDS_PER_IDENTITY,
      sendWindowMinutes: e.OTP_SEND_WINDOW_MINUTES,
      sendsPerIp: e.OTP_SENDS_PER_IP,
      ipWindowMinutes: e.OTP_IP_WINDOW_MINUTES,
      resendCooldownSeconds: e.OTP_RESEND_COOLDOWN_SECONDS,
    },
    identityAttempts: {
      perDay: e.IDENTITY_ATTEMPTS_PER_DAY,
      perIpPerDay: e.IDENTITY_ATTEMPTS_PER_IP_PER_DAY,
    },
    civilRegistry: e.CIVIL_REGISTRY,
    blobs:
      e.BLOB_STORE === 's3'
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET!,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                : undefined,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            prefix: e.S3_PREFIX,
          }
        : { kind: 'local', dir: join(dataDir, 'blobs') },
    scanner:
      e.CLAMD_HOST || e.CLAMD_SOCKET
        ? {
            kind: 'clamd',
            host: e.CLAMD_HOST,
            port: e.CLAMD_PORT,
            socket: e.CLAMD_SOCKET,
            timeoutMs: e.CLAMD_TIMEOUT_MS,
          }
        : { kind: 'off' },
    appointments: {
      perAccount: e.APPOINTMENTS_PER_ACCOUNT,
      reschedules: e.APPOINTMENT_RESCHEDULES,
      holdMinutes: e.APPOINTMENT_HOLD_MINUTES,
      offerMinutes: e.APPOINTMENT_OFFER_MINUTES,
      reminderHours: e.APPOINTMENT_REMINDER_HOURS,
      queueMinutes: e.APPOINTMENT_QUEUE_MINUTES,
      queueAdmitPerMinute: e.APPOINTMENT_QUEUE_ADMIT_PER_MINUTE,
      actionsPerHour: e.RATE_LIMIT_BOOKING_PER_HOUR,
      actionsPerIpPerHour: e.RATE_LIMIT_BOOKING_IP_PER_HOUR,
    },
    requests: {
      draftDays: e.REQUEST_DRAFT_DAYS,
      correctionReminderDays: e.CORRECTION_REMINDER_DAYS,
    },
    uploads: {
      maxBytes: e.UPLOAD_MAX_MB * MB,
      photoMaxBytes: e.UPLOAD_PHOTO_MAX_MB * MB,
      maxPixels: e.UPLOAD_MAX_MEGAPIXELS * 1_000_000,
      maxPdfPages: e.UPLOAD_MAX_PDF_PAGES,
      quotaFiles: e.DOCUMENT_QUOTA_FILES,
      quotaBytes: e.DOCUMENT_QUOTA_MB * MB,
    },
    branding: {
      serviceName: { fa: e.SERVICE_NAME_FA, en: e.SERVICE_NAME_EN },
      organisation: { fa: e.ORGANISATION_FA, en: e.ORGANISATION_EN },
      contactEmail: e.CONTACT_EMAIL,
    },
    signing,
  };
}

/** SIGNING_KEY: an Ed25519 private key, PKCS#8 as PEM (newlines may be written `\n`) or as base64 DER. */
function parseSigningKey(value: string): KeyObject {
  let key: KeyObject;
  try {
    const text = value.replace(/\\n/g, '\n').trim();
    key = text.startsWith('-----BEGIN')
      ? createPrivateKey({ key: text, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new ConfigError('SIGNING_KEY: not a PKCS#8 private key (PEM, or base64 DER).');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new ConfigError('SIGNING_KEY: must be an Ed25519 key.');
  return key;
}

/** SIGNING_PUBLIC_KEYS_OLD: `kid=x` pairs separated by commas, x the base64url public key (a JWK's `x`). */
function parsePreviousKeys(value: string | undefined): { kid: string; x: string }[] {
  if (!value) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [kid, x] = entry.split('=').map((part) => part.trim());
      const ok =
        kid &&
        x &&
        /^[A-Za-z0-9._-]{1,40}$/.test(kid) &&
        /^[A-Za-z0-9_-]{43}$/.test(x) &&
        (() => {
          try {
            createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
            return true;
          } catch {
            return false;
          }
        })();
      if (!ok)
        throw new ConfigError(`SIGNING_PUBLIC_KEYS_OLD: "${entry}" is not kid=<base64url Ed25519 key>.`);
      return { kid: kid!, x: x! };
    });
}

function stripEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

function parseTrustProxy(value: string | undefined): string | boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}

/**
 * Development and test keys: generated once and kept in the data folder (mode 0600) so that encrypted
 * rows and sessions survive a restart. Tests get throwaway keys.
 */
function developmentSecrets(
  dataDir: string,
  ephemeral: boolean,
): { secretKey: Buffer; encryptionKey: Buffer } {
  if (ephemeral) return { secretKey: randomBytes(32), encryptionKey: randomBytes(32) };
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { secretKey: string; encryptionKey: string };
    return {
      secretKey: Buffer.from(stored.secretKey, 'base64'),
      encryptionKey: Buffer.from(stored.encryptionKey, 'base64'),
    };
  }
  const fresh = { secretKey: randomBytes(32), encryptionKey: randomBytes(32) };
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(
      file,
      JSON.stringify({
        secretKey: fresh.secretKey.toString('base64'),
        encryptionKey: fresh.encryptionKey.toString('base64'),
      }),
      { mode: 0o600, flag: 'wx' },
    );
  } catch (err) {
    // Another process wrote it first: use theirs, so both agree.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return developmentSecrets(dataDir, false);
    throw err;
  }
  chmodSync(file, 0o600);
  return fresh;
}
