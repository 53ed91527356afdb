// The page a report's confirmation link opens (`/incidents/confirm/:token`): it confirms the report
// as it loads, once, and thanks the reporter with the reference to quote; a used or expired link
// says so and how to report again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import type { ConfirmIncidentReportMutation as Confirmation } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { HomeLink, PublicNotFound } from './PublicNotFound';
import { ConfirmIncidentReportMutation } from './registry.operations';

type Outcome = { confirmed: Confirmation['confirmIncidentReport'] } | { error: unknown };

export function ConfirmIncidentPage() {
  useDocumentTitle('Confirm your incident report');
  const { token = '' } = useParams();
  const [confirm] = useMutation(ConfirmIncidentReportMutation);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The link works once: StrictMode's second effect run (and a re-render) must not use it up again.
  const sentFor = useRef<string | null>(null);

  const send = useCallback(() => {
    setOutcome(null);
    confirm({ variables: { token } })
      .then((result) => {
        setOutcome(
          result.data
            ? { confirmed: result.data.confirmIncidentReport }
            : { error: result.error ?? new Error() },
        );
      })
      .catch((error: unknown) => setOutcome({ error }));
  }, [confirm, token]);

  useEffect(() => {
    if (sentFor.current === token) return;
    sentFor.current = token;
    send();
  }, [send, token]);

  if (!outcome) return <Loading label="Confirming your report…" />;
  if ('error' in outcome) {
    if (describeError(outcome.error).code === 'NOT_FOUND') {
      return (
        <PublicNotFound title="This link does not work any more">
          <p>A confirmation link works once, and for 48 hours.</p>
          <ul>
            <li>
              If you opened it before, your report already reached the committee: the email we sent you then
              has its reference.
            </li>
            <li>
              If the 48 hours are over, send the report again from the page of the work or venue it is about.
            </li>
          </ul>
        </PublicNotFound>
      );
    }
    return (
      <div className="narrow">
        <ErrorState error={outcome.error} title="Your report is not confirmed yet" onRetry={send}>
          <HomeLink />
        </ErrorState>
      </div>
    );
  }
  const { reference, about } = outcome.confirmed;
  return (
    <section className="card narrow stack" aria-labelledby="confirmed-title">
      <h1 id="confirmed-title">Report confirmed</h1>
      <p role="status" className="alert alert--success">
        Thank you — your report {reference} about {about} reached the committee.
      </p>
      <p>
        The venue’s chairs will look into it and answer you by email. Quote the reference{' '}
        <strong>{reference}</strong> if you write to them about it. We also sent it to you by email.
      </p>
      <HomeLink />
    </section>
  );
}
