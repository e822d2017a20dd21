import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';

/** Ids come from the field's name, so an error summary can link to a field it has never seen. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, '_')}`;
}

/** The ids a field's `aria-describedby` lists: its hint, then its error. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <div id={id} class="hint">
      {children}
    </div>
  );
}

/** The field's own error, read out with an "Error:" prefix by screen readers. */
export function ErrorMessage({ id, children }: { id: string; children: ComponentChildren }) {
  const { t } = useView();
  return (
    <p id={id} class="error-message">
      <span class="visually-hidden">{t('ui.error.prefix')} </span>
      {children}
    </p>
  );
}

export type FieldProps = {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  /** Adds "(optional)" after the label. */
  optional?: boolean;
  /** The label is the page's `<h1>` (one question per page). */
  pageHeading?: boolean;
};

/** Label, hint and error above a single control; the control comes as the child. */
export function FieldGroup(props: FieldProps & { id: string; children: ComponentChildren }) {
  const { t } = useView();
  const { id, label, hint, error, optional, pageHeading, children } = props;
  const labelEl = (
    <label class={pageHeading ? 'label label--l' : 'label'} for={id}>
      {label}
      {optional ? ` ${t('ui.optional')}` : null}
    </label>
  );
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {pageHeading ? <h1 class="label-wrapper">{labelEl}</h1> : labelEl}
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children}
    </div>
  );
}

export type FieldsetProps = {
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  /** The legend is the page's `<h1>`. */
  pageHeading?: boolean;
};

/** A group of controls answering one question: legend, hint and error describe the whole group. */
export function FieldsetGroup(props: FieldsetProps & { id: string; children: ComponentChildren }) {
  const { id, legend, hint, error, pageHeading, children } = props;
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" id={`${id}-fieldset`} aria-describedby={describedBy(id, hint, error)}>
        <legend class={pageHeading ? 'fieldset__legend fieldset__legend--l' : 'fieldset__legend'}>
          {pageHeading ? <h1 class="fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        {children}
      </fieldset>
    </div>
  );
}
