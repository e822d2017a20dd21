import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import type { Session, SessionStore } from '../http/session.ts';
import { sessions } from '../schema.ts';

/**
 * The challenge a WebAuthn ceremony must sign lives in the server-side session, never in the page or a cookie, and
 * is taken out the moment an answer arrives, whatever the answer: one challenge, one try. Taking it is a single
 * conditional update, so two answers racing on the same session cannot both find it.
 */
export const CHALLENGE_KEY = 'webauthnChallenge';

export type Ceremony = 'register' | 'sign-in';

type Stored = { value: string; ceremony: Ceremony; subjectId: string | null; expiresAt: number };

function parse(value: unknown): Stored | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<Stored>;
  if (typeof v.value !== 'string' || typeof v.expiresAt !== 'number') return undefined;
  if (v.ceremony !== 'register' && v.ceremony !== 'sign-in') return undefined;
  return { value: v.value, ceremony: v.ceremony, subjectId: v.subjectId ?? null, expiresAt: v.expiresAt };
}

export async function keepChallenge(
  store: SessionStore,
  clock: Clock,
  session: Session,
  challenge: { value: string; ceremony: Ceremony; subjectId: string | null; ttlMs: number },
): Promise<void> {
  const stored: Stored = {
    value: challenge.value,
    ceremony: challenge.ceremony,
    subjectId: challenge.subjectId,
    expiresAt: clock.now().getTime() + challenge.ttlMs,
  };
  session.data = { ...session.data, [CHALLENGE_KEY]: stored };
  await store.saveData(session.idHash, session.data);
}

/** The session's challenge for this ceremony and subject, removed from the session; undefined if none holds. */
export async function takeChallenge(
  db: Db,
  clock: Clock,
  session: Session | null,
  expect: { ceremony: Ceremony; subjectId: string | null },
): Promise<string | undefined> {
  const stored = parse(session?.data[CHALLENGE_KEY]);
  if (!session || !stored) return undefined;
  const { [CHALLENGE_KEY]: _, ...rest } = session.data;
  session.data = rest;
  const taken = await db
    .update(sessions)
    .set({ data: sql`${sessions.data} - ${CHALLENGE_KEY}::text` })
    .where(
      and(
        eq(sessions.idHash, session.idHash),
        sql`${sessions.data} -> ${CHALLENGE_KEY}::text ->> 'value' = ${stored.value}::text`,
      ),
    )
    .returning({ idHash: sessions.idHash });
  if (taken.length === 0) return undefined;
  if (stored.ceremony !== expect.ceremony || stored.subjectId !== expect.subjectId) return undefined;
  if (stored.expiresAt <= clock.now().getTime()) return undefined;
  return stored.value;
}
