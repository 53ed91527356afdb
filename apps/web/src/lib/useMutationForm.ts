// Form state around one mutation: client-side checks first (the same domain functions the server
// runs), then the mutation; server field errors land on the inputs their paths name.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { describeError, fieldErrorMap } from './errors';
import type { AppErrorInfo, FieldProblem } from './errors';

export interface SubmitOptions<T> {
  /** Client-side checks; any problem stops the submission before the network. */
  validate?: () => readonly FieldProblem[];
  mutate: () => Promise<T>;
  /** Called with the result when the mutation succeeded. */
  onSuccess?: (result: T) => void | Promise<void>;
  /** Stripped from server paths (e.g. 'input.'). */
  pathPrefix?: string;
}

export interface MutationForm {
  submitting: boolean;
  /** The sentence above the form, or null. */
  formError: string | null;
  /** The last failure in full (code included), or null. */
  lastError: AppErrorInfo | null;
  fieldErrors: Record<string, string>;
  errorFor: (path: string) => string | undefined;
  clearField: (path: string) => void;
  setFieldErrors: (problems: readonly FieldProblem[]) => void;
  reset: () => void;
  submit: <T>(options: SubmitOptions<T>) => Promise<T | undefined>;
  /** Attach to the <form>: after a failed submission focus moves to the first invalid input. */
  formRef: RefObject<HTMLFormElement | null>;
}

/** Moves focus to the first input marked invalid, or else to the form's alert. */
function focusFirstProblem(form: HTMLFormElement | null): void {
  if (!form) return;
  const target =
    form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]');
  if (target && target.getAttribute('role') === 'alert' && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target?.focus();
}

export const CLIENT_CHECK_MESSAGE = 'Some fields need attention.';

export function useMutationForm(): MutationForm {
  const [submitting, setSubmitting] = useState(false);
  const [fieldErrors, setErrors] = useState<Record<string, string>>({});
  const [lastError, setLastError] = useState<AppErrorInfo | null>(null);
  // Guards against double submission from a double click or Enter pressed twice.
  const inFlight = useRef(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  // Bumped on each failure; the effect runs after React has rendered the error states.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) focusFirstProblem(formRef.current);
  }, [focusRequest]);

  const setFieldErrors = useCallback((problems: readonly FieldProblem[]) => {
    setErrors(fieldErrorMap(problems));
  }, []);

  const clearField = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setErrors({});
    setLastError(null);
  }, []);

  const submit = useCallback(async <T,>(options: SubmitOptions<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    const clientProblems = options.validate?.() ?? [];
    if (clientProblems.length > 0) {
      setErrors(fieldErrorMap(clientProblems));
      setLastError({ code: 'BAD_USER_INPUT', message: CLIENT_CHECK_MESSAGE, fieldErrors: [...clientProblems] });
      setFocusRequest((n) => n + 1);
      return undefined;
    }
    inFlight.current = true;
    setSubmitting(true);
    setLastError(null);
    try {
      const result = await options.mutate();
      setErrors({});
      await options.onSuccess?.(result);
      return result;
    } catch (error) {
      const info = describeError(error);
      setErrors(fieldErrorMap(info.fieldErrors, options.pathPrefix));
      setLastError(info);
      setFocusRequest((n) => n + 1);
      return undefined;
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }, []);

  return {
    submitting,
    formError: lastError?.message ?? null,
    lastError,
    fieldErrors,
    errorFor: (path) => fieldErrors[path],
    clearField,
    setFieldErrors,
    reset,
    submit,
    formRef,
  };
}
