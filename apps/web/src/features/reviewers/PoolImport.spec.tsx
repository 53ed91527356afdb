import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { PoolImport } from './PoolImport';
import { ImportReviewerPoolMutation, PoolImportQuery } from './reviewers.operations';

const csv = 'name,email,kind,areas\nNia,nia@example.org,expert,';
const line = (n: number, email: string, detail: string) => ({ __typename: 'PoolImportLine' as const, line: n, email, detail });
const report = (state: string, done: number, sent: ReturnType<typeof line>[]) => ({
  __typename: 'PoolImportReport' as const,
  id: 'imp1',
  state,
  total: 1,
  done,
  error: null,
  sent,
  skipped: [],
  refused: [line(3, '', 'The name is empty.')],
});

async function send(): Promise<HTMLElement> {
  const user = userEvent.setup();
  const section = screen.getByRole('region', { name: 'Invite a reviewer pool' });
  const button = within(section).getByRole('button', { name: 'Send the invitations' });
  expect(button).toBeDisabled();
  await user.click(within(section).getByLabelText('Or paste it'));
  await user.paste(csv);
  await user.click(button);
  return section;
}

describe('PoolImport', () => {
  it('sends the pasted CSV and lists what happened to each line', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ImportReviewerPoolMutation, variables: { venueId: 'v1', csv } },
            result: { data: { importReviewerPool: report('succeeded', 1, [line(2, 'nia@example.org', 'Nia')]) } },
          },
        ]}
      >
        <PoolImport venueId="v1" />
      </MockedProvider>,
    );
    const section = await send();
    const status = await within(section).findByRole('status');
    expect(status).toHaveTextContent('1 sent, 0 skipped, 1 refused.');
    expect(status).toHaveTextContent('Line 2: Nia <nia@example.org>');
    expect(status).toHaveTextContent('Line 3: The name is empty.');
  });

  it('follows a running import with a progress bar, then shows its report', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ImportReviewerPoolMutation, variables: { venueId: 'v1', csv } },
            result: { data: { importReviewerPool: report('running', 0, []) } },
          },
          {
            request: { query: PoolImportQuery, variables: { id: 'imp1' } },
            result: { data: { poolImport: report('succeeded', 1, [line(2, 'nia@example.org', 'Nia')]) } },
          },
        ]}
      >
        <PoolImport venueId="v1" />
      </MockedProvider>,
    );
    const section = await send();
    const bar = await within(section).findByRole('progressbar', { name: /Sending invitations: 0 of 1 lines handled \(1 refused already\)/ });
    expect(bar).toHaveAttribute('value', '0');
    await waitFor(() => expect(within(section).getByRole('status')).toHaveTextContent('1 sent, 0 skipped, 1 refused.'), { timeout: 3000 });
    expect(within(section).queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
