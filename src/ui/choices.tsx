import type { ComponentChildren } from 'preact';
import { FieldsetGroup, type FieldsetProps, fieldId } from './fields.tsx';

export type ChoiceOption = {
  value: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** Shown under the option only while it is chosen (CSS only; without CSS it is always shown). */
  conditional?: ComponentChildren;
};

type ChoicesProps = FieldsetProps & {
  name: string;
  options: ChoiceOption[];
  /** Options side by side (for two short answers such as Yes / No). */
  inline?: boolean;
};

/** The first option's id is `fieldId(name)`, so an error summary link lands on it; the rest get `-2`, `-3`, … */
function optionId(name: string, index: number): string {
  return index === 0 ? fieldId(name) : `${fieldId(name)}-${index + 1}`;
}

function Choices(props: ChoicesProps & { kind: 'radio' | 'checkbox'; isChecked(value: string): boolean }) {
  const { name, options, inline, kind, isChecked, error } = props;
  return (
    <FieldsetGroup {...props} id={fieldId(name)}>
      <div class={`choices choices--${kind}${inline ? ' choices--inline' : ''}`}>
        {options.map((o, i) => {
          const id = optionId(name, i);
          return (
            <div class="choice" key={o.value}>
              <input
                class="choice__input"
                id={id}
                name={name}
                type={kind}
                value={o.value}
                checked={isChecked(o.value)}
                aria-describedby={o.hint ? `${id}-hint` : undefined}
                aria-invalid={error && kind === 'checkbox' ? 'true' : undefined}
              />
              <label class="choice__label" for={id}>
                {o.label}
              </label>
              {o.hint ? (
                <div id={`${id}-hint`} class="hint choice__hint">
                  {o.hint}
                </div>
              ) : null}
              {o.conditional ? <div class="choice__conditional">{o.conditional}</div> : null}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

export type RadiosProps = ChoicesProps & { value?: string };

export function Radios(props: RadiosProps) {
  return <Choices {...props} kind="radio" isChecked={(v) => v === props.value} />;
}

export type CheckboxesProps = ChoicesProps & { values?: string[] };

export function Checkboxes(props: CheckboxesProps) {
  const chosen = new Set(props.values ?? []);
  return <Choices {...props} kind="checkbox" isChecked={(v) => chosen.has(v)} />;
}
