import { Link, Navigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { RequestSignUpMutation } from './auth.operations';
import { useAuth } from './AuthContext';
import { EmailLinkRequest } from './EmailLinkRequest';

/** Step 1 of signing up: prove the address. The link in the mail leads to SignUpPage. */
export function RegisterPage() {
  useDocumentTitle('Create an account');
  const { viewer } = useAuth();
  const [requestSignUp] = useMutation(RequestSignUpMutation);

  if (viewer) return <Navigate to="/" replace />;

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="register-title">
        <h1 id="register-title">Create an account</h1>
        <p>Enter your email address. We send you a link to confirm it; then you choose your name and password.</p>
        <EmailLinkRequest
          submitLabel="Send me a link"
          send={async (email) => {
            const result = await requestSignUp({ variables: { email } });
            return result.data?.requestSignUp.message ?? '';
          }}
        />
        <p className="muted">
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
        <p className="muted small">Invited by a venue? Open the link in your invitation email: it creates your account as you accept.</p>
      </section>
    </div>
  );
}
