// The venue's reviewer pool as its chairs see it: each saved profile in one row.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { ReviewerPoolQuery } from './reviewers.operations';

const PAGE = 50;

export function ReviewerPool({ venueId }: { venueId: string }) {
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(ReviewerPoolQuery, { variables: { venueId, offset }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="card" aria-labelledby="reviewer-pool-title">
      <h2 id="reviewer-pool-title">Reviewer profiles</h2>
      <QueryState
        query={{ data, loading, error, refetch }}
        loadingLabel="Loading the profiles…"
        isEmpty={(d) => d.venue.reviewerProfiles.length === 0}
        empty={<p>No reviewer has filled in a profile yet.</p>}
      >
        {(d) => (
          <>
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">Reviewer</th>
                <th scope="col">Areas</th>
                <th scope="col">Communities</th>
                <th scope="col">Current institutions</th>
                <th scope="col">Publications</th>
                <th scope="col">Load</th>
                <th scope="col">Training</th>
              </tr>
            </thead>
            <tbody>
              {d.venue.reviewerProfiles.map((profile) => (
                <tr key={profile.person.id}>
                  <td data-label="Reviewer">{profile.person.name}</td>
                  <td data-label="Areas">{profile.areas.join('; ') || '—'}</td>
                  <td data-label="Communities">{profile.communities.join('; ') || '—'}</td>
                  <td data-label="Current institutions">
                    {profile.affiliations
                      .filter((a) => a.endYear === null)
                      .map((a) => a.institution)
                      .join('; ') || '—'}
                  </td>
                  <td data-label="Publications">{profile.publications.length}</td>
                  <td data-label="Load">at most {profile.maxLoad}</td>
                  <td data-label="Training">{profile.trainingCompletedOn ?? 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {(d.venue.reviewerProfileCount ?? 0) > PAGE ? (
            <div className="pagination">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Previous
              </button>
              <span className="muted small">
                {offset + 1}–{Math.min(offset + PAGE, d.venue.reviewerProfileCount ?? 0)} of {d.venue.reviewerProfileCount}
              </span>
              <button type="button" className="button" disabled={offset + PAGE >= (d.venue.reviewerProfileCount ?? 0)} onClick={() => setOffset(offset + PAGE)}>
                Next
              </button>
            </div>
          ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
