import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { approval } from './publicApproval.fixture';
import { PublicApprovalsQuery, RegistryVenuesQuery } from './registry.operations';
import { RegistryPage } from './RegistryPage';

function renderAt(path: string, mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/registry/:venueId" element={<RegistryPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('RegistryPage', () => {
  it('lists the venue’s approved work with its state and releases', async () => {
    renderAt('/registry/v1', [
      {
        request: { query: PublicApprovalsQuery, variables: { venueId: 'v1' } },
        result: { data: { publicApprovals: [approval] } },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Conference on Speech Synthesis 2032/ }),
    ).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Few-shot voice cloning/ });
    expect(within(row).getByRole('link', { name: approval.title })).toHaveAttribute('href', '/approvals/a1');
    expect(row).toHaveTextContent('Suspended');
    expect(row).toHaveTextContent('2 artifacts');
    expect(row).toHaveTextContent('1 release suspended');
    expect(screen.getByRole('region', { name: 'Report a concern about this venue' })).toBeInTheDocument();
  });

  it('names an empty registry’s venue and says nothing is approved yet', async () => {
    renderAt('/registry/v2', [
      {
        request: { query: PublicApprovalsQuery, variables: { venueId: 'v2' } },
        result: { data: { publicApprovals: [] } },
      },
      {
        request: { query: RegistryVenuesQuery },
        result: {
          data: {
            venues: [
              { __typename: 'Venue', id: 'v2', name: 'Workshop on Audio Deepfakes', shortName: 'WAD' },
            ],
          },
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Workshop on Audio Deepfakes/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No approved work yet' })).toBeInTheDocument();
  });
});
