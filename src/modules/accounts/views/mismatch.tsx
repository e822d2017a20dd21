import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { Button, ErrorSummary, Form, Layout, Select, Textarea, useView } from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { consulateOptions, fieldError, IdentityFields, summaryErrors } from './parts.tsx';

/** What the discrepancy report carries: the identity as last submitted. */
const CARRIED = [
  'firstName',
  'lastName',
  'fatherName',
  'birthDate-day',
  'birthDate-month',
  'birthDate-year',
  'sex',
  'birthCertificateNumber',
];

/**
 * The civil registry did not confirm the details. The same page whether a field differs, the national code is
 * unknown or the record cannot be used, and it never says which field or shows a registry value.
 */
export function MismatchPage({
  values,
  consulates,
  errors,
}: {
  values: FormValues;
  consulates: Consulate[];
  errors?: FormErrors;
}) {
  const { t, locale } = useView();
  const list = summaryErrors(t, errors, ['message', 'consulateId']);
  // The report's consulate is checked as an id; whatever the parser said, the person's fix is to choose again.
  const consulateError = errors?.consulateId ? t('accounts.error.consulate.empty') : undefined;
  const shown = list.map((e) =>
    e.field === 'consulateId' && consulateError ? { ...e, message: consulateError } : e,
  );
  const title = t('accounts.mismatch.title');
  return (
    <Layout title={title} hasErrors={shown.length > 0}>
      <ErrorSummary errors={shown} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.mismatch.lead')}</p>
      <p>{t('accounts.mismatch.check.intro')}</p>
      <ul>
        <li>{t('accounts.mismatch.check.names')}</li>
        <li>{t('accounts.mismatch.check.father')}</li>
        <li>{t('accounts.mismatch.check.birthDate')}</li>
        <li>{t('accounts.mismatch.check.certificate')}</li>
        <li>{t('accounts.mismatch.check.letters')}</li>
      </ul>

      <h2>{t('accounts.mismatch.retry.title')}</h2>
      <Form action="/register/identity">
        <IdentityFields values={values} />
        <Button>{t('accounts.identity.submit')}</Button>
      </Form>

      <h2>{t('accounts.mismatch.report.title')}</h2>
      <p>{t('accounts.mismatch.report.body')}</p>
      <p>{t('accounts.mismatch.report.values')}</p>
      <Form action="/register/discrepancy">
        {CARRIED.map((name) => (
          <input key={name} type="hidden" name={name} value={values[name] ?? ''} />
        ))}
        <Textarea
          name="message"
          label={t('accounts.mismatch.report.message')}
          hint={t('accounts.mismatch.report.message.hint')}
          value={values.message}
          error={fieldError(t, errors, 'message')}
          optional
          maxlength={2000}
        />
        <Select
          name="consulateId"
          label={t('accounts.mismatch.report.consulate')}
          hint={t('accounts.mismatch.report.consulate.hint')}
          options={consulateOptions(consulates, locale)}
          value={values.consulateId}
          error={consulateError}
          optional
        />
        <Button variant="secondary">{t('accounts.mismatch.report.submit')}</Button>
      </Form>
    </Layout>
  );
}
