import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { FormError } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { describeError } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { UnsubscribeLinkQuery, UnsubscribeMutation } from './notification.operations';

/**
 * The page an unsubscribe link opens. Opening it changes nothing (mail scanners open links); the
 * button does, without signing in: the link itself is signed.
 */
export function UnsubscribePage() {
  useDocumentTitle('Unsubscribe');
  const { token = '' } = useParams();
  const { viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(UnsubscribeLinkQuery, { variables: { token } });
  const [unsubscribe, result] = useMutation(UnsubscribeMutation);

  if (!data) {
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Reading the link…"
        errorTitle="This link does not work"
        errorAction={
          <p>
            {viewer ? (
              <Link to="/settings/notifications">Open your notification settings</Link>
            ) : (
              <Link to="/sign-in">Sign in</Link>
            )}{' '}
            to choose which emails you get.
          </p>
        }
      />
    );
  }
  const link = result.data?.unsubscribe ?? data.unsubscribeLink;
  const where = link.venueName ? ` at ${link.venueName}` : ' at any venue';
  const what = link.kindLabel.charAt(0).toLowerCase() + link.kindLabel.slice(1);

  return (
    <section className="card narrow stack" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">Unsubscribe</h1>
      {link.unsubscribed ? (
        <p role="status" className="alert alert--success">
          Done: you no longer get an email when {what}
          {where}.
        </p>
      ) : (
        <>
          <p>
            Stop the emails you get when {what}
            {where}?
          </p>
          <FormError message={result.error ? describeError(result.error).message : null} />
          <div>
            <button
              type="button"
              className="button button--primary"
              disabled={result.loading}
              onClick={() => {
                unsubscribe({ variables: { token } }).catch(() => undefined);
              }}
            >
              {result.loading ? 'Unsubscribing…' : 'Unsubscribe'}
            </button>
          </div>
        </>
      )}
      <p className="muted">
        You can change this and every other email choice in{' '}
        {viewer ? (
          <Link to="/settings/notifications">your notification settings</Link>
        ) : (
          'your notification settings once signed in'
        )}
        .
      </p>
    </section>
  );
}
