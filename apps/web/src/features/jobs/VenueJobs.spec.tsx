import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { RetryJobMutation, VenueJobsQuery } from './jobs.operations';
import { VenueJobs } from './VenueJobs';

const failed = {
  __typename: 'VenueJob' as const,
  id: 'j1',
  summary: 'Email to ada@example.org: Invitation: Chair at SMR',
  name: 'mail.send',
  state: 'failed' as const,
  attempts: 8,
  maxAttempts: 8,
  runAt: '2030-01-01T10:00:00.000Z',
  lastError: 'connect ECONNREFUSED 127.0.0.1:25',
  createdAt: '2030-01-01T09:00:00.000Z',
  finishedAt: '2030-01-01T10:00:00.000Z',
};
const page = (jobs: (typeof failed)[], failedCount: number) => ({
  venueJobs: {
    __typename: 'VenueJobPage' as const,
    total: jobs.length,
    counts: {
      __typename: 'JobStateCounts' as const,
      waiting: 1 - failedCount,
      running: 0,
      succeeded: 3,
      failed: failedCount,
    },
    jobs,
  },
});
const variables = { venueId: 'v1', state: null, offset: 0, limit: 20 };

describe('VenueJobs', () => {
  it('shows a failed mail with its reason, a chart of states, and retries it', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          { request: { query: VenueJobsQuery, variables }, result: { data: page([failed], 1) } },
          {
            request: { query: RetryJobMutation, variables: { id: 'j1' } },
            result: { data: { retryJob: { ...failed, state: 'waiting', attempts: 0, finishedAt: null } } },
          },
          {
            request: { query: VenueJobsQuery, variables },
            result: { data: page([{ ...failed, state: 'waiting' as never, attempts: 0 }], 0) },
          },
        ]}
      >
        <VenueJobs venueId="v1" />
      </MockedProvider>,
    );
    const row = (await screen.findByText(failed.summary)).closest('li') as HTMLElement;
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    expect(within(row).getByText('Reason: connect ECONNREFUSED 127.0.0.1:25')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Jobs by state. Done: 3, Running: 0, Waiting: 0, Failed: 1.' }),
    ).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Retry now' }));
    expect(await screen.findByText(`Retrying: ${failed.summary}`)).toBeInTheDocument();
  });
});
