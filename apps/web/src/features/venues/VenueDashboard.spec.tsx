import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { MeQuery } from '../auth/auth.operations';
import { AuthProvider } from '../auth/AuthContext';
import { VenueSubmissionsQuery } from '../submissions/submission.operations';
import { PAGE_SIZE, VenueDashboard } from './VenueDashboard';

const me = {
  request: { query: MeQuery },
  result: {
    data: {
      me: { __typename: 'Viewer', id: 'c1', name: 'Carla Chair', email: 'carla@example.org', roles: [] },
    },
  },
};

function item(n: number, tier: 'exempt' | 'full', extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Submission',
    id: `s${n}`,
    title: `Statement ${n}`,
    phase: 'submitted',
    tierStatus: 'suggested',
    tier,
    revision: 1,
    updatedAt: '2030-01-01T00:00:00.000Z',
    submittedAt: '2030-01-01T00:00:00.000Z',
    authors: [{ __typename: 'User', id: 'u1', name: 'Ada Author' }],
    versions: [{ __typename: 'StatementVersionSummary', number: 1 }],
    tierSuggestion: { __typename: 'TierSuggestion', tier, score: tier === 'full' ? 12 : 0, drivers: [] },
    tierDecision: null,
    ...extra,
  };
}

function page(
  vars: {
    tier?: string | null;
    phase?: string | null;
    offset?: number;
    sort?: { field: string; direction: string };
  },
  items: unknown[],
  total: number,
) {
  return {
    request: {
      query: VenueSubmissionsQuery,
      variables: {
        venueId: 'v1',
        filter: { tier: vars.tier ?? null, tierStatus: null, phase: vars.phase ?? null, search: null },
        sort: vars.sort ?? { field: 'updatedAt', direction: 'desc' },
        offset: vars.offset ?? 0,
        limit: PAGE_SIZE,
      },
    },
    result: {
      data: {
        venueSubmissions: {
          __typename: 'SubmissionPage',
          total,
          offset: vars.offset ?? 0,
          limit: PAGE_SIZE,
          items,
        },
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
    <MockedProvider mocks={[me, ...(mocks as never[])]}>
      <AuthProvider>
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
      </AuthProvider>
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

  it('offers only phases and statuses a chair can meet (never a draft)', async () => {
    renderDashboard([page({}, [item(1, 'full')], 1)]);
    await screen.findByRole('table');
    const phases = within(screen.getByLabelText('Phase'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(phases).toEqual(['Any phase', 'Submitted', 'Revising']);
    const statuses = within(screen.getByLabelText('Tier status'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(statuses).toEqual(['Any status', 'Suggested', 'Needs confirmation', 'Confirmed', 'Overridden']);
    expect(screen.getByText('1 statement')).toBeInTheDocument();
  });

  it('shows the same tier in the column as the filter uses, and says when a chair must decide again', async () => {
    const decidedForV1 = {
      __typename: 'TierDecision',
      tier: 'expedited',
      suggestedTier: 'expedited',
      reason: '',
      decidedAt: '2030-01-01T00:00:00.000Z',
      forVersion: 1,
      decidedBy: { __typename: 'User', id: 'c1', name: 'Carla Chair' },
    };
    renderDashboard(
      [
        page(
          { tier: 'full' },
          [
            item(1, 'full', {
              tierStatus: 'needs_confirmation',
              tierDecision: decidedForV1,
              versions: [
                { __typename: 'StatementVersionSummary', number: 1 },
                { __typename: 'StatementVersionSummary', number: 2 },
              ],
            }),
          ],
          1,
        ),
      ],
      '/venues/v1/dashboard?tier=full',
    );
    const row = (await screen.findAllByRole('row'))[1] as HTMLElement;
    expect(within(row).getByText('Full (suggested)')).toBeInTheDocument();
    expect(row).not.toHaveTextContent('Expedited (suggested)');
    expect(within(row).getByText('Needs confirmation')).toBeInTheDocument();
    expect(
      within(row).getByText('Version 2 suggests Full (was Expedited for version 1)'),
    ).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Decide again of Statement 1' })).toBeInTheDocument();
  });

  it('keeps the pager on a page past the end, with a way back', async () => {
    const user = userEvent.setup();
    renderDashboard(
      [page({ offset: 4 * PAGE_SIZE }, [], 21), page({ offset: PAGE_SIZE }, [item(21, 'exempt')], 21)],
      '/venues/v1/dashboard?page=5',
    );
    expect(await screen.findByText('There is no page 5: the last page is 2.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent(
      'Page 5 (the last page is 2)',
    );
    await user.click(screen.getByRole('button', { name: 'Go to page 2' }));
    expect(await screen.findByText('Statement 21')).toBeInTheDocument();
    expect(screen.getByTestId('url')).toHaveTextContent('?page=2');
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
