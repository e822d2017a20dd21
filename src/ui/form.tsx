import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';

export type FormProps = {
  action: string;
  /** POST by default; a GET form (search, filters) carries no CSRF token. */
  method?: 'post' | 'get';
  /** `multipart/form-data` for file uploads. */
  enctype?: 'multipart/form-data' | 'application/x-www-form-urlencoded';
  children: ComponentChildren;
};

/**
 * Browser validation is off (`novalidate`): the server's messages, in the page's language and with an error
 * summary, are the only ones people see.
 */
export function Form({ action, method = 'post', enctype, children }: FormProps) {
  const { csrfToken } = useView();
  return (
    <form action={action} method={method} enctype={enctype} novalidate class="form">
      {method === 'post' ? <input type="hidden" name="_csrf" value={csrfToken} /> : null}
      {children}
    </form>
  );
}

export type ButtonProps = {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning';
  type?: 'submit' | 'button' | 'reset';
  name?: string;
  value?: string;
  /** Renders a link that looks like a button (e.g. "Start now"). */
  href?: string;
  /** A start button: larger, with an arrow pointing the reading direction. */
  start?: boolean;
  /** Submits the form to another URL, e.g. "Save and come back later". */
  formaction?: string;
  disabled?: boolean;
};

export function Button(props: ButtonProps) {
  const {
    children,
    variant = 'primary',
    type = 'submit',
    name,
    value,
    href,
    start,
    formaction,
    disabled,
  } = props;
  const cls = `button button--${variant}${start ? ' button--start' : ''}`;
  const arrow = start ? (
    <svg
      class="button__arrow chevron"
      viewBox="0 0 33 40"
      width="17"
      height="19"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  ) : null;
  if (href) {
    return (
      <a href={href} class={cls} draggable={false}>
        {children}
        {arrow}
      </a>
    );
  }
  return (
    <button
      type={type}
      class={cls}
      name={name}
      value={value}
      formaction={formaction}
      disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined}
    >
      {children}
      {arrow}
    </button>
  );
}

/** Buttons and links side by side under a form. */
export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class="button-group">{children}</div>;
}
