import { Layout, Ltr, useView } from '../../../ui/index.ts';
import type { Sheet } from '../sheet.ts';

/** The issued document as official paper, for the browser's print command (the PDF shows the same). */
export function PrintPage({ sheet, qr, docId }: { sheet: Sheet; qr: string; docId: string }) {
  const { t } = useView();
  return (
    <Layout title={sheet.title} width="wide" backLink={{ href: `/staff/issued/${docId}` }}>
      <IssuedSheet sheet={sheet} qr={qr} />
      <p class="no-print">
        <a href={`/staff/issued/${docId}/pdf`}>{t('verification.staff.pdf')}</a>
      </p>
    </Layout>
  );
}

/** The sheet itself, as the PDF shows it: the staff's printable page and the applicant's alike. */
export function IssuedSheet({ sheet, qr }: { sheet: Sheet; qr: string }) {
  const { t } = useView();
  return (
    <div class="issued-print">
      <header class="issued-print__head">
        <p class="issued-print__consulate">{sheet.consulateName}</p>
        <p class="issued-print__portal">{sheet.portalName}</p>
      </header>
      <h1 class="issued-print__title">{sheet.title}</h1>
      <div class="issued-print__meta">
        <dl class="issued-print__facts">
          {sheet.meta.map((m) => (
            <div key={m.label}>
              <dt>{m.label}</dt>
              <dd>{m.ltr ? <Ltr>{m.value}</Ltr> : m.value}</dd>
            </div>
          ))}
        </dl>
        <img class="issued-print__qr" src={qr} alt={t('verification.print.qr')} width={180} height={180} />
      </div>
      <h2 class="issued-print__heading">{sheet.partiesTitle}</h2>
      <dl class="issued-print__rows">
        {sheet.parties.map((p, i) => (
          <div key={i}>
            <dt>{p.label}</dt>
            <dd>{p.value}</dd>
          </div>
        ))}
      </dl>
      <h2 class="issued-print__heading">{sheet.textTitle}</h2>
      <div class="issued-print__text">
        {sheet.paragraphs.map((p, i) => (
          <p key={i} dir={p.dir} lang={p.dir === 'rtl' ? 'fa' : 'en'}>
            {p.text}
          </p>
        ))}
      </div>
      {sheet.details.length > 0 ? (
        <>
          <h2 class="issued-print__heading">{sheet.detailsTitle}</h2>
          <dl class="issued-print__rows">
            {sheet.details.map((d, i) => (
              <div key={i}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <div class="issued-print__signature">
        <p>{sheet.signatureLabel}</p>
        <p class="issued-print__signer">{sheet.signatureName}</p>
        <p class="issued-print__note">{sheet.signatureNote}</p>
      </div>
      <p class="issued-print__verify">{sheet.verifyText}</p>
    </div>
  );
}
