import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { NotificationSettingsPage } from './NotificationSettingsPage';
import { NotificationSettingsQuery, SetNotificationDeliveryMutation } from './notification.operations';

const KINDS = [
  ['submission_registered', 'A submission of yours is registered'],
  ['version_submitted', 'A version of your statement is submitted'],
  ['tier_decided', 'The committee confirms or changes the tier of your statement'],
  ['invitation_answered', 'Someone answers an invitation you sent'],
  ['approval_changed', 'An approval of your work changes'],
] as const;

const REQUIRED = new Set(['approval_changed']);

const choices = (chosen: Partial<Record<string, string>>, fallback: Partial<Record<string, string>> = {}) =>
  KINDS.map(([kind, label]) => ({
    __typename: 'NotificationChoice' as const,
    kind,
    label,
    chosen: chosen[kind] ?? null,
    delivery: chosen[kind] ?? fallback[kind] ?? 'immediately',
    required: REQUIRED.has(kind),
  }));

const settings = (venueChosen: Partial<Record<string, string>>) => ({
  __typename: 'NotificationSettings' as const,
  timeZone: 'Europe/Berlin',
  digestHour: 8,
  nextDigestAt: '2030-01-02T07:00:00.000Z',
  general: choices({ version_submitted: 'daily_digest' }),
  venues: [
    {
      __typename: 'VenueNotificationSettings' as const,
      venueId: 'v1',
      venueName: 'Workshop on Synthetic Media',
      venueShortName: 'WSM',
      choices: choices(venueChosen, { version_submitted: 'daily_digest' }),
    },
  ],
});

describe('NotificationSettingsPage', () => {
  it('shows what a venue inherits and saves a venue choice as soon as it is picked', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: NotificationSettingsQuery },
            result: { data: { notificationSettings: settings({}) } },
          },
          {
            request: {
              query: SetNotificationDeliveryMutation,
              variables: { input: { venueId: 'v1', kind: 'tier_decided', delivery: 'never' } },
            },
            result: { data: { setNotificationDelivery: settings({ tier_decided: 'never' }) } },
          },
        ]}
      >
        <NotificationSettingsPage />
      </MockedProvider>,
    );
    const venue = await screen.findByRole('region', { name: /Workshop on Synthetic Media/ });
    const versions = within(venue).getByRole('combobox', {
      name: 'A version of your statement is submitted',
    });
    expect(versions).toHaveDisplayValue('As for all venues (daily digest)');
    const tiers = within(venue).getByRole('combobox', { name: /confirms or changes the tier/ });
    await user.selectOptions(tiers, 'never');
    expect(await screen.findByText(/^Saved: “The committee confirms/)).toBeInTheDocument();
    expect(tiers).toHaveDisplayValue('Never');
    const general = screen.getByRole('region', { name: 'All venues' });
    expect(
      within(general).getByRole('combobox', { name: /confirms or changes the tier/ }),
    ).toHaveDisplayValue('Immediately');
  });

  it('shows a required notice as always coming by email, with no choice the server would refuse', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: NotificationSettingsQuery },
            result: { data: { notificationSettings: settings({}) } },
          },
        ]}
      >
        <NotificationSettingsPage />
      </MockedProvider>,
    );
    for (const name of ['All venues', /Workshop on Synthetic Media/]) {
      const section = await screen.findByRole('region', { name });
      const notice = within(section).getByRole('group', { name: 'An approval of your work changes' });
      expect(notice).toHaveTextContent('Always, by email — a required notice');
      expect(
        within(section).queryByRole('combobox', { name: 'An approval of your work changes' }),
      ).toBeNull();
      // The other kinds keep their choice.
      expect(
        within(section).getByRole('combobox', { name: 'Someone answers an invitation you sent' }),
      ).toBeEnabled();
    }
  });
});
