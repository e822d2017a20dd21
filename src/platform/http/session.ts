import { createHash } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import { randomToken } from '../crypto.ts';
import type { Db } from '../db.ts';
import { sessions } from '../schema.ts';

/**
 * Server-side sessions. The browser holds only an opaque 256-bit id; the table holds its SHA-256, the subject and a
 * small data bag. Expiry is both idle (since last seen) and absolute (since created). Last-seen is written at most
 * once a minute, so a busy page does not write on every request.
 */
export type SubjectType = 'applicant' | 'staff';

export type Session = {
  idHash: string;
  subjectType: SubjectType | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  lastSeenAt: Date;
  authAt: Date | null;
  expiresAt: Date;
};

export type SessionPolicy = { idleMs: number; absoluteMs: number };

export type SessionPolicies = { anonymous: SessionPolicy } & Record<SubjectType, SessionPolicy>;

const TOUCH_EVERY_MS = 60_000;

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly policies: SessionPolicies,
  ) {}

  policyFor(subjectType: SubjectType | null): SessionPolicy {
    return subjectType ? this.policies[subjectType] : this.policies.anonymous;
  }

  /** The live session for a cookie value, or undefined (unknown, idle too long, or past its absolute end). */
  async load(cookieValue: string): Promise<Session | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(cookieValue)) return undefined;
    const idHash = hashSessionId(cookieValue);
    const [row] = await this.db.select().from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
    if (!row) return undefined;
    const now = this.clock.now();
    const policy = this.policyFor(row.subjectType as SubjectType | null);
    if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > policy.idleMs) {
      await this.db.delete(sessions).where(eq(sessions.idHash, idHash));
      return undefined;
    }
    if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
      row.lastSeenAt = now;
    }
    return row as Session;
  }

  /** A new session with a new id: used for every sign-in, so an id planted before sign-in is worthless after. */
  async create(
    input: {
      subjectType: SubjectType | null;
      subjectId: string | null;
      data?: Record<string, unknown>;
      authenticated?: boolean;
    },
    tx: Db = this.db,
  ): Promise<{ id: string; session: Session }> {
    const id = randomToken(32);
    const now = this.clock.now();
    const policy = this.policyFor(input.subjectType);
    const session: Session = {
      idHash: hashSessionId(id),
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      data: input.data ?? {},
      createdAt: now,
      lastSeenAt: now,
      authAt: input.authenticated ? now : null,
      expiresAt: new Date(now.getTime() + policy.absoluteMs),
    };
    await tx.insert(sessions).values(session);
    return { id, session };
  }

  async saveData(idHash: string, data: Record<string, unknown>, tx: Db = this.db): Promise<void> {
    await tx.update(sessions).set({ data }).where(eq(sessions.idHash, idHash));
  }

  async destroy(idHash: string, tx: Db = this.db): Promise<void> {
    await tx.delete(sessions).where(eq(sessions.idHash, idHash));
  }

  /** Signs a person out everywhere (sign out of every device, account moved to a new email, lock). */
  async destroyAllFor(subjectType: SubjectType, subjectId: string, tx: Db = this.db): Promise<number> {
    const gone = await tx
      .delete(sessions)
      .where(and(eq(sessions.subjectType, subjectType), eq(sessions.subjectId, subjectId)))
      .returning({ idHash: sessions.idHash });
    return gone.length;
  }

  /** Deletes expired sessions; anything idle past the longest idle policy is gone too. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const longestIdle = Math.max(...Object.values(this.policies).map((p) => p.idleMs));
    const gone = await this.db
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - longestIdle))))
      .returning({ idHash: sessions.idHash });
    return gone.length;
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(sessions);
    return Number(row?.n ?? 0);
  }
}
