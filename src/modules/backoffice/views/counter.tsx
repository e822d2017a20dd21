import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import type { Locale, MessageKey, Translate } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkboxes,
  Code,
  ErrorSummary,
  errorList,
  Form,
  InsetText,
  Layout,
  NotificationBanner,
  Radios,
  StatusTag,
  SummaryList,
  Table,
  TextInput,
  useView,
} from '../../../ui/index.ts';
import { CounterAppointment } from '../../appointments/views/day.tsx';
import { formatMoney } from '../../catalog/fees.ts';
import { stateTone } from '../../requests/states.ts';
import type { CounterVisitView, OriginalItem } from '../counter-service.ts';
import { PAYMENT_KINDS } from '../schema.ts';

/** The counter's script (camera scan, print button): an enhancement, loaded only by the counter's pages. */
function CounterScript() {
  const { asset } = useView();
  return <script src={asset('counter-scan.js')} defer />;
}

/** The counter's front page: the tracking code typed, or read from the receipt's QR code with the camera. */
export function CheckInPage({ code, error }: { code?: string; error?: MessageKey }) {
  const { t } = useView();
  const title = t('counter.title');
  const message = error ? t(error) : undefined;
  return (
    <Layout title={title} hasErrors={Boolean(message)}>
      <ErrorSummary errors={errorList({ code: message })} />
      <h1 class="heading-l">{t('counter.find.heading')}</h1>
      <p>{t('counter.find.intro')}</p>
      <Form action="/staff/counter">
        <TextInput
          name="code"
          label={t('counter.find.code')}
          hint={t('counter.find.codeHint')}
          value={code}
          error={message}
          ltr
          width={20}
          autocomplete="off"
          maxlength={64}
        />
        <div class="counter-scan" data-counter-scan hidden>
          <button type="button" class="button button--secondary" data-counter-scan-start>
            {t('counter.scan.start')}
          </button>
          <video class="counter-scan__video" data-counter-scan-video hidden muted playsinline />
          <p class="hint" data-counter-scan-status aria-live="polite" />
          <span hidden data-counter-scan-reading>
            {t('counter.scan.reading')}
          </span>
          <span hidden data-counter-scan-found>
            {t('counter.scan.found')}
          </span>
          <span hidden data-counter-scan-failed>
            {t('counter.scan.failed')}
          </span>
        </div>
        <Button>{t('counter.find.button')}</Button>
      </Form>
      <CounterScript />
    </Layout>
  );
}

export type VisitFlash = 'checked-in' | 'originals' | 'payment' | 'signature';

const FLASH: Record<VisitFlash, MessageKey> = {
  'checked-in': 'counter.flash.checkedIn',
  originals: 'counter.flash.originals',
  payment: 'counter.flash.payment',
  signature: 'counter.flash.signature',
};

/** A document's original is named after it; the passport, the cards and the service's own items as they are. */
export function originalLabel(item: OriginalItem, locale: Locale, t: Translate): string {
  if ('message' in item) return t(item.message);
  return item.key.startsWith('request:')
    ? t('counter.original.of', { name: item.text[locale] })
    : item.text[locale];
}

/**
 * One applicant at the counter: who they are, the check-in, the originals seen, the fee taken, and for documents
 * signed before the officer, the signature. Each part is its own small form; a part that cannot be done yet says
 * why instead of showing a button.
 */
export function VisitPage({
  view,
  flash,
  paymentId,
  payment,
}: {
  view: CounterVisitView;
  flash?: VisitFlash;
  /** The payment just recorded: the banner links its receipt. */
  paymentId?: string;
  /** The payment form as typed, with its errors. */
  payment?: { values: FormValues; errors: FormErrors };
}) {
  const { t, locale } = useView();
  const { request: r, consulate, visit, fee } = view;
  const name = `${view.applicant.firstName} ${view.applicant.lastName}`.trim();
  const title = t('counter.visit.title', { name });
  const zone = { timeZone: consulate.timeZone, time: true };
  const errors = payment?.errors ?? {};
  const errorText = (k: string) => (errors[k] ? t(errors[k]!) : undefined);
  const open = !view.closed;
  const checkedIn = Boolean(visit);
  const flashText = flash ? FLASH[flash] : undefined;
  return (
    <Layout
      title={title}
      width="wide"
      hasErrors={Object.keys(errors).length > 0}
      backLink={{ href: '/staff/counter' }}
    >
      <ErrorSummary
        errors={errorList({
          amount: errorText('amount'),
          method: errorText('method'),
          receiptNumber: errorText('receiptNumber'),
          again: errorText('again'),
        })}
      />
      {flashText ? (
        <NotificationBanner type="success" title={t(flashText)}>
          {flash === 'payment' && paymentId ? (
            <p>
              <a href={`/staff/counter/${r.id}/payments/${paymentId}`}>{t('counter.payment.printReceipt')}</a>
            </p>
          ) : (
            <p>{t(`${flashText}.body` as MessageKey)}</p>
          )}
        </NotificationBanner>
      ) : null}
      <div class="counter-person">
        {view.applicant.photoId ? (
          <img
            class="counter-person__photo"
            src={`/staff/documents/${view.applicant.photoId}/thumbnail`}
            alt={t('counter.visit.photo', { name })}
            width={120}
            height={160}
          />
        ) : null}
        <div>
          <h1 class="heading-l">
            <span class="caption-l">{t('counter.title')}</span>
            <bdi>{name}</bdi>
          </h1>
          <SummaryList
            rows={[
              { key: t('counter.visit.trackingCode'), value: <Code value={r.trackingCode ?? ''} tracking /> },
              { key: t('counter.visit.service'), value: r.service.name[locale] },
              {
                key: t('counter.visit.consulate'),
                value: locale === 'fa' ? consulate.nameFa : consulate.nameEn,
              },
              {
                key: t('counter.visit.state'),
                value: <StatusTag tone={stateTone(r.state)} text={t(`requests.state.${r.state}`)} />,
              },
              {
                key: t('counter.visit.submitted'),
                value: r.submittedAt ? formatDate(r.submittedAt, locale, zone) : '',
              },
              ...(view.appointment
                ? [
                    {
                      key: t('appointments.staff.counterAppointment'),
                      value: (
                        <CounterAppointment appointment={view.appointment} timeZone={consulate.timeZone} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <p>
            <a href={`/staff/requests/${r.id}`}>{t('counter.visit.review')}</a>
          </p>
        </div>
      </div>

      <section class="counter-section" aria-labelledby="counter-check-in">
        <h2 class="heading-m" id="counter-check-in">
          {t('counter.checkIn.title')}
        </h2>
        {visit ? (
          <p>
            {t('counter.checkIn.done', {
              name: visit.checkedInByName,
              at: formatDate(visit.checkedInAt, locale, zone),
            })}
          </p>
        ) : null}
        {view.closed ? (
          <InsetText>
            <p>{t('counter.closed', { state: t(`requests.state.${r.state}`) })}</p>
          </InsetText>
        ) : visit ? null : (
          <Form action={`/staff/counter/${r.id}/check-in`}>
            <p>{t('counter.checkIn.intro')}</p>
            <Button>{t('counter.checkIn.button')}</Button>
          </Form>
        )}
      </section>

      <section class="counter-section" aria-labelledby="counter-originals">
        <h2 class="heading-m" id="counter-originals">
          {t('counter.originals.title')}
        </h2>
        {checkedIn && open ? (
          <Form action={`/staff/counter/${r.id}/originals`}>
            <Checkboxes
              name="originals"
              legend={t('counter.originals.legend')}
              hint={t('counter.originals.hint')}
              values={visit?.originalsSeen ?? []}
              options={view.checklist.map((item) => ({
                value: item.key,
                label: originalLabel(item, locale, t),
              }))}
            />
            <Button variant="secondary">{t('counter.originals.save')}</Button>
          </Form>
        ) : (
          <>
            {open ? <p class="hint">{t('counter.checkInFirst')}</p> : null}
            <ul>
              {view.checklist.map((item) => (
                <li key={item.key}>
                  {originalLabel(item, locale, t)}
                  {visit?.originalsSeen.includes(item.key) ? ` — ${t('counter.originals.seen')}` : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="counter-section" aria-labelledby="counter-fee">
        <h2 class="heading-m" id="counter-fee">
          {t('counter.fee.title')}
        </h2>
        {fee.free ? (
          <p>{t('counter.fee.free')}</p>
        ) : (
          <SummaryList
            rows={[
              {
                key: t('counter.fee.due'),
                value: t('counter.fee.dueValue', {
                  amount: formatMoney(fee.amount, fee.currency, locale),
                  euro: formatMoney(fee.eur, 'EUR', locale),
                }),
              },
              {
                key: t('counter.fee.status'),
                value: fee.paidAt ? (
                  <StatusTag
                    tone="green"
                    text={t('counter.fee.paid', { at: formatDate(fee.paidAt, locale, zone) })}
                  />
                ) : (
                  <StatusTag tone="amber" text={t('counter.fee.unpaid')} />
                ),
              },
            ]}
          />
        )}
        {view.payments.length > 0 ? (
          <Table
            caption={t('counter.payments.caption')}
            captionSize="s"
            head={[
              { text: t('counter.payments.date') },
              { text: t('counter.payments.amount'), numeric: true },
              { text: t('counter.payments.method') },
              { text: t('counter.payments.receiptNumber') },
              { text: t('counter.payments.officer') },
              { text: t('counter.payments.receipt') },
            ]}
            rows={view.payments.map((p) => [
              formatDate(p.recordedAt, locale, zone),
              formatMoney(p.amount, p.currency, locale),
              t(`counter.method.${p.method}`),
              <Code value={p.receiptNumber} key="n" />,
              <bdi key="o">{p.recordedByName}</bdi>,
              <a href={`/staff/counter/${r.id}/payments/${p.id}`} key="a">
                {t('counter.payments.print')}
              </a>,
            ])}
          />
        ) : null}
        {fee.free || !open ? null : checkedIn ? (
          <PaymentForm view={view} values={payment?.values ?? {}} errorText={errorText} />
        ) : (
          <p class="hint">{t('counter.checkInFirst')}</p>
        )}
      </section>

      {view.witnessed ? (
        <section class="counter-section" aria-labelledby="counter-signature">
          <h2 class="heading-m" id="counter-signature">
            {t('counter.signature.title')}
          </h2>
          {visit?.signatureWitnessedAt ? (
            <p>
              <StatusTag tone="green" text={t('counter.signature.doneTag')} />{' '}
              {t('counter.signature.done', {
                name: visit.signatureWitnessedByName ?? '',
                at: formatDate(visit.signatureWitnessedAt, locale, zone),
              })}
            </p>
          ) : !open ? (
            <p>{t('counter.signature.notDone')}</p>
          ) : checkedIn ? (
            <Form action={`/staff/counter/${r.id}/signature`}>
              <p>{t('counter.signature.intro')}</p>
              <Button variant="secondary">{t('counter.signature.button')}</Button>
            </Form>
          ) : (
            <p class="hint">{t('counter.checkInFirst')}</p>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

function PaymentForm({
  view,
  values,
  errorText,
}: {
  view: CounterVisitView;
  values: FormValues;
  errorText: (field: string) => string | undefined;
}) {
  const { t, locale } = useView();
  const { request: r, consulate, fee } = view;
  const accepted = consulate.paymentMethods.map((m) => t(`services.payment.${m}` as MessageKey));
  return (
    <Form action={`/staff/counter/${r.id}/payments`}>
      <h3 class="heading-s">{fee.paidAt ? t('counter.payment.again.title') : t('counter.payment.title')}</h3>
      <TextInput
        name="amount"
        label={t('counter.payment.amount', { currency: consulate.currency })}
        hint={t('counter.payment.amount.hint', { amount: formatMoney(fee.amount, fee.currency, locale) })}
        value={values.amount ?? (fee.paidAt ? '' : fee.amount)}
        error={errorText('amount')}
        // Not `numeric`: a numeric keypad has no decimal separator.
        ltr
        width={10}
        autocomplete="off"
      />
      <Radios
        name="method"
        legend={t('counter.payment.method')}
        hint={
          accepted.length > 0
            ? t('counter.payment.method.hint', { methods: accepted.join(locale === 'fa' ? '، ' : ', ') })
            : undefined
        }
        value={values.method}
        error={errorText('method')}
        options={PAYMENT_KINDS.map((m) => ({ value: m, label: t(`counter.method.${m}`) }))}
      />
      <TextInput
        name="receiptNumber"
        label={t('counter.payment.receipt')}
        hint={t('counter.payment.receipt.hint')}
        value={values.receiptNumber}
        error={errorText('receiptNumber')}
        ltr
        width={20}
        autocomplete="off"
        maxlength={64}
      />
      {fee.paidAt || errorText('again') ? (
        <Checkboxes
          name="again"
          legend={t('counter.payment.again.legend')}
          hint={
            fee.paidAt
              ? t('counter.fee.paid', {
                  at: formatDate(fee.paidAt, locale, { timeZone: consulate.timeZone, time: true }),
                })
              : undefined
          }
          error={errorText('again')}
          values={values.again ? [values.again] : []}
          options={[{ value: 'yes', label: t('counter.payment.again.confirm') }]}
        />
      ) : null}
      <Button>{t('counter.payment.button')}</Button>
    </Form>
  );
}
