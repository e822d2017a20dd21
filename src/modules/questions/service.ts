import type { Clock } from '../../platform/clock.ts';
import { encrypt, type Keys } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import type { Locale } from '../../platform/i18n/index.ts';
import { newId, randomCode } from '../../platform/ids.ts';
import type { IdentityClaim } from '../registry/service.ts';
import * as store from './store.ts';

export type { Question } from './store.ts';

/**
 * Questions to a consulate. For now: the identity-correction question registration files when the civil registry
 * disagrees with what the applicant entered. Threads, answers and the officers' inbox come with the question system.
 */
export function createQuestionsService(deps: { db: Db; clock: Clock; keys: Keys }) {
  const key = deps.keys.encryptionKey('questions');
  return {
    async createIdentityCorrection(
      tx: Db,
      input: {
        nationalCodeHash: string;
        nationalCodeEnc: Buffer;
        contactEmailEnc: Buffer;
        consulateId: string | null;
        claim: IdentityClaim;
        message: string;
        locale: Locale;
      },
    ): Promise<store.Question> {
      const id = newId();
      const now = deps.clock.now();
      // The values entered are personal data of the asker: kept encrypted with the message.
      const body = JSON.stringify({ message: input.message, claim: input.claim });
      return store.insertQuestion(tx, {
        id,
        reference: `Q-${randomCode(8)}`,
        nationalCodeHash: input.nationalCodeHash,
        nationalCodeEnc: input.nationalCodeEnc,
        contactEmailEnc: input.contactEmailEnc,
        consulateId: input.consulateId,
        category: 'identity_correction',
        subject: 'identity_correction',
        bodyEnc: encrypt(key, body, id),
        details: {
          fields: ['firstName', 'lastName', 'fatherName', 'birthDate', 'birthCertificateNumber', 'sex'],
        },
        status: 'open',
        locale: input.locale,
        createdAt: now,
        updatedAt: now,
      });
    },
    findByReference: (reference: string) => store.findQuestionByReference(deps.db, reference),
    listForNationalCodeHash: (hash: string) => store.listQuestionsByNationalCodeHash(deps.db, hash),
  };
}
