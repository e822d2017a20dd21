import { sql } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { Config } from '../../config.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import { newId } from '../ids.ts';
import type { EmailMessage } from './message.ts';
import { isSingleAddress } from './outbox.ts';

/** What the worker hands a message to. `send` resolves once the message is accepted, or throws. */
export type Transport = {
  name: string;
  send(message: EmailMessage): Promise<void>;
  /** Releases connections, if the transport keeps any. */
  close?(): void;
};

/** The subset of pino (Fastify's logger) the mail code uses. */
export type MailLogger = {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
};

/**
 * SMTP through nodemailer. SMTP_URL carries host, port, credentials and TLS (`smtps://` for implicit TLS;
 * `smtp://` upgrades with STARTTLS when offered; nodemailer's URL options such as `?pool=true` apply).
 * Messages are signed with DKIM when a key is configured.
 */
export function smtpTransport(config: Pick<Config, 'mail'>): Transport {
  const { smtpUrl, from, dkim } = config.mail;
  if (!smtpUrl) throw new Error('smtpTransport needs config.mail.smtpUrl');
  const mailer = createTransport(
    {
      url: smtpUrl,
      // A hung server must not hold a message (and the worker's lease) for nodemailer's 10-minute default.
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
      // Bodies are our own strings: nothing may make nodemailer read a file or fetch a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
      ...(dkim ? { dkim } : {}),
    },
    { from },
  );
  return {
    name: 'smtp',
    async send(message) {
      if (!isSingleAddress(message.to)) throw new Error('The recipient must be one plain email address');
      await mailer.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: { 'Content-Language': message.locale },
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
      });
    },
    close() {
      mailer.close();
    },
  };
}

/**
 * Development only: instead of sending, keep the message in `dev_mailbox` (shown at /dev/mailbox) and print it,
 * sign-in codes included, so a developer can sign in without a mail server.
 */
export function devTransport(db: Db, clock: Clock, logger: MailLogger): Transport {
  return {
    name: 'dev-mailbox',
    async send(message) {
      await db.execute(
        sql`insert into dev_mailbox (id, "to", subject, text, html, attachments, sent_at)
            values (${newId()}, ${message.to}, ${message.subject}, ${message.text}, ${message.html},
                    ${JSON.stringify(message.attachments ?? [])}::jsonb, ${clock.now().toISOString()})`,
      );
      logger.info(
        { mail: { to: message.to, subject: message.subject, text: message.text } },
        'email kept in the development mailbox (no SMTP_URL): see /dev/mailbox',
      );
    },
  };
}

/** SMTP when SMTP_URL is set, else the development mailbox (which production never uses). */
export function chooseTransport(
  config: Pick<Config, 'mail' | 'production'>,
  deps: { db: Db; clock: Clock; logger: MailLogger },
): Transport {
  if (config.mail.smtpUrl) return smtpTransport(config);
  if (config.production)
    throw new Error('Production needs SMTP_URL: the development mailbox is not a transport');
  return devTransport(deps.db, deps.clock, deps.logger);
}
