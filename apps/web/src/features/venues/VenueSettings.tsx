import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { VenueDetailsFragment } from '../../gql/graphql';
import { useMutationForm } from '../../lib/useMutationForm';
import { UpdateVenueMutation, VenueQuery } from './venue.operations';
import { VenueForm, venueProblems } from './VenueForm';

export function VenueSettings({ venue }: { venue: VenueDetailsFragment }) {
  const client = useApolloClient();
  const [updateVenue] = useMutation(UpdateVenueMutation);
  const form = useMutationForm();
  const [saved, setSaved] = useState(false);
  // Remounting the form with a new key resets it to the venue as the server now has it.
  const [formKey, setFormKey] = useState(0);
  const conflict = form.lastError?.code === 'CONFLICT';

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <div aria-live="polite">
        {saved && !form.lastError ? <p className="alert alert--success">Settings saved.</p> : null}
      </div>
      {conflict ? (
        <div className="alert alert--warning" role="alert">
          <p>Another chair changed these settings while you were editing. Reload to see their version; your changes here will be discarded.</p>
          <button
            type="button"
            className="button button--small"
            onClick={async () => {
              await client.refetchQueries({ include: [VenueQuery] });
              form.reset();
              setFormKey((k) => k + 1);
            }}
          >
            Reload latest settings
          </button>
        </div>
      ) : null}
      <VenueForm
        key={`${formKey}-${venue.revision}`}
        mode="edit"
        form={form}
        submitLabel="Save settings"
        initial={{
          name: venue.name,
          shortName: venue.shortName,
          kind: venue.kind,
          parentVenueId: venue.parentVenue?.id ?? '',
          timeZone: venue.timeZone,
          description: venue.description,
          deadlines: venue.deadlines.map((d) => ({ label: d.label, dueLocal: d.dueLocal })),
          tiersVisibleToAuthors: venue.tiersVisibleToAuthors,
        }}
        onSubmit={(values) => {
          setSaved(false);
          void form.submit({
            validate: () => venueProblems(values),
            mutate: () =>
              updateVenue({
                variables: {
                  id: venue.id,
                  expectedRevision: venue.revision,
                  input: {
                    name: values.name.trim(),
                    shortName: values.shortName.trim(),
                    timeZone: values.timeZone,
                    description: values.description,
                    deadlines: values.deadlines,
                    tiersVisibleToAuthors: values.tiersVisibleToAuthors,
                  },
                },
              }),
            onSuccess: () => setSaved(true),
          });
        }}
      />
    </section>
  );
}
