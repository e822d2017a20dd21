import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { useView } from '../../ui/context.ts';
import { Layout } from '../../ui/layout.tsx';
import { Ltr } from '../../ui/ltr.tsx';
import { SummaryList } from '../../ui/summary-list.tsx';
import type { Db } from '../db.ts';
import { formatDate } from '../i18n/dates.ts';
import { type DevMail, listDevMailbox } from './dev-mailbox.ts';

/**
 * /dev/mailbox (page) and /dev/mailbox.json (for end-to-end tests): what the development transport kept,
 * sign-in codes included. They exist only when the dev mailbox is on and never in production, and answer only
 * a browser on this machine, not one reaching it through a proxy; anything else gets the ordinary 404.
 */
export function registerDevMailbox(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const { db, config } = deps;
  if (!config.mail.devMailbox || config.production) return;

  app.get('/dev/mailbox.json', async (request, reply) => {
    if (!isLocalRequest(request)) return reply.callNotFound();
    reply.header('cache-control', 'no-store');
    return listDevMailbox(db);
  });

  // An attachment as it would reach a mail client (the appointment's .ics), for a developer or a browser test.
  app.get('/dev/mailbox/:id/attachments/:n', async (request, reply) => {
    if (!isLocalRequest(request)) return reply.callNotFound();
    const { id, n } = request.params as { id: string; n: string };
    const mail = (await listDevMailbox(db, 1000)).find((m) => m.id === id);
    const file = mail?.attachments[Number(n)];
    if (!file) return reply.callNotFound();
    reply.header('cache-control', 'no-store');
    reply.header('content-disposition', `attachment; filename="${file.filename}"`);
    return reply.type(file.contentType).send(file.content);
  });

  app.get('/dev/mailbox', async (request, reply) => {
    if (!isLocalRequest(request)) return reply.callNotFound();
    const mails = await listDevMailbox(db);
    reply.header('content-security-policy', DEV_MAILBOX_CSP);
    reply.header('cache-control', 'no-store');
    return reply.page(<DevMailboxPage mails={mails} />);
  });
}

/**
 * The app's policy with inline styles allowed: the previews are sandboxed srcdoc frames, which inherit this
 * page's policy, and emails are styled inline. Scripts stay 'self' only (and the sandbox allows none).
 */
const DEV_MAILBOX_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; " +
  "object-src 'none'";

/** The direct peer is this machine, and no proxy says it forwarded the request from elsewhere. */
export function isLocalRequest(request: FastifyRequest): boolean {
  const h = request.headers;
  if (h['x-forwarded-for'] !== undefined || h.forwarded !== undefined || h['x-real-ip'] !== undefined)
    return false;
  return isLoopback(request.socket.remoteAddress);
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1' || address === '0:0:0:0:0:0:0:1') return true;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function DevMailboxPage({ mails }: { mails: DevMail[] }) {
  const { t, locale } = useView();
  const title = t('mail.dev.title');
  return (
    <Layout title={title} width="wide">
      <h1>{title}</h1>
      <p>{t('mail.dev.intro')}</p>
      {mails.length === 0 ? <p>{t('mail.dev.empty')}</p> : null}
      {mails.map((mail, i) => (
        <section key={`${mail.sentAt}-${i}`} aria-labelledby={`mail-${i}`}>
          <h2 id={`mail-${i}`} dir="auto">
            {mail.subject}
          </h2>
          <SummaryList
            rows={[
              { key: t('mail.dev.to'), value: <Ltr>{mail.to}</Ltr> },
              {
                key: t('mail.dev.sentAt'),
                value: (
                  <time dateTime={mail.sentAt}>
                    {formatDate(new Date(mail.sentAt), locale, { time: true })}
                  </time>
                ),
              },
            ]}
          />
          {mail.attachments.length > 0 ? (
            <ul>
              {mail.attachments.map((file, n) => (
                <li key={file.filename}>
                  <a href={`/dev/mailbox/${mail.id}/attachments/${n}`} download={file.filename}>
                    <Ltr>{file.filename}</Ltr>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <details open={i === 0}>
            <summary>{t('mail.dev.text')}</summary>
            <pre dir="auto">{mail.text}</pre>
          </details>
          <details>
            <summary>{t('mail.dev.html')}</summary>
            {/* Never inlined: an empty sandbox gives the email no script, no forms, no same-origin access. */}
            <iframe sandbox="" srcdoc={mail.html} title={mail.subject} width="100%" height="640" />
          </details>
        </section>
      ))}
    </Layout>
  );
}
