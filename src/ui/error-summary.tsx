import { useView } from './context.ts';
import { fieldId } from './fields.tsx';

/** A message and the field it is about; `href` when the fix is on another page (a check-answers page). */
export type FieldError = { field: string; message: string; href?: string };

/**
 * The list of what to fix, at the top of the page: focused on load (also by `autofocus` without JavaScript),
 * each message a link to its field. Renders nothing when there are no errors.
 */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const { t } = useView();
  if (errors.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      autofocus
      data-module="error-summary"
    >
      <h2 class="error-summary__title" id="error-summary-title">
        {t('error.summary.title')}
      </h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a href={e.href ?? `#${fieldId(e.field)}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `{field: message}` as the error summary's list, in the order the fields appear on the page. */
export function errorList(errors: Record<string, string | undefined>): FieldError[] {
  return Object.entries(errors).flatMap(([field, message]) => (message ? [{ field, message }] : []));
}
