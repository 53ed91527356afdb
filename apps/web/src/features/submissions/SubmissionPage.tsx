import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf } from '@impact-review/domain';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { TierBadge } from '../../components/TierBadge';
import { TierDrivers } from '../../components/TierPreview';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { TierConfirmDialog } from '../venues/TierConfirmDialog';
import { PhaseBadge, TierStatusBadge } from './SubmissionBadges';
import { StatementView } from './StatementView';
import { StartRevisionMutation, SubmissionViewQuery } from './submission.operations';
import { VersionCompare } from './VersionCompare';

export function SubmissionPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const { viewer } = useAuth();
  const { data, loading, error } = useQuery(SubmissionViewQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [startRevision, revision] = useMutation(StartRevisionMutation);
  const [revisionError, setRevisionError] = useState<string | null>(null);
  const [tierDialog, setTierDialog] = useState(false);
  const [notice, setNotice] = useState('');
  useDocumentTitle(data?.submission.title ?? 'Submission');

  if (loading && !data) return <Loading label="Loading the submission…" />;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return null;
  const submission = data.submission;
  const isAuthor = submission.authors.some((a) => a.id === viewer?.id);
  const latest = submission.latestVersion;
  const decision = submission.tierDecision;
  const isChair = submission.venue.myRoles.includes('chair');

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <p className="muted small">
            <Link to={`/venues/${submission.venue.id}`}>{submission.venue.shortName}</Link> · by{' '}
            {submission.authors.map((a) => a.name).join(', ')}
          </p>
          <h1>{submission.title}</h1>
          <div className="row">
            <PhaseBadge phase={submission.phase} />
            {decision ? <TierBadge tier={decision.tier} /> : <TierBadge tier={submission.tierSuggestion?.tier} suggested />}
            <TierStatusBadge status={submission.tierStatus} />
          </div>
        </div>
        {isChair && submission.versions.length > 0 ? (
          <button type="button" className="button" onClick={() => setTierDialog(true)}>
            {decision ? 'Change tier' : 'Review tier'}
          </button>
        ) : null}
        {isAuthor ? (
          <div className="row">
            {submission.phase === 'submitted' ? (
              <button
                type="button"
                className="button button--primary"
                disabled={revision.loading}
                onClick={async () => {
                  setRevisionError(null);
                  try {
                    await startRevision({ variables: { submissionId: submission.id } });
                    navigate(`/submissions/${submission.id}/edit`);
                  } catch (caught) {
                    setRevisionError(describeError(caught).message);
                  }
                }}
              >
                Start revision
              </button>
            ) : (
              <Link className="button button--primary" to={`/submissions/${submission.id}/edit`}>
                {submission.phase === 'revising' ? 'Continue revision' : 'Edit statement'}
              </Link>
            )}
          </div>
        ) : null}
      </header>
      {flash ? (
        <p className="alert alert--success" role="status">
          {flash}
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      {tierDialog ? (
        <TierConfirmDialog
          submission={submission}
          onClose={() => setTierDialog(false)}
          onDone={(message) => {
            setTierDialog(false);
            setNotice(message);
          }}
        />
      ) : null}
      {revisionError ? (
        <p className="alert alert--error" role="alert">
          {revisionError}
        </p>
      ) : null}

      <div className="grid-2">
        <section className="card" aria-labelledby="tier-title">
          <h2 id="tier-title">Review tier</h2>
          {decision ? (
            <>
              <p className="row">
                <TierBadge tier={decision.tier} />
                <span>
                  {decision.tier === decision.suggestedTier ? 'Confirmed' : `Overridden (suggested: ${labelOf(decision.suggestedTier)})`} by{' '}
                  {decision.decidedBy.name} on {formatDateTime(decision.decidedAt)} for version {decision.forVersion}.
                </span>
              </p>
              {decision.reason ? <p className="prose">Reason: {decision.reason}</p> : null}
            </>
          ) : (
            <p className="muted">A chair has not confirmed the tier yet.</p>
          )}
          {submission.tierSuggestion ? (
            <>
              <h3>Suggestion from the rubric</h3>
              <p className="row">
                <TierBadge tier={submission.tierSuggestion.tier} suggested />
                <span className="muted small">Score {submission.tierSuggestion.score}</span>
              </p>
              <TierDrivers suggestion={submission.tierSuggestion} />
            </>
          ) : null}
        </section>
        <section className="card" aria-labelledby="versions-title">
          <h2 id="versions-title">Versions</h2>
          {submission.versions.length === 0 ? (
            <p className="muted">No version submitted yet.</p>
          ) : (
            <ol>
              {submission.versions.map((v) => (
                <li key={v.number}>
                  Version {v.number} — submitted {formatDateTime(v.submittedAt)}
                </li>
              ))}
            </ol>
          )}
          {submission.phase === 'revising' ? <p className="muted small">A revision is in progress.</p> : null}
        </section>
      </div>

      {latest ? (
        <section aria-labelledby="statement-title">
          <div className="card__header">
            <h2 id="statement-title">Impact statement, version {latest.number}</h2>
            <p className="muted small">
              Submitted by {latest.submittedBy.name} on {formatDateTime(latest.submittedAt)}
            </p>
          </div>
          <StatementView content={latest.content} artifacts={latest.artifacts} />
        </section>
      ) : (
        <section className="card empty">
          <p>The statement has not been submitted yet.</p>
        </section>
      )}

      {submission.versions.length >= 2 ? <VersionCompare submissionId={submission.id} versions={submission.versions} /> : null}
    </div>
  );
}
