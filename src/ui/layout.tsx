import type { ComponentChildren } from 'preact';
import { BackLink } from './content.tsx';
import { type StaffNavItem, useView } from './context.ts';

export type LayoutProps = {
  /** The page's own title; the service name is added after it. */
  title: string;
  backLink?: { href: string; label?: string };
  /** `narrow` (default) keeps text to a readable measure; `wide` is for tables and dashboards. */
  width?: 'narrow' | 'wide';
  /** The page shows an error summary: the title starts with "Error:" so screen readers hear it first. */
  hasErrors?: boolean;
  /** Seconds after which the browser loads the page again by itself (a waiting page that works without script). */
  refresh?: number;
  children: ComponentChildren;
};

/** The whole document. No inline script or style anywhere: the CSP allows only files from this origin. */
export function Layout({ title, backLink, width = 'narrow', hasErrors, refresh, children }: LayoutProps) {
  const { locale, dir, t, asset, branding } = useView();
  const fullTitle = t('layout.pageTitle', { title, service: branding.serviceName });
  return (
    <html lang={locale} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {refresh ? <meta http-equiv="refresh" content={String(refresh)} /> : null}
        <title>{hasErrors ? `${t('ui.error.prefix')} ${fullTitle}` : fullTitle}</title>
        <link rel="stylesheet" href={asset('app.css')} />
        <script src={asset('app.js')} defer />
      </head>
      <body class="page">
        <a href="#main-content" class="skip-link">
          {t('layout.skip')}
        </a>
        <Header />
        <div class="width-container">
          <main id="main-content" class={`main main--${width}${backLink ? ' main--with-back' : ''}`}>
            {backLink ? <BackLink href={backLink.href} label={backLink.label} /> : null}
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}

/** Where each back-office section lives; the guard of each checks the person may open it. */
const STAFF_NAV: Record<StaffNavItem, string> = {
  queue: '/staff/queue',
  appointments: '/staff/appointments',
  counter: '/staff/counter',
  issuing: '/staff/issuing',
  statistics: '/staff/statistics',
  admin: '/staff/admin',
  audit: '/staff/audit',
  account: '/staff/account',
};

function Header() {
  const { t, locale, csrfToken, path, branding, user, demo } = useView();
  const other = locale === 'fa' ? 'en' : 'fa';
  const here = path.split('?')[0];
  const current = (href: string) => (here === href ? 'page' : undefined);
  return (
    <header class="header">
      <div class="width-container header__inner">
        <div class="header__brand">
          <a href="/" class="header__service">
            {branding.serviceName}
          </a>
          {demo ? <strong class="tag tag--amber header__tag">{t('layout.demo')}</strong> : null}
        </div>
        <nav class="header__nav" aria-label={t('layout.nav.label')}>
          <ul class="header__list">
            {user?.kind === 'staff' ? (
              (user.staffNav ?? []).map((item) => (
                <li key={item}>
                  <a
                    class="header__link"
                    href={STAFF_NAV[item]}
                    aria-current={here?.startsWith(STAFF_NAV[item]) ? 'page' : undefined}
                  >
                    {t(`layout.staffNav.${item}`)}
                  </a>
                </li>
              ))
            ) : (
              <>
                <li>
                  <a class="header__link" href="/" aria-current={current('/')}>
                    {t('layout.nav.home')}
                  </a>
                </li>
                <li>
                  <a class="header__link" href="/services" aria-current={current('/services')}>
                    {t('layout.nav.services')}
                  </a>
                </li>
                <li>
                  <a class="header__link" href="/help" aria-current={current('/help')}>
                    {t('layout.nav.help')}
                  </a>
                </li>
              </>
            )}
            {user ? (
              <li class="header__account">
                <span class="header__user">
                  {t('layout.signedInAs')}
                  {user.displayName ? (
                    <>
                      {': '}
                      <bdi>{user.displayName}</bdi>
                    </>
                  ) : null}
                </span>
                <form method="post" action="/sign-out" class="header__form">
                  <input type="hidden" name="_csrf" value={csrfToken} />
                  <button type="submit" class="header__link header__button">
                    {t('layout.nav.signOut')}
                  </button>
                </form>
              </li>
            ) : (
              <li>
                <a class="header__link" href="/sign-in" aria-current={current('/sign-in')}>
                  {t('layout.nav.signIn')}
                </a>
              </li>
            )}
            <li>
              <form method="post" action="/language" class="header__form">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <input type="hidden" name="next" value={path} />
                <input type="hidden" name="lang" value={other} />
                <button
                  type="submit"
                  class="header__link header__button header__lang"
                  lang={other}
                  dir={other === 'fa' ? 'rtl' : 'ltr'}
                  aria-label={t('layout.language.switchLabel')}
                >
                  {t('layout.language.switch')}
                </button>
              </form>
            </li>
          </ul>
        </nav>
      </div>
      {demo ? (
        <div class="demo-banner">
          <p class="width-container demo-banner__text">{t('layout.demoNotice')}</p>
        </div>
      ) : null}
    </header>
  );
}

function Footer() {
  const { t, branding } = useView();
  // The address is a link isolated left-to-right inside the sentence, wherever the sentence puts it.
  const marker = '\u0000';
  const [before = '', after = ''] = t('layout.footer.contact', { email: marker }).split(marker);
  return (
    <footer class="footer">
      <div class="width-container">
        <nav aria-label={t('layout.footer.label')}>
          <ul class="footer__links">
            <li>
              <a href="/help">{t('layout.footer.help')}</a>
            </li>
            <li>
              <a href="/accessibility">{t('layout.footer.accessibility')}</a>
            </li>
            <li>
              <a href="/privacy">{t('layout.footer.privacy')}</a>
            </li>
          </ul>
        </nav>
        <p class="footer__text">
          {before}
          <a href={`mailto:${branding.contactEmail}`}>
            <bdi dir="ltr">{branding.contactEmail}</bdi>
          </a>
          {after}
        </p>
        <p class="footer__text footer__meta">
          {branding.organisation}
          <br />
          {t('layout.footer.licence')}
        </p>
      </div>
    </footer>
  );
}
