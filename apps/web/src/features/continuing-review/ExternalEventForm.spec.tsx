import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { EventedApprovalFieldsFragment } from '../../gql/graphql';
import { RecordExternalEventMutation } from './continuing-review.operations';
import { eventOutcome, ExternalEventForm } from './ExternalEventForm';

const EVENT = 'An equivalent voice model was released openly by another lab.';
const approval = (id: string, title: string): EventedApprovalFieldsFragment => ({
  __typename: 'EventedApproval',
  approvalId: id,
  submission: { __typename: 'Submission', id: `s-${id}`, title },
  state: 'active',
  stateLabel: 'Active',
  events: [{ __typename: 'EventedArtifact', artifactName: 'Voice model', releaseEvent: 'An equivalent model is released elsewhere.' }],
});

function renderForm(approvals: EventedApprovalFieldsFragment[], mocks: unknown[] = []) {
  render(
    <MockedProvider cache={new InMemoryCache()} mocks={mocks as never[]}>
      <ExternalEventForm venueId="v1" approvals={approvals} />
    </MockedProvider>,
  );
}

describe('ExternalEventForm', () => {
  it('says so when no approval waits for an event', () => {
    renderForm([]);
    expect(screen.getByText('No approval of this venue releases an artifact on an external event.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the event' })).not.toBeInTheDocument();
  });

  it('lists the approvals with the event each waits for, and refuses an empty event on its fields', async () => {
    renderForm([approval('a1', 'Few-shot voice cloning')]);
    expect(screen.getByRole('checkbox', { name: /Few-shot voice cloning/ })).toBeInTheDocument();
    expect(screen.getByText('Voice model: released when “An equivalent model is released elsewhere.”')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Record the event' }));
    expect(await screen.findByText(/Say what happened, in a sentence or more/)).toBeInTheDocument();
    expect(screen.getAllByText('Choose the approvals whose release waits for this event.').length).toBeGreaterThan(0);
    expect(screen.getByRole('textbox', { name: /What happened/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('records the event for the chosen approvals and says what happened to each', async () => {
    const mocks = [
      {
        request: { query: RecordExternalEventMutation, variables: { venueId: 'v1', description: EVENT, approvalIds: ['a1', 'a2'] } },
        result: {
          data: {
            recordExternalEvent: {
              __typename: 'ExternalEventResult',
              opened: ['a1'],
              skipped: [{ __typename: 'SkippedApproval', approvalId: 'a2', reason: 'An approval that is under re-evaluation cannot be opened for re-evaluation.' }],
            },
          },
        },
      },
    ];
    renderForm([approval('a1', 'Few-shot voice cloning'), approval('a2', 'Emotion transfer')], mocks);
    await userEvent.type(screen.getByRole('textbox', { name: /What happened/ }), EVENT);
    await userEvent.click(screen.getByRole('checkbox', { name: /Few-shot voice cloning/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Emotion transfer/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Record the event' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 approval went under re-evaluation'));
    expect(screen.getByRole('status')).toHaveTextContent('Emotion transfer: An approval that is under re-evaluation cannot be opened for re-evaluation.');
  });

  it('puts the outcome in words', () => {
    expect(eventOutcome({ opened: [], skipped: [] }, new Map()).summary).toBe('No approval went under re-evaluation.');
    expect(eventOutcome({ opened: ['a', 'b'], skipped: [{ approvalId: 'x', reason: 'Gone.' }] }, new Map()).skipped).toEqual(['An approval: Gone.']);
  });
});
