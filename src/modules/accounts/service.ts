import type { Config } from '../../config.ts';
import { record } from '../../platform/audit.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import type { RateLimiter } from '../../platform/http/rate-limit.ts';
import { isoDate } from '../../platform/i18n/dates.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { newId } from '../../platform/ids.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { createProtector, normalizeEmail } from '../../platform/personal-data.ts';
import type { CatalogService, Consulate } from '../catalog/service.ts';
import { createQuestionsService } from '../questions/service.ts';
import {
  type CivilRegistry,
  checkIdentity,
  type IdentityClaim,
  isMinorOn,
  todayUtc,
} from '../registry/service.ts';
import { accountEmails } from './emails.ts';
import {
  CODE_LENGTH,
  codeHmac,
  codeMatches,
  generateCode,
  lockAfterFailures,
  MAX_ATTEMPTS_PER_CODE,
} from './otp.ts';
import type { Residence } from './schema.ts';
import * as store from './store.ts';

export type AccountsDeps = {
  db: Db;
  clock: Clock;
  keys: Keys;
  config: Config;
  limiter: RateLimiter;
  registry: CivilRegistry;
  catalog: CatalogService;
  /** Every required registration document is in and checked (the documents module answers). */
  documentsComplete: (applicantId: string) => Promise<boolean>;
  wakeMailer: () => void;
};

export type Actor = { ip: string };

export type SendOutcome =
  | { kind: 'sent'; challengeId: string }
  | { kind: 'locked'; until: Date | null }
  | { kind: 'limited'; retryAt: Date };

export type VerifyOutcome =
  | { kind: 'signed_in'; applicantId: string }
  | { kind: 'verified_new'; challengeId: string }
  | { kind: 'reauthenticated'; applicantId: string }
  | { kind: 'email_changed'; applicantId: string }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'exhausted' }
  | { kind: 'expired' }
  | { kind: 'locked'; until: Date | null }
  | { kind: 'invalid' };

export type RegisterOutcome =
  | { kind: 'registered'; applicantId: string }
  | { kind: 'mismatch' }
  | { kind: 'unusable' }
  | { kind: 'minor' }
  | { kind: 'limited'; retryAt: Date }
  | { kind: 'email_taken' }
  | { kind: 'invalid' };

/** An applicant with identifiers decrypted, for their own pages. */
export type ApplicantView = store.Applicant & { nationalCode: string; email: string; phone: string | null };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The front door: one-time codes by email, the civil-registry check, residence and confirmation, and the profile.
 * Every rule of sign-in lives here; routes only parse and render.
 */
export function createAccountsService(deps: AccountsDeps) {
  const { db, clock, keys, config, limiter } = deps;
  const protector = createProtector(keys);
  const otpKey = keys.hmacKey('otp');
  const emails = accountEmails(config);
  const questions = createQuestionsService({ db, clock, keys });
  const ncHash = (nationalCode: string) => protector.lookupHash('national_code', nationalCode);
  const emailHash = (email: string) => protector.lookupHash('email', normalizeEmail(email));

  async function queue(tx: Db, kind: string, to: string, message: ReturnType<typeof emails.code>) {
    await enqueueEmail(tx, { keys, clock }, kind, { to, ...message });
  }

  async function timeZoneOf(applicant: store.Applicant | undefined): Promise<string> {
    if (!applicant?.consulateId) return 'UTC';
    const consulate = await deps.catalog.findConsulate(applicant.consulateId);
    return consulate?.timeZone ?? 'UTC';
  }

  /** Limits sends per national code, per address and per IP; every limit is counted on every attempt. */
  async function sendAllowed(
    keysToCount: string[],
    ip: string,
  ): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
    const o = config.otp;
    const hits = await Promise.all([
      ...keysToCount.map((k) => limiter.hit(k, o.sendsPerIdentity, o.sendWindowMinutes * MINUTE)),
      limiter.hit(`otp:ip:${ip}`, o.sendsPerIp, o.ipWindowMinutes * MINUTE),
    ]);
    const refused = hits.filter((h) => !h.allowed);
    if (refused.length === 0) return { ok: true };
    return { ok: false, retryAt: new Date(Math.max(...refused.map((h) => h.resetAt.getTime()))) };
  }

  async function lockState(hash: string): Promise<{ locked: false } | { locked: true; until: Date | null }> {
    const guard = await store.getGuard(db, hash);
    if (guard?.lockedForReview) return { locked: true, until: null };
    if (guard?.lockedUntil && guard.lockedUntil > clock.now())
      return { locked: true, until: guard.lockedUntil };
    return { locked: false };
  }

  async function createChallenge(
    tx: Db,
    input: {
      purpose: store.Challenge['purpose'];
      nationalCode: string;
      to: string;
      sessionHash: string;
      locale: Locale;
    },
  ): Promise<string> {
    const now = clock.now();
    const hash = ncHash(input.nationalCode);
    await store.voidOpenChallenges(tx, hash, input.purpose, now);
    const id = newId();
    const code = generateCode();
    await store.insertChallenge(tx, {
      id,
      purpose: input.purpose,
      nationalCodeHash: hash,
      nationalCodeEnc: protector.seal('national_code', input.nationalCode),
      emailHash: emailHash(input.to),
      emailEnc: protector.seal('email', normalizeEmail(input.to)),
      codeHmac: codeHmac(otpKey, id, code),
      sessionHash: input.sessionHash,
      locale: input.locale,
      createdAt: now,
      expiresAt: new Date(now.getTime() + config.otp.ttlMinutes * MINUTE),
    });
    await queue(tx, `otp.${input.purpose}`, normalizeEmail(input.to), emails.code(input.locale, code));
    return id;
  }

  return {
    codeLength: CODE_LENGTH,

    /**
     * "Send me a code". The same answer whether or not an account exists: for an existing national code the code
     * goes to the registered address whatever was typed; for a new one, to the typed address.
     */
    async requestSignInCode(input: {
      nationalCode: string;
      email: string;
      sessionHash: string;
      locale: Locale;
      actor: Actor;
    }): Promise<SendOutcome> {
      const hash = ncHash(input.nationalCode);
      const typedHash = emailHash(input.email);
      const existing = await store.findApplicantByNationalCodeHash(db, hash);
      const to = existing ? protector.open('email', existing.emailEnc) : normalizeEmail(input.email);
      const counted = [`otp:nc:${hash}`, `otp:email:${typedHash}`];
      if (existing && existing.emailHash !== typedHash) counted.push(`otp:email:${existing.emailHash}`);
      const allowed = await sendAllowed(counted, input.actor.ip);
      if (!allowed.ok) return { kind: 'limited', retryAt: allowed.retryAt };
      const lock = await lockState(hash);
      if (lock.locked) return { kind: 'locked', until: lock.until };
      const challengeId = await db.transaction(async (tx) => {
        const id = await createChallenge(tx, {
          purpose: 'sign_in',
          nationalCode: input.nationalCode,
          to,
          sessionHash: input.sessionHash,
          locale: existing?.preferredLocale ?? input.locale,
        });
        await record(tx, clock, {
          actor: 'anonymous',
          action: 'signin.code_sent',
          subject: existing ? `applicant:${existing.id}` : `national_code:${hash.slice(0, 16)}`,
          ip: input.actor.ip,
        });
        return id;
      });
      deps.wakeMailer();
      return { kind: 'sent', challengeId };
    },

    /** A new code for the same purpose and address, after the cooldown; the old code stops working. */
    async resendCode(input: {
      challengeId: string;
      sessionHash: string;
      locale: Locale;
      actor: Actor;
    }): Promise<SendOutcome | { kind: 'cooldown'; retryAt: Date } | { kind: 'invalid' }> {
      const old = await store.findChallenge(db, input.challengeId);
      if (!old || old.sessionHash !== input.sessionHash || old.usedAt) return { kind: 'invalid' };
      const retryAt = new Date(old.createdAt.getTime() + config.otp.resendCooldownSeconds * 1000);
      if (retryAt > clock.now()) return { kind: 'cooldown', retryAt };
      const allowed = await sendAllowed(
        [`otp:nc:${old.nationalCodeHash}`, `otp:email:${old.emailHash}`],
        input.actor.ip,
      );
      if (!allowed.ok) return { kind: 'limited', retryAt: allowed.retryAt };
      const lock = await lockState(old.nationalCodeHash);
      if (lock.locked) return { kind: 'locked', until: lock.until };
      const challengeId = await db.transaction(async (tx) => {
        const id = await createChallenge(tx, {
          purpose: old.purpose,
          nationalCode: protector.open('national_code', old.nationalCodeEnc),
          to: protector.open('email', old.emailEnc),
          sessionHash: input.sessionHash,
          locale: old.locale,
        });
        await record(tx, clock, { actor: 'anonymous', action: 'signin.code_resent', ip: input.actor.ip });
        return id;
      });
      deps.wakeMailer();
      return { kind: 'sent', challengeId };
    },

    /** When the person may ask for another code, and what the code was for. */
    async challengeStatus(challengeId: string, sessionHash: string) {
      const c = await store.findChallenge(db, challengeId);
      if (!c || c.sessionHash !== sessionHash) return undefined;
      return {
        purpose: c.purpose,
        resendAt: new Date(c.createdAt.getTime() + config.otp.resendCooldownSeconds * 1000),
        expiresAt: c.expiresAt,
        used: Boolean(c.usedAt),
      };
    },

    /**
     * Checks a typed code. Wrong entries count on the code (5 void it) and on the national code (10 in a row lock
     * sign-in for an hour, 50 until an officer re-verifies); only success resets the count, never a new code.
     */
    async verifyCode(input: {
      challengeId: string;
      sessionHash: string;
      code: string;
      actor: Actor;
    }): Promise<VerifyOutcome> {
      const now = clock.now();
      const c = await store.findChallenge(db, input.challengeId);
      if (!c || c.sessionHash !== input.sessionHash) return { kind: 'invalid' };
      const lock = await lockState(c.nationalCodeHash);
      if (lock.locked) return { kind: 'locked', until: lock.until };
      if (c.usedAt || c.voidedAt)
        return c.attempts >= MAX_ATTEMPTS_PER_CODE ? { kind: 'exhausted' } : { kind: 'invalid' };
      if (c.attempts >= MAX_ATTEMPTS_PER_CODE) return { kind: 'exhausted' };
      if (c.expiresAt <= now) return { kind: 'expired' };
      const existing = await store.findApplicantByNationalCodeHash(db, c.nationalCodeHash);
      // Looked up before any transaction: on the embedded database a query outside the open transaction would wait
      // for it forever.
      const timeZone = await timeZoneOf(existing);
      const subject = existing
        ? `applicant:${existing.id}`
        : `national_code:${c.nationalCodeHash.slice(0, 16)}`;

      if (!codeMatches(otpKey, c.id, input.code, c.codeHmac)) {
        return db.transaction(async (tx): Promise<VerifyOutcome> => {
          const attempts = await store.addChallengeAttempt(tx, c.id);
          const failures = await store.addFailure(tx, c.nationalCodeHash, now);
          if (attempts >= MAX_ATTEMPTS_PER_CODE) await store.voidChallenge(tx, c.id, now);
          const lockNow = lockAfterFailures(failures, now);
          await record(tx, clock, {
            actor: 'anonymous',
            action: 'signin.code_wrong',
            subject,
            ip: input.actor.ip,
            details: { attempts, failures },
          });
          if (lockNow.lockedUntil || lockNow.lockedForReview) {
            await store.lockGuard(tx, c.nationalCodeHash, lockNow, now);
            await record(tx, clock, {
              actor: 'system',
              action: lockNow.lockedForReview ? 'signin.locked_for_review' : 'signin.locked',
              subject,
              ip: input.actor.ip,
              details: { failures, until: lockNow.lockedUntil?.toISOString() ?? null },
            });
            if (existing) {
              await queue(
                tx,
                'account.locked',
                protector.open('email', existing.emailEnc),
                emails.locked(existing.preferredLocale, lockNow.lockedUntil ?? null, timeZone),
              );
            }
            return { kind: 'locked', until: lockNow.lockedUntil ?? null };
          }
          if (attempts >= MAX_ATTEMPTS_PER_CODE) return { kind: 'exhausted' };
          return { kind: 'wrong', attemptsLeft: MAX_ATTEMPTS_PER_CODE - attempts };
        });
      }

      const outcome = await db.transaction(async (tx): Promise<VerifyOutcome> => {
        if (!(await store.consumeChallenge(tx, c.id, now))) return { kind: 'invalid' };
        await store.resetGuard(tx, c.nationalCodeHash, now);
        if (c.purpose === 'change_email') {
          if (!existing) return { kind: 'invalid' };
          const taken = await store.findApplicantByEmailHash(tx, c.emailHash);
          if (taken && taken.id !== existing.id) return { kind: 'invalid' };
          const oldEmail = protector.open('email', existing.emailEnc);
          await store.updateApplicant(tx, existing.id, {
            emailHash: c.emailHash,
            emailEnc: c.emailEnc,
            updatedAt: now,
          });
          await record(tx, clock, {
            actor: `applicant:${existing.id}`,
            action: 'account.email_changed',
            subject: `applicant:${existing.id}`,
            ip: input.actor.ip,
          });
          await queue(
            tx,
            'account.email_changed',
            oldEmail,
            emails.emailChangedOld(existing.preferredLocale, existing.identity.firstName),
          );
          return { kind: 'email_changed', applicantId: existing.id };
        }
        if (c.purpose === 'reauthenticate') {
          if (!existing) return { kind: 'invalid' };
          await record(tx, clock, {
            actor: `applicant:${existing.id}`,
            action: 'signin.reauthenticated',
            subject: `applicant:${existing.id}`,
            ip: input.actor.ip,
          });
          return { kind: 'reauthenticated', applicantId: existing.id };
        }
        if (existing) {
          await record(tx, clock, {
            actor: `applicant:${existing.id}`,
            action: 'signin.success',
            subject: `applicant:${existing.id}`,
            ip: input.actor.ip,
          });
          await queue(
            tx,
            'account.sign_in_notice',
            protector.open('email', existing.emailEnc),
            emails.signInNotice(existing.preferredLocale, now, timeZone),
          );
          return { kind: 'signed_in', applicantId: existing.id };
        }
        await record(tx, clock, {
          actor: 'anonymous',
          action: 'signin.verified_new',
          subject,
          ip: input.actor.ip,
        });
        return { kind: 'verified_new', challengeId: c.id };
      });
      deps.wakeMailer();
      return outcome;
    },

    /**
     * The registration step after a verified code: identity as on Iranian documents, checked against the civil
     * registry. Only a match creates the account and binds the email to the national code.
     */
    async registerIdentity(input: {
      challengeId: string;
      claim: IdentityClaim;
      locale: Locale;
      actor: Actor;
    }): Promise<RegisterOutcome> {
      const c = await store.findChallenge(db, input.challengeId);
      if (!c || c.purpose !== 'sign_in' || !c.usedAt) return { kind: 'invalid' };
      if (await store.findApplicantByNationalCodeHash(db, c.nationalCodeHash)) return { kind: 'invalid' };
      const hits = await Promise.all([
        limiter.hit(`identity:nc:${c.nationalCodeHash}`, config.identityAttempts.perDay, DAY),
        limiter.hit(`identity:ip:${input.actor.ip}`, config.identityAttempts.perIpPerDay, DAY),
      ]);
      const refused = hits.filter((h) => !h.allowed);
      if (refused.length > 0)
        return { kind: 'limited', retryAt: new Date(Math.max(...refused.map((h) => h.resetAt.getTime()))) };
      const nationalCode = protector.open('national_code', c.nationalCodeEnc);
      const result = await checkIdentity(deps.registry, nationalCode, input.claim);
      const subject = `national_code:${c.nationalCodeHash.slice(0, 16)}`;
      if (result.outcome !== 'match') {
        await db.transaction((tx) =>
          record(tx, clock, {
            actor: 'anonymous',
            action:
              result.outcome === 'mismatch'
                ? 'registration.identity_mismatch'
                : 'registration.identity_unusable',
            subject,
            ip: input.actor.ip,
            details:
              result.outcome === 'mismatch' ? { fields: result.mismatched } : { reason: result.reason },
          }),
        );
        return result.outcome === 'mismatch' ? { kind: 'mismatch' } : { kind: 'unusable' };
      }
      const now = clock.now();
      // Children are not accounts: a parent applies for them from the parent's own account.
      if (isMinorOn(result.record.birthDate, todayUtc(now))) return { kind: 'minor' };
      if (await store.findApplicantByEmailHash(db, c.emailHash)) return { kind: 'email_taken' };
      const person = result.record;
      const id = newId();
      try {
        await db.transaction(async (tx) => {
          await store.insertApplicant(tx, {
            id,
            nationalCodeHash: c.nationalCodeHash,
            nationalCodeEnc: c.nationalCodeEnc,
            emailHash: c.emailHash,
            emailEnc: c.emailEnc,
            status: 'pending',
            identity: {
              firstName: person.firstName,
              lastName: person.lastName,
              fatherName: person.fatherName,
              birthDate: isoDate(person.birthDate),
              birthPlace: person.birthPlace,
              sex: person.sex,
              birthCertificateNumber: person.birthCertificateNumber,
              verifiedAt: now.toISOString(),
              source: 'registry',
            },
            preferredLocale: input.locale,
            createdAt: now,
            updatedAt: now,
          });
          await record(tx, clock, {
            actor: `applicant:${id}`,
            action: 'registration.identity_verified',
            subject: `applicant:${id}`,
            ip: input.actor.ip,
          });
        });
      } catch (err) {
        // Two tabs registering the same national code at once: the unique index lets one win.
        if (await store.findApplicantByNationalCodeHash(db, c.nationalCodeHash)) return { kind: 'invalid' };
        throw err;
      }
      return { kind: 'registered', applicantId: id };
    },

    /** "Report a discrepancy": a question to the consulate with the values the person entered. */
    async reportDiscrepancy(input: {
      challengeId: string;
      claim: IdentityClaim;
      message: string;
      consulateId?: string;
      locale: Locale;
      actor: Actor;
    }) {
      const c = await store.findChallenge(db, input.challengeId);
      if (!c || c.purpose !== 'sign_in' || !c.usedAt) return undefined;
      const reference = await db.transaction(async (tx) => {
        const q = await questions.createIdentityCorrection(tx, {
          nationalCodeHash: c.nationalCodeHash,
          nationalCodeEnc: c.nationalCodeEnc,
          contactEmailEnc: c.emailEnc,
          consulateId: input.consulateId ?? null,
          claim: input.claim,
          message: input.message,
          locale: input.locale,
        });
        await record(tx, clock, {
          actor: 'anonymous',
          action: 'registration.discrepancy_reported',
          subject: `question:${q.id}`,
          ip: input.actor.ip,
        });
        return q.reference;
      });
      return { reference };
    },

    async getApplicant(id: string): Promise<ApplicantView | undefined> {
      const a = await store.findApplicant(db, id);
      if (!a) return undefined;
      return {
        ...a,
        nationalCode: protector.open('national_code', a.nationalCodeEnc),
        email: protector.open('email', a.emailEnc),
        phone: a.phoneEnc ? protector.open('phone', a.phoneEnc) : null,
      };
    },

    /** Residence entered or changed: it must be confirmed again before the account is (again) complete. */
    async saveResidence(
      applicantId: string,
      input: { residence: Residence; phone: string; consulateId: string },
      actor: Actor,
    ) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        await store.updateApplicant(tx, applicantId, {
          residence: input.residence,
          phoneEnc: protector.seal('phone', input.phone),
          consulateId: input.consulateId,
          residenceConfirmedAt: null,
          updatedAt: now,
        });
        await record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: 'account.residence_saved',
          subject: `applicant:${applicantId}`,
          ip: actor.ip,
          details: { country: input.residence.country, consulateId: input.consulateId },
        });
      });
    },

    /**
     * تأیید: the applicant confirms their details; a pending account becomes active once its residence is given
     * and every required document is in.
     */
    async confirmDetails(
      applicantId: string,
      actor: Actor,
    ): Promise<'activated' | 'confirmed' | 'incomplete' | 'documents'> {
      const a = await store.findApplicant(db, applicantId);
      if (!a || !a.residence || !a.consulateId || !a.phoneEnc) return 'incomplete';
      if (a.status === 'pending' && !(await deps.documentsComplete(applicantId))) return 'documents';
      const now = clock.now();
      const activating = a.status === 'pending';
      await db.transaction(async (tx) => {
        await store.updateApplicant(tx, applicantId, {
          residenceConfirmedAt: now,
          ...(activating ? { status: 'active' as const, activatedAt: now } : {}),
          updatedAt: now,
        });
        await record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: activating ? 'account.activated' : 'account.details_confirmed',
          subject: `applicant:${applicantId}`,
          ip: actor.ip,
        });
        if (activating) {
          await queue(
            tx,
            'account.activated',
            protector.open('email', a.emailEnc),
            emails.activated(a.preferredLocale, a.identity.firstName),
          );
        }
      });
      deps.wakeMailer();
      return activating ? 'activated' : 'confirmed';
    },

    /** Sends a code to a new address; the change happens when that code is entered. */
    async startEmailChange(input: {
      applicantId: string;
      newEmail: string;
      sessionHash: string;
      locale: Locale;
      actor: Actor;
    }): Promise<SendOutcome | { kind: 'same' } | { kind: 'taken' }> {
      const a = await store.findApplicant(db, input.applicantId);
      if (!a) return { kind: 'taken' };
      const newHash = emailHash(input.newEmail);
      if (newHash === a.emailHash) return { kind: 'same' };
      if (await store.findApplicantByEmailHash(db, newHash)) return { kind: 'taken' };
      const allowed = await sendAllowed(
        [`otp:nc:${a.nationalCodeHash}`, `otp:email:${newHash}`],
        input.actor.ip,
      );
      if (!allowed.ok) return { kind: 'limited', retryAt: allowed.retryAt };
      const challengeId = await db.transaction(async (tx) => {
        const id = await createChallenge(tx, {
          purpose: 'change_email',
          nationalCode: protector.open('national_code', a.nationalCodeEnc),
          to: input.newEmail,
          sessionHash: input.sessionHash,
          locale: input.locale,
        });
        await record(tx, clock, {
          actor: `applicant:${a.id}`,
          action: 'account.email_change_started',
          subject: `applicant:${a.id}`,
          ip: input.actor.ip,
        });
        return id;
      });
      deps.wakeMailer();
      return { kind: 'sent', challengeId };
    },

    /** A code to the registered address, to confirm it is still the holder before a sensitive action. */
    async startReauthentication(input: {
      applicantId: string;
      sessionHash: string;
      locale: Locale;
      actor: Actor;
    }): Promise<SendOutcome> {
      const a = await store.findApplicant(db, input.applicantId);
      if (!a) return { kind: 'locked', until: null };
      const allowed = await sendAllowed(
        [`otp:nc:${a.nationalCodeHash}`, `otp:email:${a.emailHash}`],
        input.actor.ip,
      );
      if (!allowed.ok) return { kind: 'limited', retryAt: allowed.retryAt };
      const challengeId = await db.transaction((tx) =>
        createChallenge(tx, {
          purpose: 'reauthenticate',
          nationalCode: protector.open('national_code', a.nationalCodeEnc),
          to: protector.open('email', a.emailEnc),
          sessionHash: input.sessionHash,
          locale: a.preferredLocale,
        }),
      );
      deps.wakeMailer();
      return { kind: 'sent', challengeId };
    },

    /** Retention: one-time codes are kept 24 hours, then deleted. */
    purgeOldCodes: () => store.purgeChallenges(db, new Date(clock.now().getTime() - DAY)),

    async setPreferredLocale(applicantId: string, locale: Locale) {
      await store.updateApplicant(db, applicantId, { preferredLocale: locale, updatedAt: clock.now() });
    },

    async recordSignOutEverywhere(applicantId: string, actor: Actor, sessionsEnded: number) {
      await db.transaction((tx) =>
        record(tx, clock, {
          actor: `applicant:${applicantId}`,
          action: 'signin.sign_out_everywhere',
          subject: `applicant:${applicantId}`,
          ip: actor.ip,
          details: { sessionsEnded },
        }),
      );
    },

    /** Consulates serving a country first; the first of them is the default choice. */
    async consulatesFor(country: string | undefined): Promise<{ serving: Consulate[]; others: Consulate[] }> {
      const all = await deps.catalog.listConsulates();
      const serving = country ? all.filter((c) => c.countriesServed.includes(country)) : [];
      return { serving, others: all.filter((c) => !serving.includes(c)) };
    },

    async consulate(id: string | null | undefined): Promise<Consulate | undefined> {
      if (!id) return undefined;
      return deps.catalog.findConsulate(id);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
