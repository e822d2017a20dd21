import * as accounts from './catalog/accounts.ts';
import * as admin from './catalog/admin.ts';
import * as appointments from './catalog/appointments.ts';
import * as appointmentsAdmin from './catalog/appointments-admin.ts';
import * as appointmentsStaff from './catalog/appointments-staff.ts';
import * as backoffice from './catalog/backoffice.ts';
import * as counter from './catalog/counter.ts';
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

/** The Persian catalog: the first language of the portal, and the source of every key. */
export const fa = {
  ...layout.fa,
  ...errors.fa,
  ...ui.fa,
  ...pages.fa,
  ...mail.fa,
  ...accounts.fa,
  ...passkeys.fa,
  ...documents.fa,
  ...services.fa,
  ...requests.fa,
  ...requestsFields.fa,
  ...staff.fa,
  ...backoffice.fa,
  ...counter.fa,
  ...verification.fa,
  ...admin.fa,
  ...appointments.fa,
  ...appointmentsAdmin.fa,
  ...appointmentsStaff.fa,
};
