import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import {
  Button,
  ErrorSummary,
  Form,
  Layout,
  Radios,
  Select,
  Textarea,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import { RESIDENCE_STATUSES } from '../residence.ts';
import { consulateOptions, countryOptions, fieldError, statusKey, summaryErrors } from './parts.tsx';

const FIELDS = ['country', 'city', 'address', 'postalCode', 'phone', 'status', 'consulateId'];

/** ثبت of the residence details: where the applicant lives, how to reach them, and their consulate. */
export function ResidencePage({
  values,
  errors,
  consulates,
}: {
  values: FormValues;
  errors?: FormErrors;
  consulates: Consulate[];
}) {
  const { t, locale } = useView();
  const list = summaryErrors(t, errors, FIELDS);
  const err = (name: string) => fieldError(t, errors, name);
  const title = t('accounts.residence.title');
  return (
    <Layout title={title} hasErrors={list.length > 0}>
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      <p class="lead">{t('accounts.residence.lead')}</p>
      <Form action="/register/residence">
        <Select
          name="country"
          label={t('accounts.residence.country')}
          options={countryOptions(locale)}
          value={values.country}
          error={err('country')}
          autocomplete="country"
        />
        <TextInput
          name="city"
          label={t('accounts.residence.city')}
          value={values.city}
          error={err('city')}
          autocomplete="address-level2"
          width={20}
        />
        <Textarea
          name="address"
          label={t('accounts.residence.address')}
          hint={t('accounts.residence.address.hint')}
          value={values.address}
          error={err('address')}
          autocomplete="street-address"
          rows={4}
        />
        <TextInput
          name="postalCode"
          label={t('accounts.residence.postalCode')}
          hint={t('accounts.residence.postalCode.hint')}
          value={values.postalCode}
          error={err('postalCode')}
          autocomplete="postal-code"
          ltr
          width={10}
        />
        <TextInput
          name="phone"
          type="tel"
          label={t('accounts.residence.phone')}
          hint={t('accounts.residence.phone.hint')}
          value={values.phone}
          error={err('phone')}
          autocomplete="tel"
          width={20}
        />
        <Radios
          name="status"
          legend={t('accounts.residence.status')}
          value={values.status}
          error={err('status')}
          options={RESIDENCE_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        />
        <Select
          name="consulateId"
          label={t('accounts.residence.consulate')}
          hint={t('accounts.residence.consulate.hint')}
          options={consulateOptions(consulates, locale)}
          value={values.consulateId}
          error={err('consulateId')}
        />
        <Button>{t('accounts.residence.submit')}</Button>
      </Form>
    </Layout>
  );
}
