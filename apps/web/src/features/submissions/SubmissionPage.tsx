// A submission as everyone who may see it sees it: its submitted versions (details and statement),
// the review tier and its record, and a comparison of any two versions. Authors start or continue
// revisions from here; their draft stays in the editor.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { SubmissionHistory } from '../audit/SubmissionHistory';
import { SubmissionConflicts } from '../conflicts/SubmissionConflicts';
import { SubmissionReviewers } from '../assignment/SubmissionReviewers';
import { SubmissionReviews } from '../reviews/SubmissionReviews';
import { SubmissionDecisionSections } from '../decisions/SubmissionDecisionSections';
import { TierConfirmDialog } from '../venues/TierConfirmDialog';
import { EffectiveTierBadge, PhaseBadge, TierStatusBadge } from './SubmissionBadges';
import { StatementView, VersionDetails } from './StatementView';
import { StartRevisionMutation, SubmissionViewQuery } from './submission.operations';
import { TierPanel } from './TierPanel';
import { VersionCompare } from './VersionCompare';

export function SubmissionPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const picked = Number(params.get('version'));
  const pick = Number.isInteger(picked) && picked >= 1;
  const location = useLocation();
  const navigate = useNavigate();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const { data, loading, error, refetch } = useQuery(SubmissionViewQuery, {
    variables: { id, pick, number: pick ? picked : 0 },
    fetchPolicy: 'cache-and-network',
  });
  const [startRevision, revision] = useMutation(StartRevisionMutation);
  const [revisionError, setRevisionError] = useState<string | null>(null);
  const [tierDialog, setTierDialog] = useState(false);
  const [notice, setNotice] = useState('');
  useDocumentTitle(data?.submission.title ?? 'Submission');

  if (!data) {
    return (
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Loading the submission…"
        errorAction={
          <p>
            {pick ? (
              <Link to={`/submissions/${id}`}>Show the latest version</Link>
            ) : (
              <Link to="/">Back to my submissions</Link>
            )}
          </p>
        }
      />
    );
  }
  const submission = data.submission;
  const shown = (pick ? submission.version : submission.latestVersion) ?? null;
  const latestNumber = submission.versions.length;
  const isAuthor = submission.viewerCan.edit;
  const canDecide = submission.viewerCan.decideTier;

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
            <EffectiveTierBadge tier={submission.tier} status={submission.tierStatus} />
            <TierStatusBadge status={submission.tierStatus} />
          </div>
        </div>
        <div className="row">
          {canDecide ? (
            <button type="button" className="button" onClick={() => setTierDialog(true)}>
              {submission.tierStatus === 'needs_confirmation'
                ? 'Decide the tier again'
                : submission.tierDecision
                  ? 'Change tier'
                  : 'Review tier'}
            </button>
          ) : null}
          {isAuthor && submission.phase === 'submitted' ? (
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
          ) : null}
          {isAuthor && submission.phase !== 'submitted' ? (
            <Link className="button button--primary" to={`/submissions/${submission.id}/edit`}>
              {submission.phase === 'revising' ? 'Continue revision' : 'Edit statement'}
            </Link>
          ) : null}
        </div>
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
          submission={{ ...submission, latestVersion: latestNumber }}
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
        <TierPanel
          tier={submission.tier}
          status={submission.tierStatus}
          latestVersion={latestNumber}
          suggestion={submission.tierSuggestion}
          decision={submission.tierDecision}
          history={submission.tierHistory}
        />
        <section className="card" aria-labelledby="versions-title">
          <h2 id="versions-title">Versions</h2>
          {submission.versions.length === 0 ? (
            <p className="muted">No version submitted yet.</p>
          ) : (
            <ol>
              {submission.versions.map((v) => (
                <li key={v.number}>
                  {shown?.number === v.number ? (
                    <span aria-current="true">
                      <strong>Version {v.number}</strong> — submitted {formatDateTime(v.submittedAt)} (shown)
                    </span>
                  ) : (
                    <Link
                      to={
                        v.number === latestNumber ? `/submissions/${submission.id}` : `?version=${v.number}`
                      }
                    >
                      Version {v.number} — submitted {formatDateTime(v.submittedAt)}
                    </Link>
                  )}
                </li>
              ))}
            </ol>
          )}
          {submission.phase === 'revising' ? (
            <p className="muted small">
              {isAuthor
                ? 'Your revision is in progress; only you and your co-authors see it until you submit it.'
                : 'The authors are preparing a revision; it appears here once they submit it.'}
            </p>
          ) : null}
        </section>
      </div>

      {shown ? (
        <section aria-labelledby="statement-title" className="stack">
          <div className="card__header">
            <h2 id="statement-title">Impact statement, version {shown.number}</h2>
            <p className="muted small">
              Submitted by {shown.submittedBy.name} on {formatDateTime(shown.submittedAt)}
            </p>
          </div>
          {shown.number !== latestNumber ? (
            <p className="alert alert--info">
              This is an earlier version, titled “{shown.title}”.{' '}
              <Link to={`/submissions/${submission.id}`}>Show the latest version ({latestNumber})</Link>
            </p>
          ) : null}
          <VersionDetails
            abstract={shown.abstract}
            links={shown.links}
            authors={shown.authors}
            artifacts={shown.artifacts}
          />
          <StatementView content={shown.content} artifacts={shown.artifacts} />
        </section>
      ) : (
        <section className="card empty">
          <p>The statement has not been submitted yet.</p>
        </section>
      )}

      {submission.versions.length >= 2 ? (
        <VersionCompare submissionId={submission.id} versions={submission.versions} />
      ) : null}
      <SubmissionReviews submissionId={submission.id} />
      <SubmissionDecisionSections submissionId={submission.id} />
      <SubmissionConflicts submissionId={submission.id} />
      <SubmissionReviewers submissionId={submission.id} />
      <SubmissionHistory submissionId={submission.id} />
    </div>
  );
}
