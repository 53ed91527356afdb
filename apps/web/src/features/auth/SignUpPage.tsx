import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { validateAccountDetails } from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useMutationForm } from '../../lib/useMutationForm';
import { CompleteSignUpMutation, SignUpLinkQuery } from './auth.operations';
import { BrokenLink, NewPasswordField } from './AccountFields';
import { useAuth } from './AuthContext';

/** Step 2 of signing up: the link from the mail; choose a name and a password. */
export function SignUpPage() {
  useDocumentTitle('Choose your name and password');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useAuth();
  const { data, loading, error } = useQuery(SignUpLinkQuery, { variables: { token } });
  const [complete] = useMutation(CompleteSignUpMutation);
  const form = useMutationForm();
  const [values, setValues] = useState({ name: '', password: '' });

  if (loading) return <Loading label="Opening your link…" />;
  if (error || !data) return <BrokenLink error={error} askAgain="/register" />;
  const link = data.signUpLink;

  const bind = (field: keyof typeof values) => ({
    name: field,
    value: values[field],
    error: form.errorFor(field),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      form.clearField(field);
    },
  });

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="sign-up-title">
        <h1 id="sign-up-title">Choose your name and password</h1>
        {link.accountExists ? (
          <p className="alert alert--info">
            An account for {link.email} exists already. <Link to="/sign-in">Sign in</Link>, or{' '}
            <Link to="/forgot-password">choose a new password</Link> if you forgot yours.
          </p>
        ) : (
          <>
            <p>
              Your email address <strong>{link.email}</strong> is confirmed. This link works until{' '}
              {formatDateTime(link.expiresAt)}.
            </p>
            <form
              noValidate
              ref={form.formRef}
              onSubmit={(event) => {
                event.preventDefault();
                void form.submit({
                  validate: () => validateAccountDetails(values),
                  mutate: () =>
                    complete({
                      variables: { input: { token, name: values.name.trim(), password: values.password } },
                    }),
                  pathPrefix: 'input.',
                  onSuccess: async (result) => {
                    if (!result.data) return;
                    await signedIn(result.data.completeSignUp);
                    navigate('/', {
                      replace: true,
                      state: {
                        flash: `Welcome to Impact Review, ${result.data.completeSignUp.name}. Your account is ready.`,
                      },
                    });
                  },
                });
              }}
            >
              <FormError message={form.formError} />
              <TextField
                label="Name"
                autoComplete="name"
                required
                hint="As reviewers and chairs will see it."
                {...bind('name')}
              />
              <NewPasswordField {...bind('password')} />
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={form.submitting}>
                  {form.submitting ? 'Creating your account…' : 'Create account'}
                </button>
              </div>
            </form>
          </>
        )}
      </section>
    </div>
  );
}
