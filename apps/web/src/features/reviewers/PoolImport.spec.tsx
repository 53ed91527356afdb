import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { PoolImport } from './PoolImport';
import { ImportReviewerPoolMutation } from './reviewers.operations';

const csv = 'name,email,kind,areas\nNia,nia@example.org,expert,';

describe('PoolImport', () => {
  it('sends the pasted CSV and lists what happened to each line', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: ImportReviewerPoolMutation, variables: { venueId: 'v1', csv } },
            result: {
              data: {
                importReviewerPool: {
                  __typename: 'PoolImportReport',
                  sent: [{ __typename: 'PoolImportLine', line: 2, email: 'nia@example.org', detail: 'Nia' }],
                  skipped: [],
                  refused: [{ __typename: 'PoolImportLine', line: 3, detail: 'The name is empty.' }],
                },
              },
            },
          },
        ]}
      >
        <PoolImport venueId="v1" />
      </MockedProvider>,
    );
    const section = screen.getByRole('region', { name: 'Invite a reviewer pool' });
    const send = within(section).getByRole('button', { name: 'Send the invitations' });
    expect(send).toBeDisabled();
    await user.click(within(section).getByLabelText('Or paste it'));
    await user.paste(csv);
    await user.click(send);
    const status = await within(section).findByRole('status');
    expect(status).toHaveTextContent('1 sent, 0 skipped, 1 refused.');
    expect(status).toHaveTextContent('Line 2: Nia <nia@example.org>');
    expect(status).toHaveTextContent('Line 3: The name is empty.');
  });
});
