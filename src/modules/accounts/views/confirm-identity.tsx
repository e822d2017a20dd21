import { Button, ErrorSummary, Form, Layout, useView } from '../../../ui/index.ts';

/** A sensitive action needs a sign-in within the last 15 minutes: a fresh code to the registered address. */
export function ConfirmIdentityPage({ limited }: { limited?: boolean }) {
  const { t } = useView();
  const title = t('accounts.confirmIdentity.title');
  // The limit is on asking for a code, so the summary points at the button that asks for one.
  const errors = limited ? [{ field: 'send', message: t('accounts.error.tooManyCodes') }] : [];
  return (
    <Layout title={title} hasErrors={limited}>
      <ErrorSummary errors={errors} />
      <h1>{title}</h1>
      <p>{t('accounts.confirmIdentity.body')}</p>
      <div id="f-send">
        <Form action="/account/confirm-identity">
          <Button>{t('accounts.confirmIdentity.submit')}</Button>
        </Form>
      </div>
      <p>
        <a href="/account">{t('accounts.confirmIdentity.cancel')}</a>
      </p>
    </Layout>
  );
}
