import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../platform/i18n/index.ts';

export type StaffNavItem =
  | 'queue'
  | 'appointments'
  | 'counter'
  | 'issuing'
  | 'statistics'
  | 'admin'
  | 'audit'
  | 'account';

/** What every page and component may know about the request it is rendered for. */
export type ViewContext = {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t: Translate;
  /** Token for the hidden `_csrf` field of every form. */
  csrfToken: string;
  /** Path and query of the current page (language switch returns here). */
  path: string;
  branding: { serviceName: string; organisation: string; contactEmail: string };
  /** Who is signed in, if anyone. */
  user?: {
    kind: 'applicant' | 'staff';
    displayName?: string;
    /** Back-office sections this staff member may open, in menu order. */
    staffNav?: StaffNavItem[];
  };
  /** Demo deployments show a banner. */
  demo: boolean;
  /** URL of a static asset with a cache-busting version. */
  asset(name: string): string;
};

export const ViewCtx = createContext<ViewContext | null>(null);

export function useView(): ViewContext {
  const ctx = useContext(ViewCtx);
  if (!ctx) throw new Error('useView() outside a page render');
  return ctx;
}
