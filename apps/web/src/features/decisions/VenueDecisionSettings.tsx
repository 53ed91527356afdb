// The venue's settings for responses and decisions (chairs): the authors' response phase, the
// standard conditions and the decision letters.
import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { DecisionSettingsFieldsFragment } from '../../gql/graphql';
import { QueryState } from '../../components/QueryState';
import { ResponsePhaseSettings } from '../discussion/ResponsePhaseSettings';
import { ConditionLibraryEditor } from './ConditionLibraryEditor';
import { DecisionSettingsQuery } from './decisions.operations';
import { LetterTemplatesEditor } from './LetterTemplatesEditor';
import './decisions.css';

export function VenueDecisionSettings({ venueId }: { venueId: string }) {
  return (
    <>
      <ResponsePhaseSettings venueId={venueId} />
      <DecisionSettingsEditors venueId={venueId} />
    </>
  );
}

function DecisionSettingsEditors({ venueId }: { venueId: string }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(DecisionSettingsQuery, { variables: { venueId } });
  // Bumped after a reload, so the editors start over from the server's settings.
  const [generation, setGeneration] = useState(0);
  if (!data)
    return (
      <QueryState query={{ data, loading, error, refetch }} loadingLabel="Loading the decision settings…" />
    );
  const settings = data.venue.decisionSettings;
  if (!settings) return null;
  // The mutations answer the settings alone (they have no id of their own): put them where the query reads them.
  const onSaved = (next: DecisionSettingsFieldsFragment) =>
    client.cache.updateQuery({ query: DecisionSettingsQuery, variables: { venueId } }, (current) =>
      current ? { ...current, venue: { ...current.venue, decisionSettings: next } } : current,
    );
  const onReload = async () => {
    await refetch();
    setGeneration((g) => g + 1);
  };
  return (
    <>
      <ConditionLibraryEditor
        key={`library-${generation}`}
        venueId={venueId}
        settings={settings}
        onSaved={onSaved}
        onReload={onReload}
      />
      <LetterTemplatesEditor
        key={`letters-${generation}`}
        venueId={venueId}
        venueName={data.venue.name}
        settings={settings}
        onSaved={onSaved}
        onReload={onReload}
      />
    </>
  );
}
