import type { ComponentChildren } from 'preact';
import { useView } from './context.ts';
import { FieldsetGroup, type FieldsetProps, fieldId } from './fields.tsx';

export type DatePart = 'day' | 'month' | 'year';

export type DateInputProps = FieldsetProps & {
  /** Boxes are named `${name}-day`, `${name}-month`, `${name}-year`. */
  name: string;
  /** What the person typed, kept as typed even when it is not a date. */
  value?: Partial<Record<DatePart, string>>;
  /** Which boxes to mark as wrong; all three when there is an error and this is not given. */
  errorParts?: DatePart[];
  /** Replaces the default hint (which says both Jalali and Gregorian years are accepted). */
  hint?: ComponentChildren;
  /** `bday` for a date of birth: the browser may fill `bday-day`, `bday-month`, `bday-year`. */
  autocomplete?: 'bday';
};

/**
 * Three boxes in reading order (day, month, year). The day box's id is `fieldId(name)`, so an error for `name`
 * links to it; `${name}-month` and `${name}-year` link to the other boxes.
 */
export function DateInput(props: DateInputProps) {
  const { t } = useView();
  const { name, value = {}, error, errorParts, autocomplete } = props;
  const id = fieldId(name);
  const hint = props.hint ?? t('ui.date.hint');
  const parts: { part: DatePart; label: string; width: number; boxId: string }[] = [
    { part: 'day', label: t('ui.date.day'), width: 2, boxId: id },
    { part: 'month', label: t('ui.date.month'), width: 2, boxId: `${id}-month` },
    { part: 'year', label: t('ui.date.year'), width: 4, boxId: `${id}-year` },
  ];
  return (
    <FieldsetGroup {...props} hint={hint} id={id}>
      <div class="date-input">
        {parts.map(({ part, label, width, boxId }) => {
          const wrong = Boolean(error) && (!errorParts || errorParts.includes(part));
          return (
            <div class="date-input__item" key={part}>
              <label class="date-input__label" for={boxId}>
                {label}
              </label>
              <input
                class={`input input--w${width}${wrong ? ' input--error' : ''}`}
                id={boxId}
                name={`${name}-${part}`}
                type="text"
                inputmode="numeric"
                dir="ltr"
                spellcheck={false}
                autocomplete={autocomplete ? `${autocomplete}-${part}` : undefined}
                value={value[part]}
                aria-invalid={wrong ? 'true' : undefined}
              />
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
