import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Caption,
  ErrorSummary,
  Form,
  Layout,
  Ltr,
  SummaryList,
  type SummaryRow,
  useView,
} from '../../../ui/index.ts';
import type { Page, RequestDocument } from '../../catalog/definition.ts';
import { formatMoney } from '../../catalog/fees.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { DocumentView } from '../../documents/service.ts';
import { answerText, isShown } from '../fields.tsx';
import { COMPOSED_TEXT, type Problem, type RequestView } from '../service.ts';
import { ComposedText } from './parts.tsx';

const LTR_TYPES = new Set(['nationalCode', 'phone', 'email']);

/** Every answer of a request on one page, each with a Change link; its documents, its fee, then sending it. */
export function CheckAnswersPage({
  request,
  pages,
  needed,
  attached,
  profileDocuments,
  profileDocumentName,
  fee,
  problems,
  submitKey,
  correcting,
}: {
  request: RequestView;
  pages: Page[];
  needed: RequestDocument[];
  attached: Map<string, DocumentView>;
  profileDocuments: Map<string, DocumentView>;
  profileDocumentName: (kind: string) => string;
  fee?: { amount: string; currency: string; eur: string; consulate: Consulate };
  problems: Problem[];
  submitKey: string;
  correcting: boolean;
}) {
  const { t, locale } = useView();
  const title = t('requests.check.title');
  const flagged = (fieldId: string) => !correcting || request.correction?.fields.includes(fieldId);
  const flaggedDoc = (kind: string) => !correcting || request.correction?.documents.includes(kind);
  const labelOfField = (fieldId: string) =>
    pages.flatMap((p) => p.fields).find((f) => f.id === fieldId)?.label[locale] ?? fieldId;
  const labelOfDoc = (kind: string) =>
    needed.find((d) => d.kind === kind)?.label[locale] ?? profileDocumentName(kind);
  const errors = problems.map((p) => {
    if (p.kind === 'answer') {
      return {
        field: p.fieldId,
        message: t('requests.problem.answer', { label: labelOfField(p.fieldId) }),
        href: `/requests/${request.id}/pages/${p.pageId}?return=check`,
      };
    }
    if (p.kind === 'text') {
      return {
        field: 'text',
        message: t('requests.problem.text'),
        href: `/requests/${request.id}/text?return=check`,
      };
    }
    if (p.kind === 'profile-document') {
      return {
        field: p.documentKind,
        message: t('requests.problem.profileDocument', { label: labelOfDoc(p.documentKind) }),
        href: `/account/documents/${p.documentKind.replaceAll('_', '-')}`,
      };
    }
    if (p.kind === 'document-pending') {
      return {
        field: p.documentKind,
        message: t('requests.problem.pending', { label: labelOfDoc(p.documentKind) }),
        href: `/requests/${request.id}/documents`,
      };
    }
    return {
      field: p.documentKind,
      message: t('requests.problem.document', { label: labelOfDoc(p.documentKind) }),
      href: `/requests/${request.id}/documents/${p.documentKind}`,
    };
  });
  const euro = fee ? formatMoney(fee.eur, 'EUR', locale) : '';
  return (
    <Layout title={title} hasErrors={errors.length > 0} backLink={{ href: `/requests/${request.id}` }}>
      <ErrorSummary errors={errors} />
      <Caption>{request.service.name[locale]}</Caption>
      <h1>{title}</h1>

      {pages.map((page) => {
        const rows: SummaryRow[] = page.fields
          .filter((f) => isShown(f.showIf, request.answers))
          .map((f) => {
            const value = request.answers[f.id];
            const text =
              value === undefined || value === ''
                ? t('requests.check.missing')
                : answerText(f, value, locale);
            return {
              key: f.label[locale],
              value: LTR_TYPES.has(f.type) && value ? <Ltr>{text}</Ltr> : text,
              ...(flagged(f.id)
                ? { change: { href: `/requests/${request.id}/pages/${page.id}?return=check` } }
                : {}),
            };
          });
        return rows.length > 0 ? (
          <section key={page.id}>
            <h2 class="heading-m">{page.title[locale]}</h2>
            <SummaryList rows={rows} />
          </section>
        ) : null;
      })}

      {request.service.composedText ? (
        <section>
          <h2 class="heading-m">{t('requests.text.title')}</h2>
          <ComposedText text={request.answers[COMPOSED_TEXT]} />
          {!correcting || request.correction?.fields.includes(COMPOSED_TEXT) ? (
            <p>
              <a href={`/requests/${request.id}/text?return=check`}>
                {t('ui.summary.change')}
                <span class="visually-hidden"> {t('requests.text.title')}</span>
              </a>
            </p>
          ) : null}
        </section>
      ) : null}

      <h2 class="heading-m">{t('requests.check.documents')}</h2>
      <SummaryList
        rows={[
          ...needed.map((d) => {
            const doc = attached.get(d.kind);
            return {
              key: d.label[locale],
              value: !doc
                ? t('requests.check.notUploaded')
                : doc.scanState === 'pending'
                  ? t('requests.check.pending')
                  : t('documents.status.uploaded'),
              ...(flaggedDoc(d.kind)
                ? { change: { href: `/requests/${request.id}/documents/${d.kind}` } }
                : {}),
            };
          }),
          ...request.service.documents.profile.map((kind) => ({
            key: `${profileDocumentName(kind)} (${t('requests.check.profileDocuments')})`,
            value: profileDocuments.get(kind)
              ? t('documents.status.uploaded')
              : t('requests.check.notUploaded'),
          })),
        ]}
      />

      <h2 class="heading-m">{t('requests.check.fee')}</h2>
      <SummaryList
        rows={[
          ...(fee
            ? [
                {
                  key: t('requests.check.consulate'),
                  value: locale === 'fa' ? fee.consulate.nameFa : fee.consulate.nameEn,
                },
                {
                  key: t('requests.check.fee'),
                  value:
                    Number(fee.eur) === 0
                      ? t('services.fee.free')
                      : t('requests.check.feeValue', {
                          amount: formatMoney(fee.amount, fee.currency, locale),
                          euro,
                        }),
                },
              ]
            : []),
        ]}
      />
      {fee && Number(fee.eur) > 0 ? (
        <p>
          {request.service.visit.required
            ? t('requests.check.feeWhen', {
                consulate: locale === 'fa' ? fee.consulate.nameFa : fee.consulate.nameEn,
                methods: fee.consulate.paymentMethods
                  .map((m) => t(`services.payment.${m}` as MessageKey))
                  .join(locale === 'fa' ? '، ' : ', '),
              })
            : t('requests.check.feeNoVisit')}
        </p>
      ) : null}

      <h2 class="heading-m">{t('requests.check.declaration.title')}</h2>
      <p>{t('requests.check.declaration')}</p>
      <Form action={`/requests/${request.id}/${correcting ? 'resubmit' : 'submit'}`}>
        <input type="hidden" name="submitKey" value={submitKey} />
        <Button>{correcting ? t('requests.check.resubmit') : t('requests.check.submit')}</Button>
      </Form>
    </Layout>
  );
}
