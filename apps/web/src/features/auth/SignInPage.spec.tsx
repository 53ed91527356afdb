import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { AuthProvider } from './AuthContext';
import { LoginMutation, MeQuery } from './auth.operations';
import { SignInPage } from './SignInPage';

const signedOut = { request: { query: MeQuery }, result: { data: { __typename: 'Query', me: null } } };
const viewer = {
  __typename: 'Viewer',
  id: 'u1',
  name: 'Ada Author',
  email: 'ada@example.org',
  roles: [],
  siteAdmin: false,
  canCreateVenues: false,
};

function renderAt(path: string, mocks: unknown[]) {
  return render(
    <MockedProvider mocks={[signedOut, ...(mocks as never[])]}>
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/venues/v1" element={<p>Venue page</p>} />
            <Route path="/" element={<p>Home page</p>} />
          </Routes>
        </AuthProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SignInPage', () => {
  it('checks the fields before sending anything', async () => {
    const user = userEvent.setup();
    renderAt('/sign-in', []);
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need attention.');
    const email = screen.getByLabelText(/Email/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText(/Password/)).toHaveAccessibleDescription('Enter your password.');
  });

  it('shows the server sentence when the credentials are wrong', async () => {
    const user = userEvent.setup();
    renderAt('/sign-in', [
      {
        request: { query: LoginMutation, variables: { input: { email: 'ada@example.org', password: 'wrong-password' } } },
        result: {
          errors: [{ message: 'The email or password is not right.', extensions: { code: 'UNAUTHENTICATED' } }],
        },
      },
    ]);
    await user.type(await screen.findByLabelText(/Email/), ' ada@example.org ');
    await user.type(screen.getByLabelText(/Password/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not right.');
    expect(screen.queryByText('Home page')).not.toBeInTheDocument();
  });

  it('puts server field errors next to their inputs', async () => {
    const user = userEvent.setup();
    renderAt('/sign-in', [
      {
        request: { query: LoginMutation, variables: { input: { email: 'ada@example.org', password: 'x' } } },
        result: {
          errors: [
            {
              message: 'Some fields need attention.',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'password', message: 'Too short.' }] },
            },
          ],
        },
      },
    ]);
    await user.type(await screen.findByLabelText(/Email/), 'ada@example.org');
    await user.type(screen.getByLabelText(/Password/), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByLabelText(/Password/)).toHaveAccessibleDescription('Too short.'));
    expect(screen.getByLabelText(/Email/)).not.toHaveAttribute('aria-invalid');
  });

  it('signs in and goes where the visitor wanted to go', async () => {
    const user = userEvent.setup();
    renderAt('/sign-in?next=%2Fvenues%2Fv1', [
      {
        request: { query: LoginMutation, variables: { input: { email: 'ada@example.org', password: 'correct-horse' } } },
        result: { data: { login: viewer } },
      },
    ]);
    await user.type(await screen.findByLabelText(/Email/), 'ada@example.org');
    await user.type(screen.getByLabelText(/Password/), 'correct-horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Venue page')).toBeInTheDocument();
  });

  it('never redirects off-site after signing in', async () => {
    const user = userEvent.setup();
    renderAt('/sign-in?next=%2F%2Fevil.example', [
      {
        request: { query: LoginMutation, variables: { input: { email: 'ada@example.org', password: 'correct-horse' } } },
        result: { data: { login: viewer } },
      },
    ]);
    await user.type(await screen.findByLabelText(/Email/), 'ada@example.org');
    await user.type(screen.getByLabelText(/Password/), 'correct-horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Home page')).toBeInTheDocument();
  });
});
