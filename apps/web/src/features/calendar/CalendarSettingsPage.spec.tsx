import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import {
  CalendarFeedsQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from './calendar.operations';
import { CalendarSettingsPage } from './CalendarSettingsPage';

const URL = 'https://impact-review.example/calendar/AbCdEfGhIjKlMnOpQrStUvWx.ics';
const URL_2 = 'https://impact-review.example/calendar/ZyXwVuTsRqPoNmLkJiHgFeDc.ics';
const venue = {
  __typename: 'Venue' as const,
  id: 'v1',
  name: 'Conference on Speech Synthesis 2032',
  shortName: 'CSS32',
};
const feeds = {
  request: { query: CalendarFeedsQuery },
  result: {
    data: {
      calendarFeeds: [
        { __typename: 'CalendarFeedStatusModel' as const, venue: null, createdAt: null },
        { __typename: 'CalendarFeedStatusModel' as const, venue, createdAt: '2032-04-01T09:00:00.000Z' },
      ],
    },
  },
};

/** The answer to making the person's own address. */
function created(url: string, createdAt: string) {
  return {
    request: { query: CreateCalendarFeedMutation, variables: { venueId: null } },
    result: { data: { createCalendarFeed: { __typename: 'CalendarFeedAddress' as const, url, createdAt } } },
  };
}

/** Renders the page; `leaveAndComeBack` unmounts and mounts it again with the same Apollo cache. */
function renderPage(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  const all = [feeds, ...(mocks ?? [])];
  const { rerender } = render(
    <MockedProvider mocks={all}>
      <CalendarSettingsPage />
    </MockedProvider>,
  );
  return {
    leaveAndComeBack: () => {
      rerender(<MockedProvider mocks={all}>{null}</MockedProvider>);
      rerender(
        <MockedProvider mocks={all}>
          <CalendarSettingsPage />
        </MockedProvider>,
      );
    },
  };
}

describe('CalendarSettingsPage', () => {
  it('makes a private address, shows it once with a copy button, and then offers a new one', async () => {
    const user = userEvent.setup();
    const page = renderPage([
      created(URL, '2032-04-02T09:00:00.000Z'),
      created(URL_2, '2032-04-02T09:05:00.000Z'),
    ]);
    const own = await screen.findByRole('region', { name: 'Your calendar' });
    expect(own).toHaveTextContent('reviews you owe');
    expect(own).toHaveTextContent('No address yet.');
    expect(within(own).queryByRole('button', { name: /Stop this address/ })).toBeNull();

    await user.click(within(own).getByRole('button', { name: 'Make a private address' }));
    const address = await within(own).findByRole('textbox', { name: 'Private address' });
    expect(address).toHaveValue(URL);
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Shown only now'));
    expect(own).toHaveTextContent('Your private address is made.');
    expect(own).toHaveTextContent('Current address made on');
    expect(within(own).getByRole('button', { name: 'Make a new address' })).toHaveAccessibleDescription(
      'A new address replaces the current one, which stops working at once.',
    );

    await user.click(within(own).getByRole('button', { name: 'Copy' }));
    expect(await within(own).findByText(/^Copied\./)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(URL);

    // A new address replaces the old one; what was copied was the old one.
    await user.click(within(own).getByRole('button', { name: 'Make a new address' }));
    expect(await within(own).findByDisplayValue(URL_2)).toBeInTheDocument();
    expect(own).toHaveTextContent('A new address is made; the old one no longer works.');
    expect(within(own).queryByText(/^Copied\./)).toBeNull();

    // Once left, the address is gone for good; the page only knows that one exists.
    page.leaveAndComeBack();
    const again = await screen.findByRole('region', { name: 'Your calendar' });
    expect(again).toHaveTextContent('Current address made on');
    expect(within(again).queryByRole('textbox', { name: 'Private address' })).toBeNull();
    expect(screen.queryByDisplayValue(URL_2)).toBeNull();
  });

  it('selects the address for copying by hand when the browser offers no clipboard', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    renderPage([created(URL, '2032-04-02T09:00:00.000Z')]);
    const own = await screen.findByRole('region', { name: 'Your calendar' });
    await user.click(within(own).getByRole('button', { name: 'Make a private address' }));
    await user.click(await within(own).findByRole('button', { name: 'Copy' }));
    expect(await within(own).findByText(/Your browser did not let us copy it/)).toBeInTheDocument();
    expect(within(own).getByRole('textbox', { name: 'Private address' })).toHaveFocus();
  });

  it('stops a venue’s address only after the chair confirms', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: RevokeCalendarFeedMutation, variables: { venueId: 'v1' } },
        result: { data: { revokeCalendarFeed: true } },
      },
    ]);
    const feed = await screen.findByRole('region', { name: 'Conference on Speech Synthesis 2032 (CSS32)' });
    expect(feed).toHaveTextContent('every approval');
    expect(feed).toHaveTextContent('Current address made on');

    await user.click(within(feed).getByRole('button', { name: 'Stop this address…' }));
    const question = within(feed).getByRole('group', { name: /Stop this address\?/ });
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Keep it' }));
    expect(within(feed).queryByRole('group', { name: /Stop this address\?/ })).toBeNull();

    await user.click(within(feed).getByRole('button', { name: 'Stop this address…' }));
    await user.click(within(feed).getByRole('button', { name: 'Stop the address' }));
    await waitFor(() => expect(feed).toHaveTextContent('The address is stopped'));
    expect(feed).toHaveTextContent('No address yet.');
    expect(within(feed).getByRole('button', { name: 'Make a private address' })).toBeInTheDocument();
  });
});
