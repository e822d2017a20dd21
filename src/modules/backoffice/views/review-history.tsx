import { formatDate } from '../../../platform/i18n/dates.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import { Details, Table, useView } from '../../../ui/index.ts';
import type { RequestDocument } from '../../catalog/definition.ts';
import { answerText } from '../../requests/fields.tsx';
import { ComposedText, StateTag } from '../../requests/views/parts.tsx';
import type {
  AnswerChange,
  DocumentChange,
  NoteView,
  TimelineEntry,
  VersionView,
} from '../review-service.ts';
import { documentLabel, fileHref } from './review-documents.tsx';

function AnswerValue({ change, side }: { change: AnswerChange; side: 'before' | 'after' }) {
  const { t, locale } = useView();
  const value = change[side];
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return <span class="hint">{t('backoffice.versions.empty')}</span>;
  if (change.field === 'composedText')
    return (
      <Details summary={t('backoffice.versions.showText')}>
        <ComposedText text={value} />
      </Details>
    );
  return <>{answerText(change.field, value, locale)}</>;
}

function DocumentLink({ change, side }: { change: DocumentChange; side: 'before' | 'after' }) {
  const { t } = useView();
  const doc = change[side];
  if (!doc) return <span class="hint">{t('backoffice.versions.noDocument')}</span>;
  return (
    <a href={fileHref(doc.id)}>
      {t(side === 'before' ? 'backoffice.versions.old' : 'backoffice.versions.new')}
    </a>
  );
}

/** One resubmission: every answer that changed (old → new) and every document replaced. */
export function VersionChanges({
  version,
  requestDocuments,
  timeZone,
  headingLevel = 3,
}: {
  version: VersionView;
  requestDocuments: RequestDocument[];
  timeZone: string;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = useView();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const label = (c: AnswerChange) =>
    c.field === 'composedText' ? t('backoffice.versions.composedText') : c.field.label[locale];
  const nothing = version.answers.length === 0 && version.documents.length === 0;
  return (
    <section class="review-version" aria-labelledby={`version-${version.n}`}>
      <H class="heading-s" id={`version-${version.n}`}>
        {t('backoffice.versions.heading', {
          n: version.n,
          date: formatDate(version.submittedAt, locale, { timeZone, time: true }),
        })}
      </H>
      {nothing ? <p>{t('backoffice.versions.nothing')}</p> : null}
      {version.answers.length > 0 ? (
        <Table
          caption={t('backoffice.versions.answers', { n: version.n })}
          captionSize="s"
          head={[
            { text: t('backoffice.versions.col.question') },
            { text: t('backoffice.versions.col.before') },
            { text: t('backoffice.versions.col.after') },
          ]}
          rowHeaders
          rows={version.answers.map((c) => [
            <>
              {label(c)}
              {c.page ? <span class="hint review-version__page">{c.page.title[locale]}</span> : null}
            </>,
            <AnswerValue change={c} side="before" key="b" />,
            <AnswerValue change={c} side="after" key="a" />,
          ])}
        />
      ) : null}
      {version.documents.length > 0 ? (
        <Table
          caption={t('backoffice.versions.documents', { n: version.n })}
          captionSize="s"
          head={[
            { text: t('backoffice.versions.col.document') },
            { text: t('backoffice.versions.col.before') },
            { text: t('backoffice.versions.col.after') },
          ]}
          rowHeaders
          rows={version.documents.map((c) => [
            documentLabel(c.kind, requestDocuments, t, locale),
            <DocumentLink change={c} side="before" key="b" />,
            <DocumentLink change={c} side="after" key="a" />,
          ])}
        />
      ) : null}
    </section>
  );
}

/** Who made a change: the applicant, a named officer, or the service itself. */
function Who({ entry }: { entry: TimelineEntry }) {
  const { t } = useView();
  if (entry.who === 'officer')
    return entry.staffName ? <bdi>{entry.staffName}</bdi> : t('backoffice.timeline.by.officer');
  return <>{t(`backoffice.timeline.by.${entry.who}`)}</>;
}

/** The request's story, newest first, with what each person said. */
export function Timeline({ entries, timeZone }: { entries: TimelineEntry[]; timeZone: string }) {
  const { t, locale } = useView();
  return (
    <ol class="timeline">
      {[...entries].reverse().map((e) => (
        <li key={e.id} class="timeline__item">
          <h3 class="timeline__title">
            {t(`backoffice.transition.${e.transition}` as MessageKey)} <StateTag state={e.toState} />
          </h3>
          <p class="timeline__meta">
            <time datetime={e.at.toISOString()}>{formatDate(e.at, locale, { time: true, timeZone })}</time>
            {t('backoffice.separator')}
            <Who entry={e} />
          </p>
          {e.message ? <p class="timeline__message">{e.message}</p> : null}
          {e.deadline ? (
            <p class="hint">
              {t('backoffice.timeline.deadline', { date: formatDate(e.deadline, locale, { timeZone }) })}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Officers' notes, oldest first: for the consulate's staff only. */
export function NotesList({ notes, timeZone }: { notes: NoteView[]; timeZone: string }) {
  const { t, locale } = useView();
  if (notes.length === 0) return <p>{t('backoffice.notes.none')}</p>;
  return (
    <ul class="review-notes">
      {notes.map((n) => (
        <li key={n.id} class="review-notes__item">
          <p class="review-notes__meta hint">
            <bdi>{n.staffName}</bdi>
            {t('backoffice.separator')}
            <time datetime={n.at.toISOString()}>{formatDate(n.at, locale, { time: true, timeZone })}</time>
          </p>
          <p class="review-notes__text">{n.text}</p>
        </li>
      ))}
    </ul>
  );
}
