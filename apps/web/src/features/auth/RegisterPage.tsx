import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { MIN_PASSWORD_LENGTH, validateRegistration } from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { useMutationForm } from '../../lib/useMutationForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { RegisterMutation } from './auth.operations';
import { useAuth } from './AuthContext';
import { safeNext } from './RequireAuth';

export function RegisterPage() {
  useDocumentTitle('Create account');
  const { viewer, signedIn } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const [register] = useMutation(RegisterMutation);
  const form = useMutationForm();
  const [values, setValues] = useState({ name: '', email: '', password: '' });

  if (viewer && !form.submitting) return <Navigate to={next} replace />;

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
      <section className="card" aria-labelledby="register-title">
        <h1 id="register-title">Create account</h1>
        <form
          noValidate
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit({
              validate: () => validateRegistration(values),
              mutate: () =>
                register({ variables: { input: { ...values, name: values.name.trim(), email: values.email.trim() } } }),
              pathPrefix: 'input.',
              onSuccess: async (result) => {
                if (result.data) await signedIn(result.data.register);
                navigate(next, { replace: true });
              },
            });
          }}
        >
          <FormError message={form.formError} />
          <TextField label="Name" autoComplete="name" required {...bind('name')} />
          <TextField label="Email" type="email" autoComplete="email" required {...bind('email')} />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            required
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            {...bind('password')}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Creating account…' : 'Create account'}
            </button>
          </div>
        </form>
        <p className="muted">
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </section>
    </div>
  );
}
