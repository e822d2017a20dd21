import { createHash } from 'node:crypto';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { record } from '../audit.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import type { SubjectType } from '../http/session.ts';
import { newId } from '../ids.ts';
import { passkeys } from './schema.ts';

/**
 * Passkeys (WebAuthn) as a way in for applicants, and later a second factor for staff. The rules live here; the
 * challenge each ceremony signs is kept by the caller on the server (the session) and handed back exactly once.
 *
 * User verification (the phone's or computer's screen lock) is asked for as "preferred", as browsers recommend,
 * but a response without it is refused: a passkey replaces an emailed code, so mere possession of a security key
 * is not enough.
 */
export type PasskeySubject = { type: SubjectType; id: string };
export type RegistrationSubject = PasskeySubject & { userName: string; displayName: string };

export type PasskeySummary = {
  id: string;
  /** Empty unless the person named it: show a default label in the page's language. */
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  transports: string[];
};

export type RegistrationOutcome =
  | { ok: true; id: string }
  | { ok: false; reason: 'invalid' | 'duplicate' | 'limit' };

export type PasskeysDeps = {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  /** The service name people see in their passkey manager. */
  rpName: string;
};

/** Enough for a phone, a laptop and a few security keys; stops a stolen session from filling the table. */
export const MAX_PASSKEYS = 20;
/** How long the browser may wait for the person (a hint to the browser; the session's challenge expires too). */
export const CEREMONY_TIMEOUT_MS = 5 * 60_000;

const base64url = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[A-Za-z0-9_-]+$/);
const transports = z.array(z.string().max(32)).max(10).optional();

const RegistrationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url.max(16_384),
    transports,
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional().nullable(),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional().default({}),
});

const AuthenticationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional().nullable(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional().nullable(),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional().default({}),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The user handle the authenticator stores with a discoverable credential: stable per person, so one device
 * keeps one passkey per account, and not the row id itself (UUIDv7 carries the account's creation time).
 */
export function userHandle(subject: PasskeySubject): Uint8Array<ArrayBuffer> {
  const digest = createHash('sha256').update(`mikhak:passkey-user:${subject.type}:${subject.id}`).digest();
  return new Uint8Array(digest);
}

export type PasskeysService = ReturnType<typeof createPasskeys>;

export function createPasskeys({ db, clock, config, rpName }: PasskeysDeps) {
  const url = new URL(config.publicUrl);
  const rpID = url.hostname;
  const expectedOrigin = url.origin;
  const ofSubject = (subject: PasskeySubject) =>
    and(eq(passkeys.subjectType, subject.type), eq(passkeys.subjectId, subject.id));
  const who = (subject: PasskeySubject) => `${subject.type}:${subject.id}`;

  return {
    rpID,
    expectedOrigin,

    async registrationOptions(subject: RegistrationSubject): Promise<PublicKeyCredentialCreationOptionsJSON> {
      const existing = await db
        .select({ credentialId: passkeys.credentialId, transports: passkeys.transports })
        .from(passkeys)
        .where(ofSubject(subject));
      return generateRegistrationOptions({
        rpName,
        rpID,
        userName: subject.userName,
        userDisplayName: subject.displayName,
        userID: userHandle(subject),
        timeout: CEREMONY_TIMEOUT_MS,
        attestationType: 'none',
        excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      });
    },

    /** Checks the browser's answer against the challenge this server issued, then keeps the public key. */
    async verifyRegistration(
      subject: PasskeySubject,
      response: unknown,
      expectedChallenge: string,
      ip: string | null,
      options: { name?: string } = {},
    ): Promise<RegistrationOutcome> {
      const parsed = RegistrationResponse.safeParse(response);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      let info: Awaited<ReturnType<typeof verifyRegistrationResponse>>['registrationInfo'];
      try {
        const result = await verifyRegistrationResponse({
          response: parsed.data as RegistrationResponseJSON,
          expectedChallenge,
          expectedOrigin,
          expectedRPID: rpID,
          requireUserVerification: true,
        });
        if (!result.verified) return { ok: false, reason: 'invalid' };
        info = result.registrationInfo;
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      const credential = info.credential;
      // The id the browser reports must be the one inside the signed attestation.
      if (credential.id !== parsed.data.id) return { ok: false, reason: 'invalid' };
      const id = newId();
      return db.transaction(async (tx) => {
        // Serialise additions per person, so the limit holds under concurrent requests.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`passkeys:${who(subject)}`}))`);
        const [held] = await tx.select({ n: count() }).from(passkeys).where(ofSubject(subject));
        if (Number(held?.n ?? 0) >= MAX_PASSKEYS) return { ok: false, reason: 'limit' } as const;
        const inserted = await tx
          .insert(passkeys)
          .values({
            id,
            subjectType: subject.type,
            subjectId: subject.id,
            credentialId: credential.id,
            publicKey: Buffer.from(credential.publicKey),
            counter: credential.counter,
            transports: (parsed.data.response.transports ?? credential.transports ?? []).slice(0, 10),
            name: (options.name ?? '').trim().slice(0, 120),
            createdAt: clock.now(),
          })
          .onConflictDoNothing({ target: passkeys.credentialId })
          .returning({ id: passkeys.id });
        if (inserted.length === 0) return { ok: false, reason: 'duplicate' } as const;
        await record(tx, clock, {
          actor: who(subject),
          action: 'passkey.added',
          subject: who(subject),
          ip,
          details: { passkey: id, userVerified: info.userVerified, backedUp: info.credentialBackedUp },
        });
        return { ok: true, id } as const;
      });
    },

    /** Discoverable sign-in: no list of credentials, so the page reveals nothing about who has a passkey. */
    async authenticationOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
      return generateAuthenticationOptions({
        rpID,
        timeout: CEREMONY_TIMEOUT_MS,
        userVerification: 'preferred',
      });
    },

    /**
     * Who signed in, or undefined for anything that does not hold (unknown key, bad signature, replay), or for a
     * subject `accept` turns away (a locked account): refused before anything is written.
     */
    async verifyAuthentication(
      response: unknown,
      expectedChallenge: string,
      ip: string | null,
      accept: (subject: PasskeySubject) => Promise<boolean> = async () => true,
    ): Promise<{ subjectType: SubjectType; subjectId: string } | undefined> {
      const parsed = AuthenticationResponse.safeParse(response);
      if (!parsed.success || parsed.data.id !== parsed.data.rawId) return undefined;
      const [row] = await db
        .select()
        .from(passkeys)
        .where(eq(passkeys.credentialId, parsed.data.id))
        .limit(1);
      if (!row) return undefined;
      const subject: PasskeySubject = { type: row.subjectType, id: row.subjectId };
      // A discoverable credential names its account; it must be the one this key was registered to.
      const handle = parsed.data.response.userHandle;
      if (handle && handle !== Buffer.from(userHandle(subject)).toString('base64url')) return undefined;
      let newCounter: number;
      try {
        const result = await verifyAuthenticationResponse({
          response: parsed.data as AuthenticationResponseJSON,
          expectedChallenge,
          expectedOrigin,
          expectedRPID: rpID,
          credential: {
            id: row.credentialId,
            publicKey: new Uint8Array(row.publicKey),
            counter: row.counter,
            transports: row.transports,
          },
          requireUserVerification: true,
        });
        if (!result.verified) return undefined;
        newCounter = result.authenticationInfo.newCounter;
      } catch {
        return undefined;
      }
      if (!(await accept(subject))) return undefined;
      return db.transaction(async (tx) => {
        // The counter only moves forward (or stays at 0 for passkeys that do not count): a cloned key, or the
        // same answer sent twice at once, loses here even after both passed the check above.
        const updated = await tx
          .update(passkeys)
          .set({ counter: newCounter, lastUsedAt: clock.now() })
          .where(
            and(
              eq(passkeys.id, row.id),
              newCounter === 0 ? eq(passkeys.counter, 0) : sql`${passkeys.counter} < ${newCounter}`,
            ),
          )
          .returning({ id: passkeys.id });
        if (updated.length === 0) return undefined;
        await record(tx, clock, {
          actor: who(subject),
          action: 'passkey.sign_in',
          subject: who(subject),
          ip,
          details: { passkey: row.id },
        });
        return { subjectType: subject.type, subjectId: subject.id };
      });
    },

    async list(subject: PasskeySubject): Promise<PasskeySummary[]> {
      return db
        .select({
          id: passkeys.id,
          name: passkeys.name,
          createdAt: passkeys.createdAt,
          lastUsedAt: passkeys.lastUsedAt,
          transports: passkeys.transports,
        })
        .from(passkeys)
        .where(ofSubject(subject))
        .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
    },

    /** Removes one of the subject's own passkeys; anyone else's id (or nonsense) changes nothing. */
    async remove(subject: PasskeySubject, id: string, ip: string | null): Promise<boolean> {
      if (!UUID.test(id)) return false;
      return db.transaction(async (tx) => {
        const gone = await tx
          .delete(passkeys)
          .where(and(eq(passkeys.id, id), ofSubject(subject)))
          .returning({ id: passkeys.id });
        if (gone.length === 0) return false;
        await record(tx, clock, {
          actor: who(subject),
          action: 'passkey.removed',
          subject: who(subject),
          ip,
          details: { passkey: id },
        });
        return true;
      });
    },
  };
}
