import type { ComponentChildren } from 'preact';
import { Button, Form, InsetText, Layout, NotificationBanner, SummaryList, useView } from '../../ui/index.ts';
import { formatDate } from '../i18n/dates.ts';
import type { PasskeySummary } from './service.ts';

/**
 * Passkeys need JavaScript (the browser's WebAuthn API), so every control that uses them is rendered `hidden` and
 * shown by `passkeys.js` only where the browser can make or use one; everything else on these pages is plain HTML.
 */

/** Shown only where the script cannot run a ceremony (no JavaScript, or a browser without passkeys). */
export function PasskeyFallback({ children }: { children: ComponentChildren }) {
  return (
    <div data-passkey-fallback>
      <InsetText>{children}</InsetText>
    </div>
  );
}

/**
 * One passkey button: `ceremony` makes a passkey (create) or uses one (get), through the `options` and `verify`
 * JSON endpoints; the script goes where the answer's `next` says, else reloads. `module` names the control for
 * tests and styles. It brings its own script, so placing the component is all a page needs.
 */
export function PasskeyControl(props: {
  module: string;
  ceremony: 'create' | 'get';
  options: string;
  verify: string;
  label: string;
  /** The message when the ceremony fails; `exists` when the passkey is already registered here. */
  error: string;
  exists?: string;
  variant?: 'primary' | 'secondary';
}) {
  const { t, asset } = useView();
  return (
    <>
      <div
        data-module={props.module}
        data-ceremony={props.ceremony}
        data-options={props.options}
        data-verify={props.verify}
        data-error={props.error}
        data-cancelled={t('passkeys.error.cancelled')}
        data-exists={props.exists}
        hidden
      >
        {/* Where a failed ceremony says so; announced when the script fills and shows it. */}
        <div role="alert" data-passkey-error hidden>
          <p class="error-message" />
        </div>
        <Button type="button" variant={props.variant}>
          {props.label}
        </Button>
      </div>
      <script src={asset('passkeys.js')} defer />
    </>
  );
}

/** "Sign in with a passkey", for the sign-in page. Renders nothing visible without JavaScript or passkeys. */
export function PasskeySignIn() {
  const { t } = useView();
  return (
    <PasskeyControl
      module="passkey-sign-in"
      ceremony="get"
      options="/sign-in/passkey/options"
      verify="/sign-in/passkey"
      label={t('passkeys.signIn.button')}
      error={t('passkeys.error.signIn')}
      variant="secondary"
    />
  );
}

/** A page of its own, for anyone whose sign-in page has no passkey button (a bookmark, a link from help). */
export function PasskeySignInPage() {
  const { t } = useView();
  const title = t('passkeys.signIn.title');
  return (
    <Layout title={title} backLink={{ href: '/sign-in' }}>
      <h1>{title}</h1>
      <p class="lead">{t('passkeys.signIn.lead')}</p>
      <PasskeyFallback>
        <p>{t('passkeys.signIn.needsJavaScript')}</p>
      </PasskeyFallback>
      <PasskeySignIn />
      <p>
        <a href="/sign-in">{t('passkeys.signIn.useCode')}</a>
      </p>
    </Layout>
  );
}

export type AddState =
  | { kind: 'ready' }
  | { kind: 'notActive' }
  | { kind: 'confirm' }
  | { kind: 'limit'; count: number };

export function PasskeysPage({
  passkeys,
  add,
  flash,
}: {
  passkeys: PasskeySummary[];
  add: AddState;
  flash?: 'added' | 'removed';
}) {
  const { t, locale } = useView();
  const title = t('passkeys.title');
  return (
    <Layout title={title} backLink={{ href: '/account', label: t('passkeys.backToAccount') }}>
      {flash ? (
        <NotificationBanner type="success" title={t(`passkeys.flash.${flash}.title`)}>
          <p>{t(`passkeys.flash.${flash}.body`)}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t('passkeys.lead')}</p>
      <p>{t('passkeys.privacy')}</p>
      <p>{t('passkeys.codesStillWork')}</p>

      <h2>{t('passkeys.list.title')}</h2>
      {passkeys.length === 0 ? (
        <p>{t('passkeys.list.empty')}</p>
      ) : (
        <p class="hint">{t('passkeys.remove.hint')}</p>
      )}
      {passkeys.map((p) => {
        const name = p.name || t('passkeys.defaultName', { date: formatDate(p.createdAt, locale) });
        return (
          <section key={p.id} aria-labelledby={`passkey-${p.id}`}>
            <h3 id={`passkey-${p.id}`}>{name}</h3>
            <SummaryList
              rows={[
                { key: t('passkeys.list.added'), value: formatDate(p.createdAt, locale, { time: true }) },
                {
                  key: t('passkeys.list.lastUsed'),
                  value: p.lastUsedAt
                    ? formatDate(p.lastUsedAt, locale, { time: true })
                    : t('passkeys.list.never'),
                },
              ]}
            />
            <Form action={`/account/passkeys/${p.id}/remove`}>
              <Button variant="secondary">
                {t('passkeys.remove')}
                <span class="visually-hidden"> {name}</span>
              </Button>
            </Form>
          </section>
        );
      })}

      <h2>{t('passkeys.add.title')}</h2>
      <AddSection add={add} />
    </Layout>
  );
}

function AddSection({ add }: { add: AddState }) {
  const { t } = useView();
  switch (add.kind) {
    case 'notActive':
      return <p>{t('passkeys.add.notActive')}</p>;
    case 'limit':
      return <p>{t('passkeys.add.limit', { count: add.count })}</p>;
    case 'confirm':
      // A stolen session must not be able to plant its own way back in: adding needs a fresh sign-in.
      return (
        <>
          <p>{t('passkeys.add.confirm')}</p>
          <Button href="/account/passkeys/add" variant="secondary">
            {t('passkeys.add.confirmButton')}
          </Button>
        </>
      );
    default:
      return (
        <>
          <p>{t('passkeys.add.body')}</p>
          <PasskeyFallback>
            <p>{t('passkeys.add.needsJavaScript')}</p>
          </PasskeyFallback>
          <PasskeyControl
            module="passkey-register"
            ceremony="create"
            options="/account/passkeys/options"
            verify="/account/passkeys"
            label={t('passkeys.add.button')}
            error={t('passkeys.error.add')}
            exists={t('passkeys.error.exists')}
          />
        </>
      );
  }
}
