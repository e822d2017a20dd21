import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import { formatDate } from '../../../platform/i18n/dates.ts';
import {
  Button,
  Details,
  ErrorSummary,
  Form,
  Layout,
  Panel,
  TextInput,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import type { PublicAnswer } from '../service.ts';
import { DocumentBody } from './parts.tsx';

/**
 * The public check: a document's number and verification code (or its QR code, which opens this page with the
 * signed payload) → authentic, revoked, or no document. Nobody signs in; a wrong pair says nothing more than that.
 */
export function VerifyPage({
  answer,
  values = {},
  errors = {},
  limited,
}: {
  answer?: PublicAnswer;
  values?: FormValues;
  errors?: FormErrors;
  /** Too many checks from this connection. */
  limited?: boolean;
}) {
  const { t, locale } = useView();
  const title = t('verification.title');
  const list = (['number', 'code'] as const).flatMap((field) =>
    errors[field] ? [{ field, message: t(errors[field]) }] : [],
  );
  const err = (field: 'number' | 'code') => (errors[field] ? t(errors[field]) : undefined);
  return (
    <Layout
      title={answer ? t(`verification.result.${answer.kind}.title`) : title}
      hasErrors={list.length > 0}
    >
      <ErrorSummary errors={list} />
      {limited ? (
        <div class="verify-result verify-result--limited" role="alert">
          <h1 class="heading-l">{t('verification.limited.title')}</h1>
          <p>{t('verification.limited.body')}</p>
        </div>
      ) : answer ? (
        <Result answer={answer} />
      ) : (
        <>
          <h1>{title}</h1>
          <p class="lead">{t('verification.lead')}</p>
        </>
      )}
      {answer?.kind === 'authentic' ? (
        <DocumentBody
          content={answer.content}
          meta={[
            { label: t('verification.doc.number'), value: answer.number, ltr: true },
            {
              label: t('verification.doc.issued'),
              value: formatDate(answer.issuedAt, locale, { timeZone: answer.timeZone }),
            },
            { label: t('verification.doc.signedBy'), value: answer.approvedBy },
          ]}
        />
      ) : null}
      <h2 class="heading-m">{answer || limited ? t('verification.again') : t('verification.form.title')}</h2>
      <Form action="/verify">
        <TextInput
          name="number"
          label={t('verification.form.number')}
          hint={t('verification.form.numberHint')}
          value={values.number}
          error={err('number')}
          ltr
          width={20}
          autocomplete="off"
          maxlength={60}
        />
        <TextInput
          name="code"
          label={t('verification.form.code')}
          hint={t('verification.form.codeHint')}
          value={values.code}
          error={err('code')}
          ltr
          width={20}
          autocomplete="off"
          maxlength={60}
        />
        <Button>{t('verification.form.submit')}</Button>
      </Form>
      <Details summary={t('verification.offline.summary')}>
        <p>{t('verification.offline.body')}</p>
        <p>
          <a href="/.well-known/mikhak-signing-keys.json">{t('verification.offline.keys')}</a>
        </p>
      </Details>
    </Layout>
  );
}

function Result({ answer }: { answer: PublicAnswer }) {
  const { t, locale } = useView();
  switch (answer.kind) {
    case 'authentic':
      return (
        <Panel title={t('verification.result.authentic.title')}>
          <p>{t('verification.result.authentic.body')}</p>
        </Panel>
      );
    case 'revoked':
      return (
        <div class="verify-result verify-result--revoked" role="alert">
          <h1 class="heading-l">{t('verification.result.revoked.title')}</h1>
          <p>
            {t('verification.result.revoked.body', {
              number: answer.number,
              date: formatDate(answer.revokedAt, locale, { timeZone: answer.timeZone }),
            })}
          </p>
          <p>
            <strong>{t('verification.result.revoked.reason')}</strong> <bdi>{answer.reason}</bdi>
          </p>
        </div>
      );
    case 'not_authentic':
      return (
        <div class="verify-result verify-result--revoked" role="alert">
          <h1 class="heading-l">{t('verification.result.not_authentic.title')}</h1>
          <WarningText>{t('verification.result.not_authentic.body')}</WarningText>
        </div>
      );
    default:
      return (
        <div class="verify-result verify-result--none" role="alert">
          <h1 class="heading-l">{t('verification.result.no_match.title')}</h1>
          <p>{t('verification.result.no_match.body')}</p>
        </div>
      );
  }
}
