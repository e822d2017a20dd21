import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';
import { describedBy, FieldGroup, type FieldProps, fieldId } from './fields.tsx';

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | 'full';

export type TextInputProps = FieldProps & {
  value?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'search' | 'url';
  /** A number typed as text: numeric keyboard, no spinner, any digits (Persian or Latin) accepted. */
  numeric?: boolean;
  autocomplete?: string;
  /** Left-to-right for codes, emails, phone numbers, passport numbers. */
  ltr?: boolean;
  /** Width in characters; full width by default. */
  width?: InputWidth;
  spellcheck?: boolean;
  maxlength?: number;
};

export function TextInput(props: TextInputProps) {
  const { name, hint, error, value, type = 'text', numeric, autocomplete, ltr, width = 'full' } = props;
  const id = fieldId(name);
  const isCode = type === 'email' || type === 'tel' || type === 'url' || numeric || ltr;
  return (
    <FieldGroup {...props} id={id}>
      <input
        class={`input input--w${width}${error ? ' input--error' : ''}`}
        id={id}
        name={name}
        // The union of input types is wider than Preact's per-type attribute sets; each is valid here.
        type={type as 'text'}
        value={type === 'password' ? undefined : value}
        inputmode={numeric ? 'numeric' : undefined}
        autocomplete={autocomplete}
        spellcheck={props.spellcheck ?? (isCode ? false : undefined)}
        dir={isCode ? 'ltr' : undefined}
        maxlength={props.maxlength}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldGroup>
  );
}

export type TextareaProps = FieldProps & {
  value?: string;
  rows?: number;
  maxlength?: number;
  autocomplete?: string;
  ltr?: boolean;
};

export function Textarea(props: TextareaProps) {
  const { name, hint, error, value, rows = 5, maxlength, autocomplete, ltr } = props;
  const id = fieldId(name);
  return (
    <FieldGroup {...props} id={id}>
      <textarea
        class={`textarea${error ? ' input--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        maxlength={maxlength}
        autocomplete={autocomplete}
        dir={ltr ? 'ltr' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        value={value ?? ''}
      />
    </FieldGroup>
  );
}

export type SelectOption = { value: string; label: ComponentChildren };

export type SelectProps = FieldProps & {
  options: SelectOption[];
  value?: string;
  /** Adds a first empty option ("Choose one"), so nothing is chosen by accident. */
  placeholder?: boolean;
  autocomplete?: string;
};

export function Select(props: SelectProps) {
  const { t } = useView();
  const { name, hint, error, options, value, placeholder = true, autocomplete } = props;
  const id = fieldId(name);
  return (
    <FieldGroup {...props} id={id}>
      <select
        class={`select${error ? ' input--error' : ''}`}
        id={id}
        name={name}
        autocomplete={autocomplete}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      >
        {placeholder ? (
          <option value="" selected={!value}>
            {t('ui.select.choose')}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}

export type FileInputProps = FieldProps & {
  /** e.g. `image/jpeg,image/png,application/pdf` */
  accept?: string;
  multiple?: boolean;
};

/** Browsers never keep a chosen file after a round trip: the hint should say what to choose again. */
export function FileInput(props: FileInputProps) {
  const { name, hint, error, accept, multiple } = props;
  const id = fieldId(name);
  return (
    <FieldGroup {...props} id={id}>
      <input
        class={`file-upload${error ? ' file-upload--error' : ''}`}
        id={id}
        name={name}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
      />
    </FieldGroup>
  );
}
