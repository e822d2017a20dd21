import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { Button, ErrorSummary, Form, Layout, Ltr, TextInput, useView } from '../../../ui/index.ts';
import { fieldError, summaryErrors } from './parts.tsx';

/** The holder changes the address while the old mailbox still works: a code to the new one, a notice to the old. */
export function EmailChangePage({
  values,
  errors,
  current,
}: {
  values: FormValues;
  errors?: FormErrors;
  current: string;
}) {
  const { t } = useView();
  const list = summaryErrors(t, errors, ['email']);
  const title = t('accounts.email.title');
  return (
    <Layout title={title} hasErrors={list.length > 0} backLink={{ href: '/account/profile' }}>
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      <p>
        {t('accounts.email.current')} <Ltr>{current}</Ltr>
      </p>
      <p>{t('accounts.email.how')}</p>
      <p>{t('accounts.email.unchanged')}</p>
      <Form action="/account/email">
        <TextInput
          name="email"
          type="email"
          label={t('accounts.email.label')}
          hint={t('accounts.email.hint')}
          value={values.email}
          error={fieldError(t, errors, 'email')}
          autocomplete="email"
          spellcheck={false}
        />
        <Button>{t('accounts.email.submit')}</Button>
      </Form>
      <p>
        <a href="/account/profile">{t('accounts.email.cancel')}</a>
      </p>
    </Layout>
  );
}
