import type { MessageKey } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkboxes,
  DateInput,
  ErrorMessage,
  Form,
  fieldId,
  Select,
  Textarea,
  useView,
} from '../../../ui/index.ts';
import { fieldError } from '../../accounts/views/parts.tsx';
import type { Page, RequestDocument } from '../../catalog/definition.ts';
import { isShown } from '../../requests/fields.tsx';
import { COMPOSED_TEXT, type RequestView } from '../../requests/service.ts';
import type { TransitionName } from '../../requests/states.ts';
import { type ActionState, messageField, pageFieldsName } from '../review-service.ts';

const actionHref = (r: RequestView, name: TransitionName) => `/staff/requests/${r.id}/transitions/${name}`;

/** Every action form carries the version its page was built on: a change since then is a conflict, not an overwrite. */
function Version({ request }: { request: RequestView }) {
  return <input type="hidden" name="version" value={String(request.version)} />;
}

/** Return for correction: what to correct (answers by page, documents), the message, and the deadline. */
function CorrectionForm({
  request,
  pages,
  requestDocuments,
  state,
}: {
  request: RequestView;
  pages: Page[];
  requestDocuments: RequestDocument[];
  state: ActionState;
}) {
  const { t, locale } = useView();
  const err = (name: string) => fieldError(t, state.errors, name);
  const nothing = err('correction');
  return (
    <Form action={actionHref(request, 'return_for_correction')}>
      <Version request={request} />
      <div class={nothing ? 'form-group form-group--error' : 'form-group'}>
        <fieldset
          class="fieldset"
          id={fieldId('correction')}
          aria-describedby={`${fieldId('correction')}-hint`}
        >
          <legend class="fieldset__legend">{t('backoffice.action.correction.what')}</legend>
          <div class="hint" id={`${fieldId('correction')}-hint`}>
            {t('backoffice.action.correction.whatHint')}
          </div>
          {nothing ? <ErrorMessage id={`${fieldId('correction')}-error`}>{nothing}</ErrorMessage> : null}
          {pages.map((page) => {
            const fields = page.fields.filter((f) => isShown(f.showIf, request.answers));
            return fields.length > 0 ? (
              <Checkboxes
                key={page.id}
                name={pageFieldsName(page)}
                legend={page.title[locale]}
                values={state.fields}
                options={fields.map((f) => ({ value: f.id, label: f.label[locale] }))}
              />
            ) : null;
          })}
          {request.service.composedText ? (
            <Checkboxes
              name="fields-text"
              legend={t('backoffice.versions.composedText')}
              values={state.fields}
              options={[{ value: COMPOSED_TEXT, label: t('backoffice.action.correction.text') }]}
            />
          ) : null}
          {requestDocuments.length > 0 ? (
            <Checkboxes
              name="documents"
              legend={t('backoffice.action.correction.documents')}
              values={state.documents}
              options={requestDocuments.map((d) => ({ value: d.kind, label: d.label[locale] }))}
            />
          ) : null}
        </fieldset>
      </div>
      <Textarea
        name="correctionMessage"
        label={t('backoffice.action.correction.message')}
        hint={t('backoffice.action.correction.messageHint')}
        value={state.values.correctionMessage}
        error={err('correctionMessage')}
        rows={4}
      />
      <DateInput
        name="deadline"
        legend={t('backoffice.action.correction.deadline')}
        hint={t('backoffice.action.correction.deadlineHint')}
        value={{
          day: state.values['deadline-day'],
          month: state.values['deadline-month'],
          year: state.values['deadline-year'],
        }}
        error={err('deadline')}
      />
      <Button variant="secondary">{t('backoffice.transition.return_for_correction')}</Button>
    </Form>
  );
}

function RejectForm({ request, state }: { request: RequestView; state: ActionState }) {
  const { t } = useView();
  return (
    <Form action={actionHref(request, 'reject')}>
      <Version request={request} />
      <Textarea
        name="reason"
        label={t('backoffice.action.reject.reason')}
        hint={t('backoffice.action.reject.reasonHint')}
        value={state.values.reason}
        error={fieldError(t, state.errors, 'reason')}
        rows={4}
      />
      <Button variant="warning">{t('backoffice.transition.reject')}</Button>
    </Form>
  );
}

/** A transition that needs no words; a message for the applicant may go with it (not for starting a review). */
function SimpleForm({
  request,
  name,
  state,
}: {
  request: RequestView;
  name: TransitionName;
  state: ActionState;
}) {
  const { t } = useView();
  const field = messageField(name);
  return (
    <Form action={actionHref(request, name)}>
      <Version request={request} />
      {name === 'start_review' ? null : (
        <Textarea
          name={field}
          label={t('backoffice.action.message')}
          hint={t('backoffice.action.messageHint')}
          value={state.values[field]}
          error={fieldError(t, state.errors, field)}
          optional
          rows={2}
        />
      )}
      <Button variant={name === 'start_review' || name === 'approve' ? 'primary' : 'secondary'}>
        {t(`backoffice.transition.${name}` as MessageKey)}
      </Button>
    </Form>
  );
}

/** The named transitions open to an officer from where the request stands, one form each. */
export function ActionForms({
  request,
  transitions,
  pages,
  requestDocuments,
  states,
}: {
  request: RequestView;
  transitions: TransitionName[];
  pages: Page[];
  requestDocuments: RequestDocument[];
  /** Each action's form as it is to be shown (blank, or sent back with errors). */
  states: Map<TransitionName, ActionState>;
}) {
  const { t } = useView();
  if (transitions.length === 0) return <p>{t('backoffice.action.none')}</p>;
  return (
    <>
      {transitions.map((name) => {
        const state = states.get(name) ?? { name, values: {}, fields: [], documents: [], errors: {} };
        return (
          <section key={name} class="review-action" aria-labelledby={`action-${name}`}>
            <h3 class="heading-s" id={`action-${name}`}>
              {t(`backoffice.transition.${name}` as MessageKey)}
            </h3>
            <p class="hint">{t(`backoffice.action.about.${name}` as MessageKey)}</p>
            {name === 'return_for_correction' ? (
              <CorrectionForm
                request={request}
                pages={pages}
                requestDocuments={requestDocuments}
                state={state}
              />
            ) : name === 'reject' ? (
              <RejectForm request={request} state={state} />
            ) : (
              <SimpleForm request={request} name={name} state={state} />
            )}
          </section>
        );
      })}
    </>
  );
}

/** Who has the request: an officer takes it or gives it back; a supervisor gives it to anyone at the consulate. */
export function AssignmentForms({
  request,
  me,
  supervises,
  officers,
  assigneeName,
  error,
}: {
  request: RequestView;
  me: string;
  supervises: boolean;
  officers: { id: string; name: string }[];
  assigneeName?: string;
  error?: string;
}) {
  const { t } = useView();
  const action = `/staff/requests/${request.id}/assign`;
  const mine = request.assignedTo === me;
  return (
    <>
      <p>
        {request.assignedTo ? (
          mine ? (
            t('backoffice.assign.yours')
          ) : (
            <>
              {t('backoffice.assign.to')} <bdi>{assigneeName ?? t('backoffice.assign.someone')}</bdi>
            </>
          )
        ) : (
          t('backoffice.assign.nobody')
        )}
      </p>
      <div class="button-group">
        {!mine && (!request.assignedTo || supervises) ? (
          <Form action={action}>
            <input type="hidden" name="to" value="me" />
            <Button variant="secondary">{t('backoffice.assign.me')}</Button>
          </Form>
        ) : null}
        {request.assignedTo && (mine || supervises) ? (
          <Form action={action}>
            <input type="hidden" name="to" value="nobody" />
            <Button variant="secondary">{t('backoffice.assign.release')}</Button>
          </Form>
        ) : null}
      </div>
      {supervises && officers.length > 0 ? (
        <Form action={action}>
          <Select
            name="to"
            label={t('backoffice.assign.other')}
            value={request.assignedTo ?? undefined}
            error={error}
            options={officers
              .filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i)
              .map((o) => ({ value: o.id, label: o.name }))}
          />
          <Button variant="secondary">{t('backoffice.assign.give')}</Button>
        </Form>
      ) : null}
    </>
  );
}
