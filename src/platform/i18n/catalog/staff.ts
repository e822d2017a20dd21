import type { Translation } from './define.ts';

/** Staff sign-in, second factors and the staff member's own account. */
export const fa = {
  'staff.signIn.title': 'ورود کارکنان',
};

export const en: Translation<typeof fa> = {
  'staff.signIn.title': 'Staff sign-in',
};
