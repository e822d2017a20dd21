import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useView } from './context.ts';
import { StatusTag } from './status-tag.tsx';

export type TaskStatus = 'done' | 'todo' | 'in-progress' | 'cannot-start';

export type Task = {
  label: ComponentChildren;
  href?: string;
  status: TaskStatus;
  hint?: ComponentChildren;
  /** Words for an in-progress status more exact than "In progress" (e.g. "Being checked"). */
  statusLabel?: ComponentChildren;
};

/** The parts of an application and how far each has got; the status is always a word, never colour alone. */
export function TaskList({ items }: { items: Task[] }) {
  const { t } = useView();
  const prefix = useId();
  return (
    <ul class="task-list">
      {items.map((item, i) => {
        const statusId = `${prefix}-${i}-status`;
        const hintId = `${prefix}-${i}-hint`;
        const linked = item.href && item.status !== 'cannot-start';
        const status =
          item.status === 'done' ? (
            t('ui.task.done')
          ) : item.status === 'todo' ? (
            <StatusTag tone="blue">{item.statusLabel ?? t('ui.task.todo')}</StatusTag>
          ) : item.status === 'in-progress' ? (
            <StatusTag tone="amber">{item.statusLabel ?? t('ui.task.inProgress')}</StatusTag>
          ) : (
            t('ui.task.cannotStart')
          );
        return (
          <li class={`task-list__item${linked ? ' task-list__item--link' : ''}`} key={i}>
            <div class="task-list__name">
              {linked ? (
                <a
                  class="task-list__link"
                  href={item.href}
                  aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.label}
                </a>
              ) : (
                <span>{item.label}</span>
              )}
              {item.hint ? (
                <div class="hint task-list__hint" id={hintId}>
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div
              class={`task-list__status${item.status === 'cannot-start' ? ' task-list__status--muted' : ''}`}
              id={statusId}
            >
              {status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
