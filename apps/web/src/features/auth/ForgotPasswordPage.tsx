import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { RequestPasswordResetMutation } from './auth.operations';
import { EmailLinkRequest } from './EmailLinkRequest';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  const [params] = useSearchParams();
  const [requestReset] = useMutation(RequestPasswordResetMutation);

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="forgot-title">
        <h1 id="forgot-title">Forgot your password?</h1>
        <p>
          Enter the email address of your account. We send you a link to choose a new password; it works for
          one hour.
        </p>
        <EmailLinkRequest
          submitLabel="Send me a link"
          initialEmail={params.get('email') ?? ''}
          send={async (email) => {
            const result = await requestReset({ variables: { email } });
            return result.data?.requestPasswordReset.message ?? '';
          }}
        />
        <p className="muted">
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </p>
      </section>
    </div>
  );
}
