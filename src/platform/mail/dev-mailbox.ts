import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db.ts';
import type { EmailAttachment } from './message.ts';

/** One email the development transport kept instead of sending. */
export type DevMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: EmailAttachment[];
  sentAt: string;
};

/** The development mailbox, newest first. */
export async function listDevMailbox(db: Db, limit = 100): Promise<DevMail[]> {
  const rows = await rowsOf<{
    id: string;
    attachments: EmailAttachment[] | string;
    to: string;
    subject: string;
    text: string;
    html: string;
    sent_at: string | Date;
  }>(
    db,
    sql`select id, "to", subject, text, html, attachments, sent_at from dev_mailbox
        order by sent_at desc, id desc limit ${Math.max(1, Math.min(limit, 1000))}`,
  );
  return rows.map((r) => ({
    id: r.id,
    attachments: typeof r.attachments === 'string' ? JSON.parse(r.attachments) : r.attachments,
    to: r.to,
    subject: r.subject,
    text: r.text,
    html: r.html,
    sentAt: new Date(r.sent_at).toISOString(),
  }));
}
