import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { VenueSubmissionsQuery } from '../submissions/submission.operations';
import { PAGE_SIZE, VenueDashboard } from './VenueDashboard';

function item(n: number, tier: 'exempt' | 'full') {
  return {
    __typename: 'Submission',
    id: `s${n}`,
    title: `Statement ${n}`,
    phase: 'submitted',
    tierStatus: 'suggested',
    revision: 1,
    updatedAt: '2030-01-01T00:00:00.000Z',
    submittedAt: '2030-01-01T00:00:00.000Z',
    authors: [{ __typename: 'User', id: 'u1', name: 'Ada Author' }],
    versions: [{ __typename: 'StatementVersionSummary', number: 1 }],
    tierSuggestion: { __typename: 'TierSuggestion', tier, score: tier === 'full' ? 12 : 0, drivers: [] },
    tierDecision: null,
  };
}

function page(
  vars: { tier?: string | null; offset?: number; sort?: { field: string; direction: string } },
  items: unknown[],
  total: number,
) {
  return {
    request: {
      query: VenueSubmissionsQuery,
      variables: {
        venueId: 'v1',
        filter: { tier: vars.tier ?? null, tierStatus: null, phase: null, search: null },
        sort: vars.sort ?? { field: 'updatedAt', direction: 'desc' },
        offset: vars.offset ?? 0,
        limit: PAGE_SIZE,
      },
    },
    result: {
      data: {
        venueSubmissions: { __typename: 'SubmissionPage', total, offset: vars.offset ?? 0, limit: PAGE_SIZE, items },
      },
    },
  };
}

function Url() {
  const location = useLocation();
  return <output data-testid="url">{location.search}</output>;
}

function renderDashboard(mocks: unknown[], path = '/venues/v1/dashboard') {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/venues/:id/dashboard"
            element={
              <>
                <VenueDashboard venueId="v1" />
                <Url />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('VenueDashboard', () => {
  it('lists submitted statements with their tier and status', async () => {
    renderDashboard([page({}, [item(1, 'full'), item(2, 'exempt')], 2)]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Statement 1');
    expect(rows[1]).toHaveTextContent('Full (suggested)');
    expect(rows[1]).toHaveTextContent('Suggested');
    expect(screen.getByRole('button', { name: 'Review tier of Statement 2' })).toBeInTheDocument();
    expect(screen.getByText('2 statements')).toBeInTheDocument();
  });

  it('filters by tier through the URL and starts again at page one', async () => {
    const user = userEvent.setup();
    renderDashboard(
      [page({ offset: PAGE_SIZE }, [item(21, 'exempt')], 21), page({ tier: 'full' }, [item(1, 'full')], 1)],
      '/venues/v1/dashboard?page=2',
    );
    expect(await screen.findByText('Statement 21')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Tier'), 'full');
    expect(await screen.findByText('Statement 1')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?tier=full');
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('pages forward with the right offset, and sorts by a column header', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: PAGE_SIZE }, (_, i) => item(i + 1, 'exempt'));
    renderDashboard([
      page({}, first, PAGE_SIZE + 1),
      page({ offset: PAGE_SIZE }, [item(21, 'full')], PAGE_SIZE + 1),
      page({ sort: { field: 'title', direction: 'desc' } }, [item(9, 'full')], PAGE_SIZE + 1),
    ]);
    await screen.findByText('Statement 20');
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Statement 21')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(await screen.findByText('Statement 9')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByTestId('url')).toHaveTextContent('?sort=title&dir=desc');
  });
});
