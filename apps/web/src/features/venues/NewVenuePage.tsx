import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMutationForm } from '../../lib/useMutationForm';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useAuth } from '../auth/AuthContext';
import { browserTimeZone } from '../../lib/timeZones';
import { CreateVenueMutation, VenuesQuery } from './venue.operations';
import { VenueForm, venueProblems } from './VenueForm';

export function NewVenuePage() {
  useDocumentTitle('New venue');
  const { viewer } = useAuth();
  if (!viewer?.canCreateVenues) {
    return (
      <section className="card narrow" aria-labelledby="new-venue-title">
        <h1 id="new-venue-title">New venue</h1>
        <p>Opening a conference or a workshop needs permission from a site administrator of Impact Review.</p>
        <p>Ask an administrator to allow you to create venues; once they have, this page lets you open one and you become its chair.</p>
        <p>
          <Link to="/">Back to my submissions</Link>
        </p>
      </section>
    );
  }
  return <NewVenueForm />;
}

function NewVenueForm() {
  const navigate = useNavigate();
  const { data } = useQuery(VenuesQuery);
  const [createVenue] = useMutation(CreateVenueMutation, { refetchQueries: [VenuesQuery] });
  const form = useMutationForm();
  const conferences = (data?.venues ?? []).filter((venue) => venue.kind === 'conference');

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>New venue</h1>
          <p className="muted">Create a conference, or a workshop held at one. You become its chair.</p>
        </div>
      </header>
      <section className="card" aria-label="Venue details">
        <VenueForm
          mode="create"
          form={form}
          conferences={conferences}
          submitLabel="Create venue"
          initial={{
            name: '',
            shortName: '',
            kind: 'conference',
            parentVenueId: '',
            timeZone: browserTimeZone(),
            description: '',
            deadlines: [{ label: 'Statement submission', dueLocal: '' }],
            tiersVisibleToAuthors: true,
          }}
          onSubmit={(values) =>
            void form.submit({
              validate: () => venueProblems(values),
              mutate: () =>
                createVenue({
                  variables: {
                    input: {
                      name: values.name.trim(),
                      shortName: values.shortName.trim(),
                      kind: values.kind,
                      parentVenueId: values.kind === 'workshop' ? values.parentVenueId : null,
                      timeZone: values.timeZone,
                      description: values.description,
                      deadlines: values.deadlines,
                      tiersVisibleToAuthors: values.tiersVisibleToAuthors,
                    },
                  },
                }),
              onSuccess: (result) => {
                if (result.data) navigate(`/venues/${result.data.createVenue.id}`);
              },
            })
          }
        />
      </section>
    </div>
  );
}
