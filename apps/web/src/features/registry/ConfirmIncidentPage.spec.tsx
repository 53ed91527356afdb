import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { ConfirmIncidentPage } from './ConfirmIncidentPage';
import { ConfirmIncidentReportMutation } from './registry.operations';

const TOKEN = 'tok_abcdefghijklmnop';

function renderPage(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  return render(
    <StrictMode>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/incidents/confirm/${TOKEN}`]}>
          <Routes>
            <Route path="/incidents/confirm/:token" element={<ConfirmIncidentPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </StrictMode>,
  );
}

describe('ConfirmIncidentPage', () => {
  it('confirms once as it opens, even under StrictMode, and thanks the reporter with the reference', async () => {
    const answer = jest.fn(() => ({
      data: {
        confirmIncidentReport: {
          __typename: 'IncidentConfirmation' as const,
          reference: 'IR-64B7F0',
          about: '“Few-shot voice cloning for audiobooks” (CSS32)',
        },
      },
    }));
    // The mock would answer twice: the page must ask once.
    renderPage([
      {
        request: { query: ConfirmIncidentReportMutation, variables: { token: TOKEN } },
        result: answer,
        maxUsageCount: 2,
      },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Confirming your report…');
    expect(await screen.findByRole('heading', { name: 'Report confirmed' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Thank you — your report IR-64B7F0 about “Few-shot voice cloning for audiobooks” (CSS32) reached the committee.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('says so when the link was used or has expired, with a way back', async () => {
    renderPage([
      {
        request: { query: ConfirmIncidentReportMutation, variables: { token: TOKEN } },
        result: {
          errors: [
            {
              message: 'This confirmation link is not valid any more. Send the report again.',
              extensions: { code: 'NOT_FOUND' },
            },
          ],
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work any more' }),
    ).toBeInTheDocument();
    expect(screen.getByText('A confirmation link works once, and for 48 hours.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the Impact Review home page' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
