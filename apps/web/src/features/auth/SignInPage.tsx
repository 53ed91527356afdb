import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { validateSignIn } from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { useMutationForm } from '../../lib/useMutationForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { LoginMutation } from './auth.operations';
import { useAuth } from './AuthContext';
import { safeNext } from './RequireAuth';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { viewer, signedIn } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const [login] = useMutation(LoginMutation);
  const form = useMutationForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (viewer && !form.submitting) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <form
          noValidate
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit({
              validate: () => validateSignIn({ email, password }),
              mutate: () => login({ variables: { input: { email: email.trim(), password } } }),
              onSuccess: async (result) => {
                if (result.data) await signedIn(result.data.login);
                navigate(next, { replace: true });
              },
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
          <TextField
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            error={form.errorFor('password')}
            onChange={(event) => {
              setPassword(event.target.value);
              form.clearField('password');
            }}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Signing in…' : 'Sign in'}
            </button>
            <Link to={`/forgot-password${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`}>Forgot password?</Link>
          </div>
        </form>
        <p className="muted">
          New here? <Link to="/register">Create an account</Link>
        </p>
      </section>
    </div>
  );
}
