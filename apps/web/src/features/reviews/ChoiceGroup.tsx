// A labelled radio group: the legend names it, the hint and the error are tied to every radio
// (aria-describedby), and the first radio carries the id of the group's path, so an error summary
// or a failed submit can put the focus on it.
import type { ReactNode } from 'react';
import { fieldId } from '../../lib/fieldIds';

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** A plain explanation under the label. */
  description?: ReactNode;
}

export function ChoiceGroup<T extends string>({
  path,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  required,
  disabled,
  inline,
  className,
}: {
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /** Short options side by side (ratings); long ones stacked. */
  inline?: boolean;
  className?: string;
}) {
  const base = fieldId(path);
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`choice-group${error ? ' choice-group--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <legend>
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className={inline ? 'choices-inline' : undefined}>
        {options.map((option, i) => (
          <label key={option.value} className={`choice${option.description ? ' choice--described' : ''}`}>
            <input
              id={i === 0 ? base : undefined}
              type="radio"
              name={base}
              value={option.value}
              checked={value === option.value}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.description ? <span className="choice__description">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
