import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { AuthProvider } from '../auth/AuthContext';
import { MeQuery } from '../auth/auth.operations';
import { UnsubscribeLinkQuery, UnsubscribeMutation } from './notification.operations';
import { UnsubscribePage } from './UnsubscribePage';

const link = (unsubscribed: boolean) => ({
  __typename: 'UnsubscribeLink' as const,
  kind: 'tier_decided' as const,
  kindLabel: 'The committee confirms or changes the tier of your statement',
  venueName: 'Workshop on Synthetic Media (WSM)',
  unsubscribed,
});

function renderPage(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  return render(
    <MockedProvider
      mocks={[{ request: { query: MeQuery }, result: { data: { me: null } } }, ...(mocks ?? [])]}
    >
      <AuthProvider>
        <MemoryRouter initialEntries={['/unsubscribe/tok.sig']}>
          <Routes>
            <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </MockedProvider>,
  );
}

describe('UnsubscribePage', () => {
  it('asks first, and unsubscribes only when the button is pressed', async () => {
    const user = userEvent.setup();
    renderPage([
      {
        request: { query: UnsubscribeLinkQuery, variables: { token: 'tok.sig' } },
        result: { data: { unsubscribeLink: link(false) } },
      },
      {
        request: { query: UnsubscribeMutation, variables: { token: 'tok.sig' } },
        result: { data: { unsubscribe: link(true) } },
      },
    ]);
    expect(
      await screen.findByText(/Stop the emails you get when the committee confirms or changes the tier/),
    ).toHaveTextContent('at Workshop on Synthetic Media (WSM)?');
    await user.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Done: you no longer get an email when the committee confirms or changes the tier of your statement at Workshop on Synthetic Media (WSM).',
    );
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
  });

  it('says plainly when a link does not work', async () => {
    renderPage([
      {
        request: { query: UnsubscribeLinkQuery, variables: { token: 'tok.sig' } },
        result: {
          errors: [{ message: 'This unsubscribe link is not valid.', extensions: { code: 'NOT_FOUND' } }],
        },
      },
    ]);
    expect(await screen.findByRole('heading', { name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.getByText('This unsubscribe link is not valid.')).toBeInTheDocument();
  });
});
