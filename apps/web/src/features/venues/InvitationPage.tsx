import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { acceptedInvitationSentence, labelOf, validateAccountDetails } from '@impact-review/domain';
import { FormError, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { useMutationForm } from '../../lib/useMutationForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NewPasswordField } from '../auth/AccountFields';
import { useAuth } from '../auth/AuthContext';
import { AcceptInvitationMutation, DeclineInvitationMutation, InvitationPreviewQuery } from './venue.operations';

export function InvitationPage() {
  useDocumentTitle('Invitation');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { viewer, signedIn, signOut } = useAuth();
  const { data, loading, error, refetch } = useQuery(InvitationPreviewQuery, { variables: { token } });
  const [accept] = useMutation(AcceptInvitationMutation);
  const [decline] = useMutation(DeclineInvitationMutation);
  const form = useMutationForm();
  const [declined, setDeclined] = useState(false);
  const [account, setAccount] = useState({ name: '', password: '' });

  if (!data) {
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Opening the invitation…"
        errorTitle="This invitation link does not work"
      />
    );
  }
  const invitation = data.invitation;
  const role = labelOf(invitation.role);
  const next = `/invitations/${encodeURIComponent(token)}`;

  const answered = invitation.state !== 'pending' || invitation.expired || declined;
  const wrongAccount = viewer !== null && viewer.email.toLowerCase() !== invitation.email.toLowerCase();
  const needsAccount = viewer === null && !invitation.accountExists;
  const needsSignIn = viewer === null && invitation.accountExists;

  const onAccept = () =>
    void form.submit({
      validate: () => (needsAccount ? validateAccountDetails(account) : []),
      mutate: () =>
        accept({
          variables: {
            input: needsAccount ? { token, name: account.name.trim(), password: account.password } : { token },
          },
        }),
      pathPrefix: 'input.',
      onSuccess: async (result) => {
        if (result.data) await signedIn(result.data.acceptInvitation);
        const venue = { name: invitation.venueName, shortName: invitation.venueShortName };
        navigate('/', { state: { flash: acceptedInvitationSentence(invitation.role, venue) } });
      },
    });

  return (
    <div className="narrow">
      <section className="card" aria-labelledby="invitation-title">
        <h1 id="invitation-title">Invitation to {invitation.venueShortName}</h1>
        <dl className="details">
          <dt>Venue</dt>
          <dd>{invitation.venueName}</dd>
          <dt>Role</dt>
          <dd>{role}</dd>
          <dt>Invited by</dt>
          <dd>{invitation.invitedByName}</dd>
          <dt>Sent to</dt>
          <dd>{invitation.email}</dd>
        </dl>

        {declined ? (
          <p className="alert alert--info" role="status">
            You declined this invitation. {invitation.invitedByName} can invite you again if you change your mind.
          </p>
        ) : invitation.expired ? (
          <p className="alert alert--warning">This invitation has expired. Ask {invitation.invitedByName} to send a new one.</p>
        ) : invitation.state !== 'pending' ? (
          <p className="alert alert--info">This invitation was already {invitation.state}.</p>
        ) : null}

        {!answered ? (
          <div className="stack invitation-answer">
            <FormError message={form.formError} />
            {wrongAccount ? (
              <div className="alert alert--warning">
                <p>
                  You are signed in as {viewer?.email}, but this invitation was sent to {invitation.email}.
                </p>
                <button type="button" className="button button--small" onClick={() => void signOut()}>
                  Sign out
                </button>
              </div>
            ) : null}
            {viewer === null ? <h2 className="h3">Sign in or create your account with {invitation.email}</h2> : null}
            {needsSignIn ? (
              <p className="alert alert--info">
                {invitation.email} has an account already.{' '}
                <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in as {invitation.email}</Link> to accept.
              </p>
            ) : null}
            {needsAccount ? (
              <form
                noValidate
                ref={form.formRef}
                aria-label="Create your account"
                onSubmit={(event) => {
                  event.preventDefault();
                  onAccept();
                }}
              >
                <p>
                  No account uses {invitation.email} yet: choose your name and a password, and your account is created as you accept.
                </p>
                <TextField
                  label="Name"
                  name="name"
                  autoComplete="name"
                  required
                  value={account.name}
                  error={form.errorFor('name')}
                  onChange={(event) => {
                    setAccount((a) => ({ ...a, name: event.target.value }));
                    form.clearField('name');
                  }}
                />
                <NewPasswordField
                  value={account.password}
                  error={form.errorFor('password')}
                  onChange={(event) => {
                    setAccount((a) => ({ ...a, password: event.target.value }));
                    form.clearField('password');
                  }}
                />
                <div className="form-actions">
                  <button type="submit" className="button button--primary" disabled={form.submitting}>
                    Create account and accept invitation
                  </button>
                  <DeclineButton onDecline={async () => { await decline({ variables: { token } }); setDeclined(true); }} />
                </div>
              </form>
            ) : (
              <div className="form-actions">
                {!needsSignIn ? (
                  <button type="button" className="button button--primary" disabled={form.submitting} onClick={onAccept}>
                    Accept invitation
                  </button>
                ) : null}
                <DeclineButton onDecline={async () => { await decline({ variables: { token } }); setDeclined(true); }} />
              </div>
            )}
          </div>
        ) : null}
      </section>
    </div>
  );
}

function DeclineButton({ onDecline }: { onDecline: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            await onDecline();
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        Decline invitation
      </button>
      {failed ? (
        <span role="alert" className="field__error">
          Declining failed; please try again.
        </span>
      ) : null}
    </>
  );
}
