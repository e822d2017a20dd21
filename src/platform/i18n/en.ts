import * as accounts from './catalog/accounts.ts';
import * as admin from './catalog/admin.ts';
import * as appointments from './catalog/appointments.ts';
import * as appointmentsAdmin from './catalog/appointments-admin.ts';
import * as appointmentsStaff from './catalog/appointments-staff.ts';
import * as backoffice from './catalog/backoffice.ts';
import * as counter from './catalog/counter.ts';
import type { Translation } from './catalog/define.ts';
import * as documents from './catalog/documents.ts';
import * as errors from './catalog/errors.ts';
import * as layout from './catalog/layout.ts';
import * as mail from './catalog/mail.ts';
import * as pages from './catalog/pages.ts';
import * as passkeys from './catalog/passkeys.ts';
import * as requests from './catalog/requests.ts';
import * as requestsFields from './catalog/requests-fields.ts';
import * as services from './catalog/services.ts';
import * as staff from './catalog/staff.ts';
import * as ui from './catalog/ui.ts';
import * as verification from './catalog/verification.ts';
import type { fa } from './fa.ts';

/** The English catalog: every key of the Persian one, checked by the compiler. */
export const en: Translation<typeof fa> = {
  ...layout.en,
  ...errors.en,
  ...ui.en,
  ...pages.en,
  ...mail.en,
  ...accounts.en,
  ...passkeys.en,
  ...documents.en,
  ...services.en,
  ...requests.en,
  ...requestsFields.en,
  ...staff.en,
  ...backoffice.en,
  ...counter.en,
  ...verification.en,
  ...admin.en,
  ...appointments.en,
  ...appointmentsAdmin.en,
  ...appointmentsStaff.en,
};
