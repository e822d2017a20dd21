import type { ServiceInput } from '../definition.ts';
import { ATTESTATION_SERVICES } from './attestation.ts';
import { CERTIFICATE_SERVICES } from './certificates.ts';
import { CIVIL_SERVICES } from './civil.ts';
import { IDENTITY_CARD_SERVICES } from './identity-card.ts';
import { MEDICAL_SERVICES } from './medical.ts';
import { NOTARIAL_SERVICES } from './notarial.ts';
import { PASSPORT_SERVICES } from './passport.ts';
import { STUDENT_SERVICES } from './students.ts';

export { GROUP_TEXT } from './groups.ts';

/** Every service, in display order: grouped in the order of GROUPS, the most asked-for first within a group. */
export const SERVICE_DEFINITIONS: ServiceInput[] = [
  ...PASSPORT_SERVICES,
  ...CIVIL_SERVICES,
  ...NOTARIAL_SERVICES,
  ...STUDENT_SERVICES,
  ...MEDICAL_SERVICES,
  ...CERTIFICATE_SERVICES,
  ...IDENTITY_CARD_SERVICES,
  ...ATTESTATION_SERVICES,
];
