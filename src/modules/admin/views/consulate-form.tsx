import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkboxes,
  Code,
  ErrorSummary,
  errorList,
  Form,
  Layout,
  NotificationBanner,
  Select,
  SummaryList,
  Textarea,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import { PAYMENT_METHODS } from '../../catalog/demo-consulates.ts';
import type { Consulate } from '../../catalog/service.ts';
import { CONSULATE_COUNTRIES, type ConsulateErrors, type ConsulateValues } from '../consulate-form.ts';
import { ConsulateTabs, consulateName, countryName } from './parts.tsx';

/**
 * A consulate's details: names, place, time zone, contact, currency and rate, payment methods, hours, and whether
 * its staff must use passkeys. The code is chosen once, when the consulate is created.
 */
export function ConsulateFormPage({
  consulate,
  values,
  errors = {},
  saved,
}: {
  /** Undefined when creating. */
  consulate?: Consulate;
  values: ConsulateValues;
  errors?: ConsulateErrors;
  /** Fields changed by the last save (shown once after the redirect). */
  saved?: string[];
}) {
  const { t, locale } = useView();
  const creating = !consulate;
  const title = consulate ? consulateName(consulate, locale) : t('admin.consulate.new.title');
  const messages = Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [k, v ? t(v) : undefined]),
  ) as Record<string, string | undefined>;
  const err = (k: keyof ConsulateErrors) => messages[k];
  const countries = CONSULATE_COUNTRIES.map((code) => ({
    value: code,
    label: countryName(code, locale),
  })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const served = new Set(values.countriesServed);
  const servedNames = countries.filter((c) => served.has(c.value)).map((c) => c.label);
  const hasErrors = Object.keys(errors).length > 0;
  const label = (key: string) => t(`admin.consulate.field.${key}` as MessageKey);
  const hint = (key: string) => t(`admin.consulate.hint.${key}` as MessageKey);
  return (
    <Layout
      title={title}
      hasErrors={hasErrors}
      backLink={{ href: '/staff/admin/consulates', label: t('admin.consulates.title') }}
    >
      <ErrorSummary errors={errorList(messages)} />
      {saved ? (
        <NotificationBanner type="success">
          <p>{saved.length > 0 ? t('admin.consulate.saved') : t('admin.consulate.unchanged')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      {consulate ? <ConsulateTabs consulate={consulate} current="details" /> : null}
      <Form action={consulate ? `/staff/admin/consulates/${consulate.id}` : '/staff/admin/consulates/new'}>
        {creating ? (
          <TextInput
            name="code"
            label={label('code')}
            hint={hint('code')}
            value={values.code}
            error={err('code')}
            ltr
            width={20}
            maxlength={32}
          />
        ) : (
          <SummaryList rows={[{ key: label('code'), value: <Code value={consulate.code} /> }]} />
        )}

        <h2>{t('admin.consulate.section.names')}</h2>
        <TextInput name="nameFa" label={label('nameFa')} value={values.nameFa} error={err('nameFa')} />
        <TextInput name="nameEn" label={label('nameEn')} value={values.nameEn} error={err('nameEn')} ltr />
        <TextInput
          name="cityFa"
          label={label('cityFa')}
          value={values.cityFa}
          error={err('cityFa')}
          width={20}
        />
        <TextInput
          name="cityEn"
          label={label('cityEn')}
          value={values.cityEn}
          error={err('cityEn')}
          width={20}
          ltr
        />
        <Select
          name="country"
          label={label('country')}
          value={values.country}
          error={err('country')}
          options={countries.map((c) => ({ value: c.value, label: `${c.label} (${c.value})` }))}
        />
        <div class="admin-countries">
          <Checkboxes
            name="countriesServed"
            legend={label('countriesServed')}
            hint={
              servedNames.length > 0
                ? t('admin.consulate.hint.countriesServedNow', {
                    countries: servedNames.join(locale === 'fa' ? '، ' : ', '),
                  })
                : hint('countriesServed')
            }
            error={err('countriesServed')}
            values={values.countriesServed}
            // The chosen ones first: the list is long, and they are what an admin checks.
            options={[
              ...countries.filter((c) => served.has(c.value)),
              ...countries.filter((c) => !served.has(c.value)),
            ]}
          />
        </div>
        <TextInput
          name="timeZone"
          label={label('timeZone')}
          hint={hint('timeZone')}
          value={values.timeZone}
          error={err('timeZone')}
          width={20}
          ltr
        />

        <h2>{t('admin.consulate.section.contact')}</h2>
        <Textarea
          name="addressFa"
          label={label('addressFa')}
          value={values.addressFa}
          error={err('addressFa')}
          rows={3}
        />
        <Textarea
          name="addressEn"
          label={label('addressEn')}
          value={values.addressEn}
          error={err('addressEn')}
          rows={3}
          ltr
        />
        <TextInput
          name="phone"
          type="tel"
          label={label('phone')}
          hint={hint('phone')}
          value={values.phone}
          error={err('phone')}
          width={20}
        />
        <TextInput
          name="email"
          type="email"
          label={label('email')}
          value={values.email}
          error={err('email')}
          width={30}
        />
        <Textarea
          name="hoursFa"
          label={label('hoursFa')}
          value={values.hoursFa}
          error={err('hoursFa')}
          rows={2}
        />
        <Textarea
          name="hoursEn"
          label={label('hoursEn')}
          value={values.hoursEn}
          error={err('hoursEn')}
          rows={2}
          ltr
        />

        <h2>{t('admin.consulate.section.fees')}</h2>
        <TextInput
          name="currency"
          label={label('currency')}
          hint={hint('currency')}
          value={values.currency}
          error={err('currency')}
          width={3}
          ltr
          maxlength={3}
        />
        <TextInput
          name="eurRate"
          label={label('eurRate')}
          hint={hint('eurRate')}
          value={values.eurRate}
          error={err('eurRate')}
          width={10}
          ltr
        />
        <TextInput
          name="feeRounding"
          label={label('feeRounding')}
          hint={hint('feeRounding')}
          value={values.feeRounding}
          error={err('feeRounding')}
          width={10}
          ltr
        />
        <Checkboxes
          name="paymentMethods"
          legend={label('paymentMethods')}
          error={err('paymentMethods')}
          values={values.paymentMethods}
          options={PAYMENT_METHODS.map((m) => ({
            value: m,
            label: t(`services.payment.${m}` as MessageKey),
          }))}
        />

        <h2>{t('admin.consulate.section.security')}</h2>
        <Checkboxes
          name="requirePasskey"
          legend={label('requirePasskey')}
          values={values.requirePasskey ? ['yes'] : []}
          options={[
            { value: 'yes', label: t('admin.consulate.requirePasskey.yes'), hint: hint('requirePasskey') },
          ]}
        />

        <Button>{creating ? t('admin.consulate.create') : t('admin.consulate.save')}</Button>
      </Form>
    </Layout>
  );
}
