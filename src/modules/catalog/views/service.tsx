import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Form,
  InsetText,
  Layout,
  Select,
  SummaryList,
  type SummaryRow,
  useView,
} from '../../../ui/index.ts';
import { feeAt, formatMoney } from '../fees.ts';
import type { Consulate } from '../service.ts';
import { GROUP_TEXT } from '../services/groups.ts';
import type { Service } from '../services-registry.ts';

/**
 * A service before it is started: who may apply, everything to have ready, the fee in the currency of the chosen
 * consulate, whether a visit is needed, and what happens after approval.
 */
export function ServicePage({
  service,
  consulate,
  consulates,
  profileDocumentName,
  start,
}: {
  service: Service;
  /** The consulate to show the fee at: the applicant's, or the one chosen on this page. */
  consulate?: Consulate;
  consulates: Consulate[];
  profileDocumentName: (kind: string) => string;
  /** What the reader can do: start (an active account), finish registering first, or sign in. */
  start: 'start' | 'inactive' | 'sign-in';
}) {
  const { t, locale } = useView();
  const name = service.name[locale];
  const euro = formatMoney(String(service.fee.eur), 'EUR', locale);
  const fee = consulate ? feeAt(consulate, service.fee.eur) : undefined;
  const feeRows: SummaryRow[] = [
    {
      key: t('services.fee.title'),
      value:
        service.fee.eur === 0
          ? t('services.fee.free')
          : fee && consulate
            ? t('services.fee.at', {
                consulate: locale === 'fa' ? consulate.nameFa : consulate.nameEn,
                amount: formatMoney(fee.amount, fee.currency, locale),
                euro,
              })
            : t('services.fee.euro', { amount: euro }),
    },
  ];
  const { profile, request } = service.documents;
  return (
    <Layout title={name} backLink={{ href: '/services' }}>
      <span class="caption-m">{GROUP_TEXT[service.group].name[locale]}</span>
      <h1>{name}</h1>
      <p class="lead">{service.summary[locale]}</p>

      <h2>{t('services.who.title')}</h2>
      <ul>
        {service.applicants.map((who) => (
          <li key={who}>{t(`services.who.${who}` as MessageKey)}</li>
        ))}
      </ul>

      <h2>{t('services.need.title')}</h2>
      {service.prepare.length > 0 ? (
        <>
          <p>{t('services.need.prepare')}</p>
          <ul>
            {service.prepare.map((item) => (
              <li key={item.en}>{item[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {profile.length > 0 ? (
        <>
          <p>{t('services.need.profile')}</p>
          <ul>
            {profile.map((kind) => (
              <li key={kind}>{profileDocumentName(kind)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {request.length > 0 ? (
        <>
          <p>{t('services.need.request')}</p>
          <ul>
            {request.map((d) => (
              <li key={d.kind}>
                {d.label[locale]}
                {d.optional ? ` ${t('services.need.optional')}` : null}
                <span class="hint service-document-hint">{d.hint[locale]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('services.fee.title')}</h2>
      <SummaryList rows={feeRows} />
      {service.fee.note ? <p>{service.fee.note[locale]}</p> : null}
      {consulate && consulate.paymentMethods.length > 0 && service.fee.eur > 0 ? (
        <p>
          {t('services.fee.pay', {
            methods: consulate.paymentMethods
              .map((m) => t(`services.payment.${m}` as MessageKey))
              .join(locale === 'fa' ? '، ' : ', '),
          })}{' '}
          {service.visit.required ? t('services.fee.when') : null}
        </p>
      ) : null}
      <form method="get" action={`/services/${service.id}`} class="fee-consulate">
        <Select
          name="consulate"
          label={t('services.fee.choose')}
          value={consulate?.code ?? ''}
          options={consulates.map((c) => ({ value: c.code, label: locale === 'fa' ? c.nameFa : c.nameEn }))}
        />
        <Button variant="secondary">{t('services.fee.show')}</Button>
      </form>

      <h2>{t('services.visit.title')}</h2>
      <p>
        {service.visit.required
          ? t('services.visit.required', { minutes: service.visit.minutes })
          : t('services.visit.none')}
      </p>
      {service.visit.required ? (
        <p>
          <a
            href={`/appointments/availability?service=${service.id}${consulate ? `&consulate=${consulate.code}` : ''}`}
          >
            {t('appointments.public.link.service')}
          </a>
        </p>
      ) : null}

      <h2>{t('services.outcome.title')}</h2>
      <p>{t(`services.outcome.${service.outcome}` as MessageKey)}</p>

      <h2>{t('services.start.title')}</h2>
      {start === 'start' ? (
        <Form action={`/services/${service.id}/start`}>
          <Button start>{t('requests.start.button')}</Button>
        </Form>
      ) : start === 'inactive' ? (
        <InsetText>
          {t('requests.start.inactive')} <a href="/account">{t('requests.start.inactiveLink')}</a>
        </InsetText>
      ) : (
        <>
          <p>{t('services.start.needAccount')}</p>
          <Button href="/sign-in" start>
            {t('requests.start.signIn')}
          </Button>
        </>
      )}
    </Layout>
  );
}
