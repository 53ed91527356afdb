import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryState } from './QueryState';

function failure(code: string, message: string) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
}

function renderState(ui: React.ReactElement) {
  return render(<MemoryRouter>{ui}</MemoryRouter>);
}

const content = (data: { items: string[] }) => (
  <ul>
    {data.items.map((i) => (
      <li key={i}>{i}</li>
    ))}
  </ul>
);

describe('QueryState', () => {
  it('says it is loading, busy, until the first answer', () => {
    renderState(
      <QueryState query={{ loading: true, data: undefined }} loadingLabel="Loading the venues…">
        {content}
      </QueryState>,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading the venues…');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('keeps showing the data it has while refetching', () => {
    renderState(<QueryState query={{ loading: true, data: { items: ['a'] } }}>{content}</QueryState>);
    expect(screen.getByRole('listitem')).toHaveTextContent('a');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a failure as an alert with a retry that refetches', async () => {
    const refetch = jest.fn();
    renderState(
      <QueryState
        query={{ loading: false, data: undefined, error: failure('OVERLOADED', 'Very busy.'), refetch }}
      >
        {content}
      </QueryState>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Very busy.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('offers no retry where a retry cannot help, and the given way on', () => {
    renderState(
      <QueryState
        query={{
          loading: false,
          data: undefined,
          error: failure('NOT_FOUND', 'No such venue.'),
          refetch: jest.fn(),
        }}
        errorTitle="Venue not found"
        errorAction={<a href="/venues">All venues</a>}
      >
        {content}
      </QueryState>,
    );
    expect(screen.getByRole('heading', { name: 'Venue not found' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: 'All venues' })).toBeInTheDocument();
  });

  it('shows the empty state when the data is empty', () => {
    renderState(
      <QueryState
        query={{ loading: false, data: { items: [] } }}
        isEmpty={(d) => d.items.length === 0}
        empty={<p>No venues yet.</p>}
      >
        {content}
      </QueryState>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No venues yet.');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renders the content with the data, and nothing without children', () => {
    const { unmount } = renderState(
      <QueryState
        query={{ loading: false, data: { items: ['x', 'y'] } }}
        isEmpty={(d) => d.items.length === 0}
      >
        {content}
      </QueryState>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    unmount();
    const { container } = renderState(<QueryState query={{ loading: false, data: { items: [] } }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
