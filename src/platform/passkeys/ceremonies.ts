import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Db } from '../db.ts';
import type { Session, SessionStore, SubjectType } from '../http/session.ts';
import { keepChallenge, takeChallenge } from './challenges.ts';
import {
  CEREMONY_TIMEOUT_MS,
  type PasskeySubject,
  type PasskeysService,
  type RegistrationSubject,
} from './service.ts';

export type PasskeyCeremonies = ReturnType<typeof passkeyCeremonies>;

/**
 * The server's half of the ceremonies `passkeys.js` runs, for applicants and staff alike: the options go out with
 * their challenge kept in the session, and the answer is checked against that challenge, taken out whatever the
 * answer. The routes around them decide who may ask and what a refusal says.
 */
export function passkeyCeremonies(deps: {
  passkeys: PasskeysService;
  sessions: SessionStore;
  clock: Clock;
  db: Db;
}) {
  const { passkeys, sessions, clock, db } = deps;
  return {
    /** Options for making a passkey for `subject`. */
    async registrationOptions(
      session: Session,
      subject: RegistrationSubject,
    ): Promise<PublicKeyCredentialCreationOptionsJSON> {
      const options = await passkeys.registrationOptions(subject);
      await keepChallenge(sessions, clock, session, {
        value: options.challenge,
        ceremony: 'register',
        subjectId: subject.id,
        ttlMs: CEREMONY_TIMEOUT_MS,
      });
      return options;
    },

    /** True once the browser's new passkey for `subject` is kept; false for a missing challenge or any refusal. */
    async verifyRegistration(request: FastifyRequest, subject: PasskeySubject): Promise<boolean> {
      const challenge = await takeChallenge(db, clock, request.session, {
        ceremony: 'register',
        subjectId: subject.id,
      });
      if (!challenge) return false;
      const outcome = await passkeys.verifyRegistration(subject, request.body, challenge, request.ip);
      return outcome.ok;
    },

    /** Options for using a passkey; `subjectId` when the person is already known (a second factor), else null. */
    async authenticationOptions(
      session: Session,
      subjectId: string | null,
    ): Promise<PublicKeyCredentialRequestOptionsJSON> {
      const options = await passkeys.authenticationOptions();
      await keepChallenge(sessions, clock, session, {
        value: options.challenge,
        ceremony: 'sign-in',
        subjectId,
        ttlMs: CEREMONY_TIMEOUT_MS,
      });
      return options;
    },

    /**
     * The browser's answer to `authenticationOptions`: `challenge` is false when the session held none for this
     * ceremony and person (nothing was checked), else `who` is the subject that signed, if the answer holds.
     */
    async verifyAuthentication(
      request: FastifyRequest,
      subjectId: string | null,
      accept: (subject: PasskeySubject) => Promise<boolean>,
    ): Promise<{ challenge: boolean; who?: { subjectType: SubjectType; subjectId: string } }> {
      const challenge = await takeChallenge(db, clock, request.session, { ceremony: 'sign-in', subjectId });
      if (!challenge) return { challenge: false };
      const who = await passkeys.verifyAuthentication(request.body, challenge, request.ip, accept);
      return { challenge: true, who };
    },
  };
}
