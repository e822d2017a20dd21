import type { FormErrors, FormValues } from '../../../platform/http/forms.ts';
import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkboxes,
  Code,
  ErrorSummary,
  Form,
  Layout,
  NotificationBanner,
  Panel,
  Select,
  StatusTag,
  SummaryList,
  Table,
  TextInput,
  useView,
  WarningText,
} from '../../../ui/index.ts';
import type { Consulate } from '../../catalog/service.ts';
import type { RoleGrant } from '../roles.ts';
import type { StaffSummary } from '../service.ts';
import type { DelegateRow } from '../store.ts';
import { consulateName, Email, message, RoleList, summaryErrors, Time } from './parts.tsx';

const ADMIN_HOME = '/staff/admin';

function StatusOf({ person }: { person: StaffSummary }) {
  const { t } = useView();
  if (person.status === 'disabled') return <StatusTag tone="grey" text={t('staff.status.disabled')} />;
  if (person.lockedUntil) return <StatusTag tone="red" text={t('staff.status.locked')} />;
  return <StatusTag tone="green" text={t('staff.status.active')} />;
}

const listSeparator = (locale: string) => (locale === 'fa' ? '، ' : ', ');

function FactorsOf({ person }: { person: StaffSummary }) {
  const { t, locale } = useView();
  const parts = [
    ...(person.passkeys > 0 ? [t('staff.factors.passkeys', { count: person.passkeys })] : []),
    ...(person.totp ? [t('staff.factors.totp')] : []),
  ];
  return parts.length > 0 ? (
    parts.join(listSeparator(locale))
  ) : (
    <StatusTag tone="amber" text={t('staff.factors.none')} />
  );
}

export function StaffListPage({ people, consulates }: { people: StaffSummary[]; consulates: Consulate[] }) {
  const { t } = useView();
  const title = t('staff.admin.list.title');
  return (
    <Layout title={title} width="wide" backLink={{ href: ADMIN_HOME, label: t('staff.admin.back') }}>
      <h1>{title}</h1>
      <p>
        <Button href="/staff/admin/staff/new">{t('staff.admin.new.button')}</Button>
      </p>
      <p>
        <a href="/staff/admin/delegates">{t('staff.admin.delegates.link')}</a>
      </p>
      <Table
        caption={title}
        captionSize="hidden"
        rowHeaders
        head={[
          { text: t('staff.admin.col.name') },
          { text: t('staff.admin.col.roles') },
          { text: t('staff.admin.col.status') },
          { text: t('staff.admin.col.factors') },
          { text: t('staff.admin.col.lastSignIn') },
        ]}
        rows={people.map((p) => [
          <span key="name">
            <a href={`/staff/admin/staff/${p.id}`}>
              <bdi>{p.name}</bdi>
            </a>
            <span class="staff-email">
              <Email value={p.email} />
            </span>
          </span>,
          <RoleList roles={p.roles} consulates={consulates} key="roles" />,
          <StatusOf person={p} key="status" />,
          <FactorsOf person={p} key="factors" />,
          p.lastSignInAt ? <Time at={p.lastSignInAt} key="last" /> : t('staff.admin.never'),
        ])}
      />
    </Layout>
  );
}

/** The roles as checkboxes: officer at any number of consulates, supervisor likewise, and admin. */
function RoleFields({
  consulates,
  roles,
  error,
}: {
  consulates: Consulate[];
  roles: RoleGrant[];
  error?: string;
}) {
  const { t, locale } = useView();
  const options = consulates.map((c) => ({ value: c.id, label: consulateName(c, locale) }));
  const at = (role: RoleGrant['role']) =>
    roles.filter((r) => r.role === role).map((r) => r.consulateId ?? '');
  return (
    <>
      <Checkboxes
        name="officer"
        legend={t('staff.admin.roles.officer')}
        hint={t('staff.admin.roles.officerHint')}
        options={options}
        values={at('officer')}
        error={error}
      />
      <Checkboxes
        name="supervisor"
        legend={t('staff.admin.roles.supervisor')}
        hint={t('staff.admin.roles.supervisorHint')}
        options={options}
        values={at('supervisor')}
      />
      <Checkboxes
        name="admin"
        legend={t('staff.admin.roles.admin')}
        options={[
          { value: 'yes', label: t('staff.admin.roles.adminLabel'), hint: t('staff.admin.roles.adminHint') },
        ]}
        values={roles.some((r) => r.role === 'admin') ? ['yes'] : []}
      />
    </>
  );
}

export function NewStaffPage({
  consulates,
  values,
  roles,
  errors,
}: {
  consulates: Consulate[];
  values: FormValues;
  roles: RoleGrant[];
  errors?: FormErrors;
}) {
  const { t } = useView();
  const list = summaryErrors(t, errors, ['name', 'email', 'officer']);
  const err = (name: string) => list.find((e) => e.field === name)?.message;
  const title = t('staff.admin.new.title');
  return (
    <Layout title={title} hasErrors={list.length > 0} backLink={{ href: '/staff/admin/staff' }}>
      <ErrorSummary errors={list} />
      <h1>{title}</h1>
      <p class="lead">{t('staff.admin.new.lead')}</p>
      <Form action="/staff/admin/staff">
        <TextInput
          name="name"
          label={t('staff.admin.field.name')}
          hint={t('staff.admin.field.nameHint')}
          value={values.name}
          error={err('name')}
          autocomplete="off"
        />
        <TextInput
          name="email"
          type="email"
          label={t('staff.admin.field.email')}
          value={values.email}
          error={err('email')}
          autocomplete="off"
          spellcheck={false}
        />
        <RoleFields consulates={consulates} roles={roles} error={err('officer')} />
        <Button>{t('staff.admin.new.submit')}</Button>
      </Form>
    </Layout>
  );
}

export type DetailFlash =
  | 'created'
  | 'rolesSaved'
  | 'disabled'
  | 'enabled'
  | 'unlocked'
  | 'secondFactorReset'
  | 'passwordReset';

/** One account: what it is, and what an admin may do to it. A temporary password is shown here once. */
export function StaffDetailPage({
  person,
  consulates,
  self,
  flash,
  temporaryPassword,
  error,
  roles,
}: {
  person: StaffSummary;
  consulates: Consulate[];
  self: boolean;
  flash?: DetailFlash;
  temporaryPassword?: string;
  error?: MessageKey;
  /** The roles to show in the form (what was sent, after a refusal). */
  roles?: RoleGrant[];
}) {
  const { t } = useView();
  const text = message(t, error);
  const title = person.name;
  return (
    <Layout
      title={title}
      hasErrors={Boolean(text)}
      backLink={{ href: '/staff/admin/staff', label: t('staff.admin.list.back') }}
    >
      <ErrorSummary errors={text ? [{ field: 'officer', message: text }] : []} />
      {temporaryPassword ? (
        <Panel
          title={t(flash === 'created' ? 'staff.admin.temp.createdTitle' : 'staff.admin.temp.resetTitle')}
        >
          <p>{t('staff.admin.temp.body')}</p>
          <p class="panel__code">
            <Code value={temporaryPassword} />
          </p>
        </Panel>
      ) : flash ? (
        <NotificationBanner type="success" title={t(`staff.admin.flash.${flash}`)}>
          <p>
            <bdi>{person.name}</bdi>
          </p>
        </NotificationBanner>
      ) : null}
      {temporaryPassword ? <WarningText>{t('staff.admin.temp.once')}</WarningText> : null}
      <h1>
        <bdi>{title}</bdi>
      </h1>
      <SummaryList
        rows={[
          { key: t('staff.admin.col.email'), value: <Email value={person.email} /> },
          {
            key: t('staff.admin.col.roles'),
            value: <RoleList roles={person.roles} consulates={consulates} />,
          },
          {
            key: t('staff.admin.col.status'),
            value: (
              <>
                <StatusOf person={person} />
                {person.lockedUntil ? (
                  <>
                    {' '}
                    {t('staff.admin.lockedUntil')} <Time at={person.lockedUntil} />
                  </>
                ) : null}
              </>
            ),
          },
          { key: t('staff.admin.col.factors'), value: <FactorsOf person={person} /> },
          {
            key: t('staff.admin.col.lastSignIn'),
            value: person.lastSignInAt ? <Time at={person.lastSignInAt} /> : t('staff.admin.never'),
          },
          { key: t('staff.admin.col.created'), value: <Time at={person.createdAt} /> },
        ]}
      />

      <h2>{t('staff.admin.roles.title')}</h2>
      <Form action={`/staff/admin/staff/${person.id}/roles`}>
        <RoleFields consulates={consulates} roles={roles ?? person.roles} />
        <Button>{t('staff.admin.roles.submit')}</Button>
      </Form>

      <h2>{t('staff.admin.actions.title')}</h2>
      {person.lockedUntil ? (
        <Form action={`/staff/admin/staff/${person.id}/unlock`}>
          <p>{t('staff.admin.unlock.body')}</p>
          <Button variant="secondary">{t('staff.admin.unlock.submit')}</Button>
        </Form>
      ) : null}
      {self ? (
        <p>{t('staff.admin.self')}</p>
      ) : (
        <>
          <Form action={`/staff/admin/staff/${person.id}/reset-password`}>
            <h3>{t('staff.admin.resetPassword.title')}</h3>
            <p>{t('staff.admin.resetPassword.body')}</p>
            <Button variant="secondary">{t('staff.admin.resetPassword.submit')}</Button>
          </Form>
          <Form action={`/staff/admin/staff/${person.id}/reset-second-factor`}>
            <h3>{t('staff.admin.resetFactor.title')}</h3>
            <p>{t('staff.admin.resetFactor.body')}</p>
            <Button variant="secondary">{t('staff.admin.resetFactor.submit')}</Button>
          </Form>
          <Form action={`/staff/admin/staff/${person.id}/status`}>
            <h3>
              {t(person.status === 'active' ? 'staff.admin.disable.title' : 'staff.admin.enable.title')}
            </h3>
            <p>{t(person.status === 'active' ? 'staff.admin.disable.body' : 'staff.admin.enable.body')}</p>
            <input type="hidden" name="status" value={person.status === 'active' ? 'disabled' : 'active'} />
            <Button variant={person.status === 'active' ? 'warning' : 'secondary'}>
              {t(person.status === 'active' ? 'staff.admin.disable.submit' : 'staff.admin.enable.submit')}
            </Button>
          </Form>
        </>
      )}
    </Layout>
  );
}

/** Supervisors of other consulates named as second approvers where a consulate has a single officer. */
export function DelegatesPage({
  delegates,
  consulates,
  supervisors,
  values,
  errors,
  flash,
}: {
  delegates: DelegateRow[];
  consulates: Consulate[];
  supervisors: { id: string; name: string; email: string; consulateIds: string[] }[];
  values: FormValues;
  errors?: FormErrors;
  flash?: 'named' | 'removed';
}) {
  const { t, locale } = useView();
  const list = summaryErrors(t, errors, ['consulateId', 'staffId']);
  const err = (name: string) => list.find((e) => e.field === name)?.message;
  const title = t('staff.delegates.title');
  const nameOf = (id: string) => {
    const c = consulates.find((x) => x.id === id);
    return c ? consulateName(c, locale) : '?';
  };
  return (
    <Layout
      title={title}
      width="wide"
      hasErrors={list.length > 0}
      backLink={{ href: '/staff/admin/staff', label: t('staff.admin.list.back') }}
    >
      <ErrorSummary errors={list} />
      {flash ? (
        <NotificationBanner type="success" title={t(`staff.delegates.flash.${flash}`)}>
          <p>{t('staff.delegates.flash.body')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t('staff.delegates.lead')}</p>
      {delegates.length === 0 ? (
        <p>{t('staff.delegates.none')}</p>
      ) : (
        <Table
          caption={t('staff.delegates.current')}
          head={[
            { text: t('staff.delegates.col.consulate') },
            { text: t('staff.delegates.col.supervisor') },
            { text: t('staff.delegates.col.named') },
            { text: t('staff.delegates.col.action') },
          ]}
          rowHeaders
          rows={delegates.map((d) => [
            nameOf(d.consulateId),
            <bdi key="n">{d.staffName}</bdi>,
            <Time at={d.namedAt} key="at" />,
            <Form action="/staff/admin/delegates/remove" key="remove">
              <input type="hidden" name="consulateId" value={d.consulateId} />
              <input type="hidden" name="staffId" value={d.staffId} />
              <Button variant="secondary">
                {t('staff.delegates.remove')}
                <span class="visually-hidden">
                  {' '}
                  {d.staffName} — {nameOf(d.consulateId)}
                </span>
              </Button>
            </Form>,
          ])}
        />
      )}
      <h2>{t('staff.delegates.add.title')}</h2>
      {supervisors.length === 0 ? (
        <p>{t('staff.delegates.add.noSupervisors')}</p>
      ) : (
        <Form action="/staff/admin/delegates">
          <Select
            name="consulateId"
            label={t('staff.delegates.add.consulate')}
            options={consulates.map((c) => ({ value: c.id, label: consulateName(c, locale) }))}
            value={values.consulateId}
            error={err('consulateId')}
          />
          <Select
            name="staffId"
            label={t('staff.delegates.add.supervisor')}
            hint={t('staff.delegates.add.supervisorHint')}
            options={supervisors.map((s) => ({
              value: s.id,
              label: `${s.name} (${s.consulateIds.map(nameOf).join(listSeparator(locale))})`,
            }))}
            value={values.staffId}
            error={err('staffId')}
          />
          <Button>{t('staff.delegates.add.submit')}</Button>
        </Form>
      )}
    </Layout>
  );
}
