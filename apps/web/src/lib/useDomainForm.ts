// A form whose values are checked by a `libs/domain` validator before the mutation, the same
// function the server runs, so a message is written once. Server field errors (BAD_USER_INPUT with
// `fieldErrors`) land on the same inputs, because domain paths and input names are the same.
import { useCallback, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { FieldProblem } from './errors';
import { useMutationForm } from './useMutationForm';
import type { MutationForm, SubmitOptions } from './useMutationForm';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** What an input needs to show one value: spread onto TextField, TextAreaField or SelectField. */
export interface BoundField {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

export interface DomainForm<V> extends Omit<MutationForm, 'submit'> {
  values: V;
  /** Changes one value and clears the error shown on it. */
  set: <K extends keyof V & string>(key: K, value: V[K]) => void;
  /** Value, error and change handler of a text value, by the path its errors use. */
  field: (key: StringKeys<V>) => BoundField;
  /** Runs the validator on the current values, then the mutation. */
  submit: <T>(options: Omit<SubmitOptions<T>, 'validate'>) => Promise<T | undefined>;
}

export function useDomainForm<V extends object>(
  initial: V | (() => V),
  validate: (values: V) => readonly FieldProblem[],
): DomainForm<V> {
  const form = useMutationForm();
  const { clearField, submit: submitMutation } = form;
  const [values, setValues] = useState<V>(initial);

  const set = useCallback(
    <K extends keyof V & string>(key: K, value: V[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      clearField(key);
    },
    [clearField],
  );

  const field = (key: StringKeys<V>): BoundField => ({
    name: key,
    value: values[key] as string,
    error: form.errorFor(key),
    onChange: (event) => set(key, event.target.value as V[typeof key]),
  });

  const submit = <T>(options: Omit<SubmitOptions<T>, 'validate'>) =>
    submitMutation({ ...options, validate: () => validate(values) });

  return { ...form, values, set, field, submit };
}
