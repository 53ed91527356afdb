// Inputs with a real <label>, an optional hint and an error tied to the input through
// aria-describedby, so screen readers announce the message when the input gets focus.
import { useId } from 'react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Visually hidden label (tables of inputs where a column header says it). */
  hideLabel?: boolean;
}

function useFieldIds(id: string | undefined, hint: unknown, error: string | undefined) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

function Chrome(props: {
  inputId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  chrome: FieldChrome;
  children: ReactNode;
  required?: boolean | undefined;
}) {
  const { chrome } = props;
  return (
    <div className={`field${chrome.error ? ' field--invalid' : ''}`}>
      <label htmlFor={props.inputId} className={chrome.hideLabel ? 'visually-hidden' : 'field__label'}>
        {chrome.label}
        {props.required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {chrome.hint ? (
        <p id={props.hintId} className="field__hint">
          {chrome.hint}
        </p>
      ) : null}
      {props.children}
      {chrome.error ? (
        <p id={props.errorId} className="field__error">
          {chrome.error}
        </p>
      ) : null}
    </div>
  );
}

export type TextFieldProps = FieldChrome & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, hint, error, hideLabel, id, ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Chrome {...ids} chrome={{ label, hint, error, hideLabel }} required={input.required}>
      <input
        id={ids.inputId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
    </Chrome>
  );
}

export type TextAreaFieldProps = FieldChrome & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, hint, error, hideLabel, id, ...input }: TextAreaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Chrome {...ids} chrome={{ label, hint, error, hideLabel }} required={input.required}>
      <textarea
        id={ids.inputId}
        className="input textarea"
        rows={input.rows ?? 4}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
    </Chrome>
  );
}

export interface Option {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldChrome &
  SelectHTMLAttributes<HTMLSelectElement> & { options: readonly Option[]; placeholder?: string };

export function SelectField({ label, hint, error, hideLabel, id, options, placeholder, ...input }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <Chrome {...ids} chrome={{ label, hint, error, hideLabel }} required={input.required}>
      <select
        id={ids.inputId}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Chrome>
  );
}

/** Problems for the whole form; an alert so it is announced as soon as it appears. */
export function FormError({ message, problems }: { message: string | null; problems?: readonly string[] }) {
  if (!message) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p>{message}</p>
      {problems && problems.length > 0 ? (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
