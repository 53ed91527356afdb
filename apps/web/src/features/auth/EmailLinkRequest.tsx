import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { validateEmail } from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { useMutationForm } from '../../lib/useMutationForm';

export interface EmailLinkRequestProps {
  /** Sends the request; resolves to the sentence the server wants shown. */
  send: (email: string) => Promise<string>;
  submitLabel: string;
  initialEmail?: string;
  /** Shown once the mail went out, below the server's sentence. */
  afterSent?: ReactNode;
}

/**
 * One email field that asks for a mail with a link (sign-up, password reset). The answer is the
 * same whether or not an account uses the address, so the page only repeats what the server said.
 */
export function EmailLinkRequest({ send, submitLabel, initialEmail = '', afterSent }: EmailLinkRequestProps) {
  const form = useMutationForm();
  const [email, setEmail] = useState(initialEmail);
  const [sent, setSent] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // Announce the result and bring it into view; the form it replaces had the focus.
  useEffect(() => {
    if (sent) statusRef.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div ref={statusRef} tabIndex={-1} className="alert alert--success" role="status">
        <h2 className="h3">Check your email</h2>
        <p>{sent}</p>
        <p className="small">
          The mail can take a few minutes. If it does not arrive, look in your spam folder, or check the
          address and ask again.
        </p>
        {afterSent}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setSent(null);
            form.reset();
          }}
        >
          Use another address
        </button>
      </div>
    );
  }

  return (
    <form
      noValidate
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit({
          validate: () => validateEmail(email),
          mutate: () => send(email.trim()),
          onSuccess: (message) => setSent(message),
        });
      }}
    >
      <FormError message={form.formError} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        error={form.errorFor('email')}
        onChange={(event) => {
          setEmail(event.target.value);
          form.clearField('email');
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Sending…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
