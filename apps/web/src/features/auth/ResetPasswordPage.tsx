import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { validatePassword } from '@impact-review/domain';
import { FormError } from '../../components/FormFields';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useMutationForm } from '../../lib/useMutationForm';
import { PasswordResetLinkQuery, ResetPasswordMutation } from './auth.operations';
import { BrokenLink, NewPasswordField } from './AccountFields';
import { useAuth } from './AuthContext';

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { signedIn } = useAuth();
  const { data, loading, error } = useQuery(PasswordResetLinkQuery, { variables: { token } });
  const [reset] = useMutation(ResetPasswordMutation);
  const form = useMutationForm();
  const [password, setPassword] = useState('');

  if (loading) return <Loading label="Opening your link…" />;
  if (error || !data) return <BrokenLink error={error} askAgain="/forgot-password" />;

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="reset-title">
        <h1 id="reset-title">Choose a new password</h1>
        <p>
          For your account <strong>{data.passwordResetLink.email}</strong>. Setting it signs you out on every
          other device.
        </p>
        <form
          noValidate
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit({
              validate: () => validatePassword(password),
              mutate: () => reset({ variables: { input: { token, password } } }),
              pathPrefix: 'input.',
              onSuccess: async (result) => {
                if (!result.data) return;
                await signedIn(result.data.resetPassword);
                navigate('/', {
                  replace: true,
                  state: {
                    flash:
                      'Your password is changed and you are signed in. Every other session of your account was signed out.',
                  },
                });
              },
            });
          }}
        >
          <FormError message={form.formError} />
          <NewPasswordField
            label="New password"
            value={password}
            error={form.errorFor('password')}
            onChange={(event) => {
              setPassword(event.target.value);
              form.clearField('password');
            }}
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={form.submitting}>
              {form.submitting ? 'Saving…' : 'Set new password and sign in'}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
