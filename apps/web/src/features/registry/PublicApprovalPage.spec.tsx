import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { approval } from './publicApproval.fixture';
import { PublicApprovalPage } from './PublicApprovalPage';
import { PublicApprovalQuery } from './registry.operations';

function renderAt(path: string, mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/approvals/:id" element={<PublicApprovalPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('PublicApprovalPage', () => {
  it('shows the plan per artifact, with a suspended release marked in words', async () => {
    renderAt('/approvals/a1', [
      {
        request: { query: PublicApprovalQuery, variables: { id: 'a1' } },
        result: { data: { publicApproval: approval } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: approval.title })).toBeInTheDocument();
    expect(screen.getByText(/suspended the release of some artifacts \(marked below\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Release registry of CSS32' })).toHaveAttribute(
      'href',
      '/registry/v1',
    );

    const plan = screen.getByRole('region', { name: 'Release plan' });
    const model = within(plan).getByRole('row', { name: /Voice model/ });
    expect(model).toHaveTextContent('Reduced');
    expect(model).toHaveTextContent('Timed (embargo)');
    expect(model).toHaveTextContent('Ask for access');
    expect(model).toHaveTextContent('Release suspended');
    const paper = within(plan).getByRole('row', { name: /Paper/ });
    expect(paper).toHaveTextContent('As planned');
    expect(paper).not.toHaveTextContent('Release suspended');

    expect(screen.getByRole('region', { name: 'Report misuse or a new risk' })).toHaveTextContent(
      'Your report is confidential to the chairs of CSS32.',
    );
  });

  it('says plainly when there is no such approved work', async () => {
    renderAt('/approvals/nope', [
      {
        request: { query: PublicApprovalQuery, variables: { id: 'nope' } },
        result: {
          errors: [
            { message: 'There is no approved work at this address.', extensions: { code: 'NOT_FOUND' } },
          ],
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No such approved work' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send the report' })).toBeNull();
  });
});
