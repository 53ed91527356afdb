import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ContinuingReviewSettings } from './ContinuingReviewSettings';
import { ContinuingReviewPolicyQuery, UpdateContinuingReviewPolicyMutation } from './approvals.operations';

const policy = (expedited: number | null, full: number | null, reminderDays: number[]) => ({
  __typename: 'ContinuingReviewPolicy' as const,
  periodMonths: { __typename: 'ApprovalPeriods' as const, exempt: null, expedited, full },
  reminderDays,
});

const venue = (revision: number, continuingReviewPolicy: ReturnType<typeof policy>) => ({
  __typename: 'Venue' as const,
  id: 'v1',
  revision,
  continuingReviewPolicy,
});

const loaded = {
  request: { query: ContinuingReviewPolicyQuery, variables: { venueId: 'v1' } },
  result: { data: { venue: venue(7, policy(12, 12, [60, 30, 14, 7, 1])) } },
};

function renderSettings(mocks: unknown[] = []) {
  render(
    <MockedProvider mocks={[loaded, ...mocks] as never[]}>
      <ContinuingReviewSettings venueId="v1" />
    </MockedProvider>,
  );
}

const months = (tier: string) =>
  screen.getByRole('spinbutton', { name: `Months an approval of ${tier} review holds` });
const save = () => screen.getByRole('button', { name: 'Save the continuing-review policy' });
const chips = () =>
  within(screen.getByRole('list', { name: 'Reminders, earliest first' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace('×', '').trim());

describe('ContinuingReviewSettings', () => {
  it('shows each tier’s period, exempt approvals without expiry, and the reminders', async () => {
    renderSettings();
    expect(await screen.findByRole('region', { name: 'Continuing review' })).toBeInTheDocument();
    expect(months('expedited')).toHaveValue(12);
    expect(months('full')).toHaveValue(12);
    expect(screen.getByRole('checkbox', { name: 'Does not expire (exempt review)' })).toBeChecked();
    expect(months('exempt')).toBeDisabled();
    expect(months('expedited')).toHaveAccessibleDescription(
      /^12 months: granted today, it would hold until /,
    );
    expect(chips()).toEqual(['60 days', '30 days', '14 days', '7 days', '1 day']);
  });

  it('refuses a period out of range on its field, which takes the focus, before anything is sent', async () => {
    const user = userEvent.setup();
    renderSettings();
    await screen.findByRole('region', { name: 'Continuing review' });
    await user.clear(months('expedited'));
    await user.type(months('expedited'), '61');
    await user.click(save());
    const field = months('expedited');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      /Give the period in whole months, from 1 to 60, or leave it without end\.$/,
    );
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('adds reminders in order, refuses one twice, and removes one', async () => {
    const user = userEvent.setup();
    renderSettings();
    await screen.findByRole('region', { name: 'Continuing review' });
    const add = screen.getByRole('spinbutton', { name: 'Add a reminder' });
    await user.type(add, '7');
    await user.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(add).toHaveAttribute('aria-invalid', 'true');
    expect(add).toHaveAccessibleDescription(
      'Days before expiry, from 1 to 365. 7 days is already a reminder.',
    );
    await user.clear(add);
    await user.type(add, '90{Enter}');
    expect(add).not.toHaveAttribute('aria-invalid');
    expect(add).toHaveValue(null);
    expect(chips()[0]).toBe('90 days');
    await user.click(screen.getByRole('button', { name: 'Remove the reminder 14 days before expiry' }));
    expect(chips()).toEqual(['90 days', '60 days', '30 days', '7 days', '1 day']);
    expect(add).toHaveFocus();
  });

  it('saves the policy at the venue’s revision', async () => {
    const user = userEvent.setup();
    renderSettings([
      {
        request: {
          query: UpdateContinuingReviewPolicyMutation,
          variables: {
            venueId: 'v1',
            policy: {
              periodMonths: { exempt: null, expedited: 6, full: null },
              reminderDays: [60, 30, 14, 7, 1],
            },
            expectedRevision: 7,
          },
        },
        result: { data: { updateContinuingReviewPolicy: venue(8, policy(6, null, [60, 30, 14, 7, 1])) } },
      },
    ]);
    await screen.findByRole('region', { name: 'Continuing review' });
    await user.clear(months('expedited'));
    await user.type(months('expedited'), '6');
    await user.click(screen.getByRole('checkbox', { name: 'Does not expire (full review)' }));
    expect(months('full')).toBeDisabled();
    await user.click(save());
    expect(await screen.findByText('Continuing-review policy saved.')).toBeInTheDocument();
  });

  it('puts the server’s field errors on the fields they name', async () => {
    const user = userEvent.setup();
    renderSettings([
      {
        request: { query: UpdateContinuingReviewPolicyMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'Some fields need attention.',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [
                  { path: 'periodMonths.full', message: 'Full review needs a yearly review at least.' },
                ],
              },
            },
          ],
        },
      },
    ]);
    await screen.findByRole('region', { name: 'Continuing review' });
    await user.clear(months('full'));
    await user.type(months('full'), '24');
    await user.click(save());
    await waitFor(() => expect(months('full')).toHaveAttribute('aria-invalid', 'true'));
    expect(months('full')).toHaveAccessibleDescription(/Full review needs a yearly review at least\.$/);
    await waitFor(() => expect(months('full')).toHaveFocus());
  });
});
