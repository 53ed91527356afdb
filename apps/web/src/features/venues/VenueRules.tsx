// The venue's review rules in its settings: the tier policy, how long approvals hold (continuing
// review), and the expertise taxonomy.
import { useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { ContinuingReviewSettings } from '../approvals/ContinuingReviewSettings';
import { TaxonomyEditor } from './TaxonomyEditor';
import { TierPolicyEditor } from './TierPolicyEditor';
import { VenueRulesQuery } from './venue.operations';

export function VenueRules({ venueId }: { venueId: string }) {
  const { data, loading, error, refetch } = useQuery(VenueRulesQuery, { variables: { id: venueId } });
  if (!data) return <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the review rules…" />;
  const venue = data.venue;
  return (
    <>
      <TierPolicyEditor venueId={venue.id} revision={venue.revision} policy={venue.tierPolicy} />
      <ContinuingReviewSettings venueId={venue.id} />
      <TaxonomyEditor venueId={venue.id} revision={venue.revision} taxonomy={venue.taxonomy} />
    </>
  );
}
