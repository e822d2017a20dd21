import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Layout,
  NotificationBanner,
  StatusTag,
  type Task,
  TaskList,
  useView,
} from '../../../ui/index.ts';
import type { AppointmentView } from '../../appointments/service.ts';
import { UpcomingAppointments } from '../../appointments/views/parts.tsx';
import type { Consulate } from '../../catalog/service.ts';
import { PROFILE_KINDS } from '../../documents/kinds.ts';
import type { ProfileDocuments } from '../../documents/service.ts';
import { documentsDone } from '../../documents/views/parts.tsx';
import type { RequestView } from '../../requests/service.ts';
import { RequestList } from '../../requests/views/parts.tsx';
import type { ApplicantView } from '../service.ts';
import { ConsulateSummary, withSlot } from './parts.tsx';

const FLASHES: Record<string, { title: MessageKey; body: MessageKey }> = {
  activated: {
    title: 'accounts.dashboard.flash.activated.title',
    body: 'accounts.dashboard.flash.activated.body',
  },
  confirmed: {
    title: 'accounts.dashboard.flash.confirmed.title',
    body: 'accounts.dashboard.flash.confirmed.body',
  },
};

/** The applicant's home: what is left to do while registering; their consulate and requests once active. */
export function DashboardPage({
  applicant,
  consulate,
  documents,
  requests,
  appointments,
  flash,
}: {
  applicant: ApplicantView;
  consulate?: Consulate;
  documents: ProfileDocuments;
  requests: RequestView[];
  /** Appointments to come and held times to confirm. */
  appointments?: AppointmentView[];
  flash?: string;
}) {
  const { t } = useView();
  const done = documentsDone(documents);
  const pendingScan = [...documents.values()].some((d) => d.scanState === 'pending');
  const active = applicant.status === 'active';
  const unfinished = !active || !applicant.residenceConfirmedAt;
  const banner = flash ? FLASHES[flash] : undefined;
  const title = active
    ? t('accounts.dashboard.greeting', { name: applicant.identity.firstName })
    : t('accounts.dashboard.pendingTitle');
  const tasks: Task[] = [
    {
      label: t('accounts.dashboard.task.identity'),
      hint: t('accounts.dashboard.task.identity.hint'),
      status: 'done',
    },
    {
      label: t('accounts.dashboard.task.residence'),
      href: '/register/residence',
      status: applicant.residence ? 'done' : 'todo',
    },
    {
      label: t('accounts.dashboard.task.documents'),
      href: '/account/documents',
      hint: t('documents.progress', { done, total: PROFILE_KINDS.length }),
      status: done === PROFILE_KINDS.length ? 'done' : pendingScan ? 'in-progress' : 'todo',
      statusLabel: pendingScan && done < PROFILE_KINDS.length ? t('documents.status.pending') : undefined,
    },
    {
      label: t('accounts.dashboard.task.confirm'),
      href: '/register/check',
      status:
        !applicant.residence || (!active && done < PROFILE_KINDS.length)
          ? 'cannot-start'
          : applicant.residenceConfirmedAt
            ? 'done'
            : 'todo',
    },
  ];
  return (
    <Layout title={active ? t('accounts.dashboard.title') : title}>
      {banner ? (
        <NotificationBanner type="success" title={t(banner.title)}>
          <p>{t(banner.body)}</p>
        </NotificationBanner>
      ) : null}
      <h1>
        {active
          ? withSlot(t, 'accounts.dashboard.greeting', 'name', <bdi>{applicant.identity.firstName}</bdi>)
          : title}
      </h1>
      <p>
        {t('accounts.dashboard.status')}{' '}
        {active ? (
          <StatusTag tone="green">{t('accounts.dashboard.status.active')}</StatusTag>
        ) : (
          <StatusTag tone="amber">{t('accounts.dashboard.status.pending')}</StatusTag>
        )}
      </p>

      {unfinished ? (
        <section aria-labelledby="tasks-title">
          <h2 id="tasks-title">{t('accounts.dashboard.tasks.title')}</h2>
          <p>
            {active ? t('accounts.dashboard.tasks.changedNote') : t('accounts.dashboard.tasks.pendingNote')}
          </p>
          <TaskList items={tasks} />
        </section>
      ) : null}

      {active ? (
        <>
          <UpcomingAppointments appointments={appointments ?? []} />
          <section aria-labelledby="requests-title">
            <h2 id="requests-title">{t('accounts.dashboard.requests.title')}</h2>
            <RequestList requests={requests} />
            <Button href="/services">{t('requests.list.new')}</Button>
          </section>
          {consulate ? (
            <section aria-labelledby="consulate-title">
              <h2 id="consulate-title">{t('accounts.dashboard.consulate.title')}</h2>
              <ConsulateSummary consulate={consulate} />
            </section>
          ) : null}
        </>
      ) : null}

      <section aria-labelledby="manage-title">
        <h2 id="manage-title">{t('accounts.dashboard.manage.title')}</h2>
        <ul>
          <li>
            <a href="/account/profile">{t('accounts.dashboard.manage.profile')}</a>
          </li>
          <li>
            <a href="/account/documents">{t('accounts.dashboard.manage.documents')}</a>
          </li>
          <li>
            <a href="/help">{t('accounts.dashboard.manage.help')}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
