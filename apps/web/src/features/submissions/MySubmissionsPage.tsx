import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { labelOf, validateNewSubmission } from '@impact-review/domain';
import { FormError, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { QueryState } from '../../components/QueryState';
import { Badge } from '../../components/TierBadge';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useDomainForm } from '../../lib/useDomainForm';
import { VenuesQuery } from '../venues/venue.operations';
import { CreateSubmissionMutation, MySubmissionsQuery } from './submission.operations';
import { EffectiveTierBadge, PhaseBadge } from './SubmissionBadges';

export function MySubmissionsPage() {
  useDocumentTitle('My submissions');
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const { data, loading, error, refetch } = useQuery(MySubmissionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  // `/?new=<venueId>` (the venue page's "Submit to this venue") opens the form with the venue chosen.
  const [params] = useSearchParams();
  const presetVenue = params.get('new');
  const [creating, setCreating] = useState(presetVenue !== null);

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>My submissions</h1>
          <p className="muted">Research outputs you registered, with their impact statements.</p>
        </div>
        {!creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New submission
          </button>
        ) : null}
      </header>
      {flash ? (
        <p className="alert alert--success" role="status">
          {flash}
        </p>
      ) : null}
      {creating ? (
        <NewSubmissionForm venueId={presetVenue ?? ''} onCancel={() => setCreating(false)} />
      ) : null}
      {!data || data.mySubmissions.length === 0 ? (
        <QueryState
          query={{ data, loading, error, refetch }}
          loadingLabel="Loading your submissions…"
          isEmpty={(found) => found.mySubmissions.length === 0}
          empty={
            <>
              <h2>No submissions yet</h2>
              <p>Register a paper, model or data set at a venue to write its impact statement.</p>
            </>
          }
        />
      ) : (
        <section className="card" aria-labelledby="submissions-title">
          <h2 id="submissions-title" className="visually-hidden">
            Submissions
          </h2>
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Venue</th>
                  <th scope="col">Phase</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Last change</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.mySubmissions.map((submission) => (
                  <tr key={submission.id}>
                    <td data-label="Title">
                      <Link to={`/submissions/${submission.id}`}>{submission.title}</Link>
                    </td>
                    <td data-label="Venue">{submission.venue.shortName}</td>
                    <td data-label="Phase">
                      <PhaseBadge phase={submission.phase} />
                    </td>
                    <td data-label="Tier">
                      {submission.tierStatus === 'awaiting_submission' ? (
                        <Badge>Not submitted</Badge>
                      ) : (
                        <EffectiveTierBadge tier={submission.tier} status={submission.tierStatus} />
                      )}
                    </td>
                    <td data-label="Last change">{formatDateTime(submission.updatedAt)}</td>
                    <td data-label="Actions">
                      {submission.phase !== 'submitted' ? (
                        <Link
                          className="button button--small"
                          to={`/submissions/${submission.id}/edit`}
                          aria-label={`Edit statement of ${submission.title}`}
                        >
                          Edit statement
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <MyVenues />
    </div>
  );
}

/** Venues where the person holds a role: chairs find their dashboards here, reviewers their venues. */
function MyVenues() {
  const { data } = useQuery(VenuesQuery);
  const mine = (data?.venues ?? []).filter((venue) => venue.myRoles.length > 0);
  if (mine.length === 0) return null;
  return (
    <section className="card" aria-labelledby="my-venues-title">
      <div className="card__header">
        <h2 id="my-venues-title">My venues</h2>
        <Link to="/venues/new">Create a venue</Link>
      </div>
      <ul className="venue-list">
        {mine.map((venue) => (
          <li key={venue.id}>
            <Link to={`/venues/${venue.id}`}>
              {venue.shortName} — {venue.name}
            </Link>{' '}
            <span className="row row--inline">
              {venue.myRoles.map((role) => (
                <Badge key={role}>{labelOf(role)}</Badge>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface NewSubmissionValues {
  venueId: string;
  title: string;
  abstract: string;
}

/** What the form registers: the paper is always an artifact; authors add code, models and data next. */
function newSubmissionInput(values: NewSubmissionValues) {
  return {
    venueId: values.venueId,
    title: values.title.trim(),
    abstract: values.abstract.trim(),
    links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
    artifacts: [
      {
        key: 'paper',
        kind: 'paper_concept' as const,
        name: 'Paper',
        description: '',
        powerLevel: 'description_only' as const,
      },
    ],
  };
}

function NewSubmissionForm({ venueId, onCancel }: { venueId: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const venues = useQuery(VenuesQuery);
  const [createSubmission] = useMutation(CreateSubmissionMutation);
  const form = useDomainForm<NewSubmissionValues>({ venueId, title: '', abstract: '' }, (values) =>
    validateNewSubmission(newSubmissionInput(values)),
  );

  return (
    <section className="card" aria-labelledby="new-submission-title">
      <h2 id="new-submission-title">New submission</h2>
      <form
        noValidate
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit({
            mutate: () => createSubmission({ variables: { input: newSubmissionInput(form.values) } }),
            pathPrefix: 'input.',
            onSuccess: (result) => {
              if (result.data) navigate(`/submissions/${result.data.createSubmission.id}/edit`);
            },
          });
        }}
      >
        <FormError message={form.formError} />
        <SelectField
          label="Venue"
          required
          placeholder={venues.loading ? 'Loading venues…' : 'Choose a venue'}
          options={(venues.data?.venues ?? []).map((venue) => ({
            value: venue.id,
            label: `${venue.shortName} — ${venue.name} (${labelOf(venue.kind)}${venue.parentVenue ? ` at ${venue.parentVenue.shortName}` : ''})`,
          }))}
          {...form.field('venueId')}
        />
        <TextField label="Title" required {...form.field('title')} />
        <TextAreaField label="Abstract" {...form.field('abstract')} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Creating…' : 'Create submission'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
