import { localDigits } from '../../../platform/i18n/digits.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  Form,
  fieldId,
  Layout,
  NotificationBanner,
  Table,
  useView,
} from '../../../ui/index.ts';
import { formatMoney } from '../../catalog/fees.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { Service } from '../../catalog/services-registry.ts';
import { canonicalDecimal } from '../consulate-form.ts';
import type { OfferingLine, OfferingsErrors, OfferingsForm } from '../service.ts';
import { ConsulateTabs, consulateName, decimalText } from './parts.tsx';

/**
 * Every catalog service at one consulate: offered or not, and a fee in euros that replaces the catalog's tariff
 * there, with what the consulate then charges in its own currency. One form, saved at once.
 */
export function ConsulateServicesPage({
  consulate,
  lines,
  form,
  errors = {},
  saved,
}: {
  consulate: Consulate;
  lines: OfferingLine[];
  /** What was posted, after a refusal. */
  form?: OfferingsForm;
  errors?: OfferingsErrors;
  /** Services changed by the last save. */
  saved?: number;
}) {
  const { t, locale } = useView();
  const name = consulateName(consulate, locale);
  const hasErrors = Object.keys(errors).length > 0;
  const euro = (amount: string | number) => formatMoney(String(amount), 'EUR', locale);
  return (
    <Layout
      title={t('admin.services.title', { consulate: name })}
      width="wide"
      hasErrors={hasErrors}
      backLink={{ href: '/staff/admin/consulates', label: t('admin.consulates.title') }}
    >
      <ErrorSummary
        errors={lines.flatMap((l) =>
          (['fee', 'visit'] as const).flatMap((kind) => {
            const field = `${kind}-${l.service.id}`;
            const e = errors[field];
            return e ? [{ field, message: `${l.service.name[locale]}: ${t(e)}` }] : [];
          }),
        )}
      />
      {saved !== undefined ? (
        <NotificationBanner type="success">
          <p>{saved > 0 ? t('admin.services.saved', { count: saved }) : t('admin.services.unchanged')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{name}</h1>
      <ConsulateTabs consulate={consulate} current="services" />
      <p>
        {t('admin.services.intro', {
          currency: consulate.currency,
          rate: decimalText(consulate.eurRate, locale),
          step: decimalText(consulate.feeRounding, locale),
        })}
      </p>
      <p>{t('admin.services.visitIntro')}</p>
      <Form action={`/staff/admin/consulates/${consulate.id}/services`}>
        <Table
          caption={t('admin.services.caption')}
          captionSize="hidden"
          rowHeaders
          head={[
            { text: t('admin.services.col.service') },
            { text: t('admin.services.col.offered') },
            { text: t('admin.services.col.tariff'), numeric: true },
            { text: t('admin.services.col.override') },
            { text: t('admin.services.col.charged'), numeric: true },
            { text: t('admin.services.col.visit') },
          ]}
          rows={lines.map(({ service, offering, fee }) => {
            const posted = form?.[service.id];
            const offered = posted ? posted.offered : offering.offered;
            const typed = posted
              ? posted.fee
              : offering.feeEurOverride === null
                ? ''
                : canonicalDecimal(offering.feeEurOverride);
            const error = errors[`fee-${service.id}`];
            const feeId = fieldId(`fee-${service.id}`);
            const offeredId = fieldId(`offered-${service.id}`);
            return [
              <span key="name">
                {service.name[locale]}
                {service.fee.byAnswer ? (
                  <span class="hint admin-services__note">{t('admin.services.byAnswer')}</span>
                ) : null}
              </span>,
              <div class="choices choices--checkbox admin-services__offered" key="offered">
                <div class="choice">
                  <input
                    class="choice__input"
                    type="checkbox"
                    id={offeredId}
                    name={`offered-${service.id}`}
                    value="yes"
                    checked={offered}
                  />
                  <label class="choice__label" for={offeredId}>
                    <span class="visually-hidden">
                      {t('admin.services.offeredLabel', { service: service.name[locale] })}
                    </span>
                  </label>
                </div>
              </div>,
              euro(service.fee.eur),
              <div
                class={error ? 'form-group form-group--error admin-services__fee' : 'admin-services__fee'}
                key="fee"
              >
                <label class="visually-hidden" for={feeId}>
                  {t('admin.services.overrideLabel', { service: service.name[locale] })}
                </label>
                {error ? <ErrorMessage id={`${feeId}-error`}>{t(error)}</ErrorMessage> : null}
                <input
                  class={`input input--w5${error ? ' input--error' : ''}`}
                  id={feeId}
                  name={`fee-${service.id}`}
                  type="text"
                  inputmode="decimal"
                  dir="ltr"
                  spellcheck={false}
                  value={typed}
                  aria-describedby={error ? `${feeId}-error` : undefined}
                  aria-invalid={error ? 'true' : undefined}
                />
              </div>,
              offered ? formatMoney(fee.amount, fee.currency, locale) : t('admin.services.notOffered'),
              <VisitCell
                key="visit"
                service={service}
                typed={
                  posted ? posted.visit : offering.visitMinutes === null ? '' : String(offering.visitMinutes)
                }
                error={errors[`visit-${service.id}`]}
              />,
            ];
          })}
        />
        <Button>{t('admin.services.save')}</Button>
      </Form>
    </Layout>
  );
}

/**
 * The length of a visit at this consulate, in minutes: empty keeps the catalog's length (shown as the placeholder
 * and in the hidden label); a service without a visit has no box.
 */
function VisitCell({ service, typed, error }: { service: Service; typed: string; error?: MessageKey }) {
  const { t, locale } = useView();
  if (!service.visit.required) return <span class="hint">{t('admin.services.noVisit')}</span>;
  const id = fieldId(`visit-${service.id}`);
  const hint = t('admin.services.visitHint', { minutes: service.visit.minutes });
  return (
    <div class={error ? 'form-group form-group--error admin-services__fee' : 'admin-services__fee'}>
      <label class="visually-hidden" for={id}>
        {t('admin.services.visitLabel', { service: service.name[locale] })}
      </label>
      {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
      <input
        class={`input input--w3${error ? ' input--error' : ''}`}
        id={id}
        name={`visit-${service.id}`}
        type="text"
        inputmode="numeric"
        dir="ltr"
        spellcheck={false}
        value={typed}
        placeholder={localDigits(String(service.visit.minutes), locale)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
      />
      <span class="hint admin-services__note" id={`${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}
