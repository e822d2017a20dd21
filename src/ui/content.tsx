import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useView } from './context.ts';

type Size = 'xl' | 'l' | 'm' | 's';

/** A heading with an optional caption above it (e.g. the section of a long form), inside the heading. */
export function Heading(props: {
  level?: 1 | 2 | 3;
  size?: Size;
  caption?: ComponentChildren;
  children: ComponentChildren;
}) {
  const { level = 1, caption, children } = props;
  const size = props.size ?? (level === 1 ? 'l' : level === 2 ? 'm' : 's');
  const H = `h${level}` as 'h1' | 'h2' | 'h3';
  return (
    <H class={`heading-${size}`}>
      {caption ? <span class={`caption-${size === 'xl' ? 'l' : 'm'}`}>{caption}</span> : null}
      {children}
    </H>
  );
}

export function Caption({ size = 'm', children }: { size?: 'l' | 'm'; children: ComponentChildren }) {
  return <span class={`caption-${size}`}>{children}</span>;
}

function Chevron() {
  return (
    <svg class="chevron" viewBox="0 0 8 12" width="8" height="12" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="2" d="M7 1 2 6l5 5" />
    </svg>
  );
}

/** "Back", pointing against the reading direction (the arrow is mirrored in RTL by the stylesheet). */
export function BackLink({ href, label }: { href: string; label?: string }) {
  const { t } = useView();
  return (
    <a href={href} class="back-link">
      <Chevron />
      {label ?? t('ui.back')}
    </a>
  );
}

/** The confirmation box at the end of a journey: what happened and the reference to keep. */
export function Panel(props: {
  title: ComponentChildren;
  children?: ComponentChildren;
  headingLevel?: 1 | 2;
}) {
  const H = props.headingLevel === 2 ? 'h2' : 'h1';
  return (
    <div class="panel">
      <H class="panel__title">{props.title}</H>
      {props.children ? <div class="panel__body">{props.children}</div> : null}
    </div>
  );
}

/**
 * A message the page needs people to read first. `success` (after an action) is announced as an alert;
 * `info` is a named region.
 */
export function NotificationBanner(props: {
  type?: 'info' | 'success';
  title?: string;
  children: ComponentChildren;
}) {
  const { t } = useView();
  const titleId = `${useId()}-title`;
  const inner = (fallback: string) => (
    <>
      <div class="notification-banner__header">
        <h2 class="notification-banner__title" id={titleId}>
          {props.title ?? fallback}
        </h2>
      </div>
      <div class="notification-banner__content">{props.children}</div>
    </>
  );
  if (props.type === 'success') {
    return (
      <div class="notification-banner notification-banner--success" role="alert" aria-labelledby={titleId}>
        {inner(t('ui.banner.success'))}
      </div>
    );
  }
  return (
    <section class="notification-banner" aria-labelledby={titleId}>
      {inner(t('ui.banner.info'))}
    </section>
  );
}

export function InsetText({ children }: { children: ComponentChildren }) {
  return <div class="inset-text">{children}</div>;
}

export function WarningText({ children }: { children: ComponentChildren }) {
  const { t } = useView();
  return (
    <div class="warning-text">
      <span class="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="warning-text__text">
        <span class="visually-hidden">{t('ui.warning')}: </span>
        {children}
      </strong>
    </div>
  );
}

/** More help that most people do not need, behind a native disclosure (no script). */
export function Details({
  summary,
  children,
  open,
}: {
  summary: ComponentChildren;
  children: ComponentChildren;
  open?: boolean;
}) {
  return (
    <details class="details" open={open}>
      <summary class="details__summary">
        <span class="details__summary-text">{summary}</span>
      </summary>
      <div class="details__text">{children}</div>
    </details>
  );
}
