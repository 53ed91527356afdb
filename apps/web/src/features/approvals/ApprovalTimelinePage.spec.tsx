import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ApprovalTimelineViewQuery as Data } from '../../gql/graphql';
import { formatDateTime, formatDay } from '../../lib/format';
import { ApprovalTimelinePage, entryWhen } from './ApprovalTimelinePage';
import { ApprovalTimelineViewQuery } from './approvals.operations';

type Entry = NonNullable<Data['submission']['approval']>['timeline'][number];

const entry = (overrides: Partial<Entry>): Entry => ({
  __typename: 'ApprovalTimelineEntry',
  at: '2031-01-15T09:00:00.000Z',
  category: 'decision',
  categoryLabel: 'Decision',
  title: 'Decision sent',
  detail: '',
  actorName: null,
  ...overrides,
});

const TIMELINE: Entry[] = [
  entry({ title: 'Decision sent', detail: 'Outcome: approved with conditions.', actorName: 'Dana Chair' }),
  entry({
    at: '2031-02-01T00:00:00.000Z',
    category: 'release',
    categoryLabel: 'Release',
    title: 'Release opened: Voice model, stage 1: the 124M model',
    detail: 'Opened on 2031-02-01.',
  }),
  entry({
    at: '2031-06-15T09:00:00.000Z',
    category: 'reevaluation',
    categoryLabel: 'Re-evaluation',
    title: 'Re-evaluation opened',
    detail: 'A replication of the model appeared online.',
    actorName: 'Dana Chair',
  }),
  entry({
    at: '2031-06-20T10:00:00.000Z',
    category: 'reevaluation',
    categoryLabel: 'Re-evaluation',
    title: 'Continuing-review report filed',
    detail: 'The authors filed their continuing-review report.',
    actorName: 'Amal Author',
  }),
  entry({
    at: '2031-07-01T00:00:00.000Z',
    category: 'release',
    categoryLabel: 'Release',
    title: 'Release blocked: Voice model, stage 2: the full model',
    detail: 'Blocked: its date (2031-07-01) came, but no re-evaluation before it decided to advance to it.',
  }),
];

const answer = (timeline: Entry[] | null) => ({
  request: { query: ApprovalTimelineViewQuery, variables: { submissionId: 's1' } },
  result: {
    data: {
      submission: {
        __typename: 'Submission',
        id: 's1',
        title: 'Voice cloning for low-resource languages',
        approval: timeline
          ? { __typename: 'Approval', id: 'a1', state: 'active', stateLabel: 'Active', timeline }
          : null,
      },
    },
  },
});

function renderPage(mocks: unknown[]) {
  render(
    <MemoryRouter initialEntries={['/submissions/s1/timeline']}>
      <MockedProvider mocks={mocks as never[]}>
        <Routes>
          <Route path="/submissions/:id/timeline" element={<ApprovalTimelinePage />} />
        </Routes>
      </MockedProvider>
    </MemoryRouter>,
  );
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Timeline entries' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('ApprovalTimelinePage', () => {
  it('shows the entries oldest first, each with its time, category, detail and actor, under a link back', async () => {
    renderPage([answer(TIMELINE)]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the approval timeline…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Approval timeline' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voice cloning for low-resource languages' })).toHaveAttribute(
      'href',
      '/submissions/s1',
    );
    expect(titles()).toEqual(TIMELINE.map((e) => e.title));
    const [first] = within(screen.getByRole('list', { name: 'Timeline entries' })).getAllByRole('listitem');
    expect(first).toHaveTextContent(formatDateTime('2031-01-15T09:00:00.000Z'));
    expect(within(first!).getByText('Decision', { selector: '.badge' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Outcome: approved with conditions.');
    expect(first).toHaveTextContent('by Dana Chair');
  });

  it('filters by category with toggle buttons that show their counts', async () => {
    const user = userEvent.setup();
    renderPage([answer(TIMELINE)]);
    const filters = await screen.findByRole('group', { name: 'Show categories' });
    expect(
      within(filters)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['All (5)', 'Decision (1)', 'Re-evaluation (2)', 'Release (2)']);
    const all = within(filters).getByRole('button', { name: 'All (5)' });
    const releases = within(filters).getByRole('button', { name: 'Release (2)' });
    expect(all).toHaveAttribute('aria-pressed', 'true');

    await user.click(releases);
    expect(releases).toHaveAttribute('aria-pressed', 'true');
    expect(all).toHaveAttribute('aria-pressed', 'false');
    expect(titles()).toEqual([
      'Release opened: Voice model, stage 1: the 124M model',
      'Release blocked: Voice model, stage 2: the full model',
    ]);
    expect(screen.getByText('Showing 2 of 5 entries, oldest first.')).toBeInTheDocument();

    await user.click(within(filters).getByRole('button', { name: 'Decision (1)' }));
    expect(titles()).toEqual([
      'Decision sent',
      'Release opened: Voice model, stage 1: the 124M model',
      'Release blocked: Voice model, stage 2: the full model',
    ]);

    await user.click(releases);
    expect(releases).toHaveAttribute('aria-pressed', 'false');
    expect(titles()).toEqual(['Decision sent']);

    await user.click(all);
    expect(titles()).toHaveLength(5);
  });

  it('dates a release by its day, whatever the reader’s zone', () => {
    expect(entryWhen({ at: '2031-02-01T00:00:00.000Z', category: 'release' })).toBe(formatDay('2031-02-01'));
    expect(entryWhen({ at: '2031-02-01T09:30:00.000Z', category: 'release' })).toBe(
      formatDateTime('2031-02-01T09:30:00.000Z'),
    );
  });

  it('says so when there is nothing to show', async () => {
    renderPage([answer([])]);
    expect(await screen.findByText('Nothing has happened to this approval yet.')).toBeInTheDocument();
  });

  it('says so when the statement has no approval the reader may see', async () => {
    renderPage([answer(null)]);
    expect(await screen.findByText(/This statement has no approval to show/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the statement' })).toHaveAttribute(
      'href',
      '/submissions/s1',
    );
  });

  it('says what went wrong when the statement cannot be read', async () => {
    renderPage([
      {
        request: { query: ApprovalTimelineViewQuery, variables: { submissionId: 's1' } },
        result: { errors: [{ message: 'No such submission.', extensions: { code: 'NOT_FOUND' } }] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Back to the statement' })).toHaveAttribute(
      'href',
      '/submissions/s1',
    );
  });
});
