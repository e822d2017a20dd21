import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { Button, ErrorSummary, Form, Layout, useView } from '../../../ui/index.ts';
import { IDENTITY_FIELDS, IdentityFields, summaryErrors } from './parts.tsx';

/** ثبت: identity as on the birth certificate, checked with the civil registry. */
export function IdentityPage({ values, errors }: { values: FormValues; errors?: FormErrors }) {
  const { t } = useView();
  const list = summaryErrors(t, errors, IDENTITY_FIELDS);
  const title = t('accounts.identity.title');
  return (
    <Layout title={title} hasErrors={list.length > 0}>
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.identity.lead')}</p>
      <p>{t('accounts.identity.persianScript')}</p>
      {errors?._form === 'accounts.error.emailTaken' ? (
        <p>
          <a href="/sign-in">{t('accounts.startAgain')}</a>
        </p>
      ) : null}
      {errors?._form === 'accounts.error.tooManyIdentityAttempts' ? (
        <p>
          <a href="/help">{t('accounts.help.questions')}</a>
        </p>
      ) : null}
      <Form action="/register/identity">
        <IdentityFields values={values} errors={errors} />
        <Button>{t('accounts.identity.submit')}</Button>
      </Form>
    </Layout>
  );
}
