import * as accounts from './catalog/accounts.ts';
import * as documents from './catalog/documents.ts';
import * as errors from './catalog/errors.ts';
import * as layout from './catalog/layout.ts';
import * as mail from './catalog/mail.ts';
import * as pages from './catalog/pages.ts';
import * as passkeys from './catalog/passkeys.ts';
import * as requests from './catalog/requests.ts';
import * as requestsFields from './catalog/requests-fields.ts';
import * as services from './catalog/services.ts';
import * as ui from './catalog/ui.ts';

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
};
