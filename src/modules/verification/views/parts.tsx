import type { ComponentChildren } from 'preact';
import { Ltr, StatusTag, SummaryList, type Tone, useView } from '../../../ui/index.ts';
import type { IssuedContent } from '../content.ts';
import type { IssuedState } from '../schema.ts';
import { paragraphsOf, partyLabel, partyText } from '../sheet.ts';

const TONES: Record<IssuedState, Tone> = {
  prepared: 'blue',
  issued: 'green',
  revoked: 'red',
  withdrawn: 'grey',
};

export function IssuedStateTag({ state }: { state: IssuedState }) {
  const { t } = useView();
  return <StatusTag tone={TONES[state]} text={t(`verification.state.${state}`)} />;
}

/** A row of the document's head: a label and its value (codes and numbers kept left to right). */
export type MetaRow = { label: string; value: ComponentChildren; ltr?: boolean };

/**
 * The document as issued, as HTML: title, consulate, its head rows, the parties, the full text (each paragraph in
 * its own direction), the particulars. The staff pages, the printable page and the public check all show this.
 */
export function DocumentBody({
  content,
  meta,
  headingLevel = 2,
}: {
  content: IssuedContent;
  meta: MetaRow[];
  headingLevel?: 1 | 2;
}) {
  const { t, locale } = useView();
  const H = headingLevel === 1 ? 'h1' : 'h2';
  const Sub = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <article class="issued-doc">
      <header class="issued-doc__head">
        <p class="issued-doc__consulate">{content.consulate.name[locale]}</p>
        <H class="issued-doc__title">{content.title[locale]}</H>
      </header>
      <SummaryList
        rows={meta.map((m) => ({ key: m.label, value: m.ltr ? <Ltr>{m.value}</Ltr> : m.value }))}
      />
      <Sub class="heading-s">{t('verification.doc.parties')}</Sub>
      <SummaryList
        rows={content.parties.map((p, i) => ({
          key: partyLabel(p, i, content.parties, locale),
          value: partyText(p, locale),
        }))}
      />
      <Sub class="heading-s">{t('verification.doc.text')}</Sub>
      <div class="issued-doc__text">
        {paragraphsOf(content).map((p, i) => (
          <p key={i} dir={p.dir} lang={p.dir === 'rtl' ? 'fa' : 'en'}>
            {p.text}
          </p>
        ))}
      </div>
      {content.details.length > 0 ? (
        <>
          <Sub class="heading-s">{t('verification.doc.details')}</Sub>
          <SummaryList
            rows={content.details.map((d) => ({ key: d.label[locale], value: d.value[locale] }))}
          />
        </>
      ) : null}
    </article>
  );
}
