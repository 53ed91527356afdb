import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { IncidentFieldsFragment as Incident } from '../../gql/graphql';
import { TriageIncidentMutation } from './continuing-review.operations';
import { IncidentReports } from './IncidentReports';
import { triageProblems } from './IncidentTriageForm';

const REASON = 'Cloned voices from the demo were used in phone scams.';
const ANSWER = 'Thank you: the voice model’s release is suspended while the committee looks into it.';

const incident = (overrides: Partial<Incident> = {}): Incident => ({
  __typename: 'Incident',
  id: 'i1',
  revision: 1,
  reference: 'IR-64B7F0',
  state: 'open',
  stateLabel: 'Open',
  approvalId: 'a1',
  submission: {
    __typename: 'Submission',
    id: 's1',
    title: 'Few-shot voice cloning for audiobooks',
    latestVersion: {
      __typename: 'StatementVersion',
      number: 1,
      artifacts: [
        { __typename: 'Artifact', key: 'paper', name: 'Paper' },
        { __typename: 'Artifact', key: 'model', name: 'Voice model' },
        { __typename: 'Artifact', key: 'code', name: 'Training code' },
      ],
    },
  },
  whatHappened: 'The released demo was used to clone a bank manager’s voice.',
  evidenceLinks: ['https://news.example.org/voice-scam'],
  reporterEmail: 'reporter@example.org',
  shareWithAuthors: false,
  createdAt: '2031-06-18T09:00:00.000Z',
  confirmedAt: '2031-06-18T09:05:00.000Z',
  triage: [],
  answer: null,
  availableActions: ['dismiss', 'ask_authors', 'open_reevaluation', 'suspend', 'resolve'],
  ...overrides,
});

const triageMock = (input: Record<string, unknown>, result: object) => ({
  request: { query: TriageIncidentMutation, variables: { input } },
  result,
});

function renderReports(incidents: Incident[], mocks: unknown[] = [], hash = '') {
  const onStale = jest.fn();
  render(
    <MemoryRouter initialEntries={[`/venues/v1/continuing-review${hash}`]}>
      <MockedProvider cache={new InMemoryCache()} mocks={mocks as never[]}>
        <IncidentReports incidents={incidents} onStale={onStale} />
      </MockedProvider>
    </MemoryRouter>,
  );
  return { onStale, section: screen.getByRole('region', { name: 'Incident reports' }) };
}

describe('IncidentReports and the triage form', () => {
  it('says in words that there are no reports', () => {
    const { section } = renderReports([]);
    expect(section).toHaveTextContent('No incident reports.');
  });

  it('shows a report as its own article, newest first, with evidence links that pass nothing on', () => {
    const older = incident({ id: 'i0', reference: 'IR-000001', createdAt: '2031-05-01T09:00:00.000Z' });
    const { section } = renderReports([older, incident()]);
    const articles = within(section).getAllByRole('article');
    expect(articles.map((a) => a.id)).toEqual(['incident-i1', 'incident-i0']);
    const report = articles[0] as HTMLElement;
    expect(report).toHaveAccessibleName('IR-64B7F0');
    expect(
      within(report).getByRole('link', { name: 'Few-shot voice cloning for audiobooks' }),
    ).toHaveAttribute('href', '/submissions/s1');
    expect(within(report).getByRole('link', { name: 'https://news.example.org/voice-scam' })).toHaveAttribute(
      'rel',
      'noopener noreferrer nofollow',
    );
    expect(report).toHaveTextContent('reporter@example.org');
    expect(report).toHaveTextContent('Not to be named to the authors.');
    expect(report).toHaveTextContent('Nothing yet: no chair has acted on the report.');
  });

  it('takes the focus to the report a link names', async () => {
    renderReports([incident()], [], '#incident-i1');
    await waitFor(() => expect(screen.getByRole('article')).toHaveFocus());
    expect(screen.getByRole('article')).toHaveClass('incident--targeted');
  });

  it('refuses “Suspend at once” without the answer the reporter gets, on its field', async () => {
    const user = userEvent.setup();
    const { section } = renderReports([incident()]);
    await user.click(within(section).getByRole('button', { name: 'Suspend at once…' }));
    const form = within(section).getByRole('form', { name: 'Suspend at once' });
    await user.click(within(form).getByRole('checkbox', { name: 'Voice model' }));
    expect(form).toHaveTextContent('Only the release of 1 artifact stops; the rest of the approval holds.');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), REASON);
    await user.click(within(form).getByRole('button', { name: 'Suspend at once' }));
    const answer = within(form).getByRole('textbox', { name: 'Answer to the reporter' });
    await waitFor(() => expect(answer).toHaveFocus());
    expect(answer).toHaveAttribute('aria-invalid', 'true');
    expect(answer).toHaveAccessibleDescription(
      /mailed to reporter@example\.org\. It ends the report\. Write the answer the reporter gets \(at least 10 characters\)\.$/,
    );
  });

  it('suspends only the ticked artifact with the reason and the answer, then says so', async () => {
    const user = userEvent.setup();
    const done = incident({
      revision: 2,
      state: 'resolved',
      stateLabel: 'Resolved',
      answer: ANSWER,
      availableActions: [],
      triage: [
        {
          __typename: 'IncidentTriageStep',
          action: 'suspend',
          label: 'Suspend at once',
          reason: REASON,
          by: { __typename: 'User', id: 'u1', name: 'Rhea Chair' },
          at: '2031-06-19T09:00:00.000Z',
        },
      ],
    });
    const { section } = renderReports(
      [incident()],
      [
        triageMock(
          {
            incidentId: 'i1',
            action: 'suspend',
            reason: REASON,
            answer: ANSWER,
            question: '',
            artifactKeys: ['model'],
            expectedRevision: 1,
          },
          { data: { triageIncident: done } },
        ),
      ],
    );
    await user.click(within(section).getByRole('button', { name: 'Suspend at once…' }));
    const form = within(section).getByRole('form', { name: 'Suspend at once' });
    await user.click(within(form).getByRole('checkbox', { name: 'Voice model' }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), REASON);
    await user.type(within(form).getByRole('textbox', { name: 'Answer to the reporter' }), ANSWER);
    await user.click(within(form).getByRole('button', { name: 'Suspend at once' }));
    expect(
      await within(section).findByText('The approval is suspended and the reporter was sent your answer.'),
    ).toBeInTheDocument();
  });

  it('asks the authors a question, which it needs, and no answer yet', async () => {
    const user = userEvent.setup();
    const { section } = renderReports([incident()]);
    await user.click(within(section).getByRole('button', { name: 'Ask the authors…' }));
    const form = within(section).getByRole('form', { name: 'Ask the authors' });
    expect(within(form).queryByRole('textbox', { name: 'Answer to the reporter' })).toBeNull();
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), REASON);
    await user.click(within(form).getByRole('button', { name: 'Ask the authors' }));
    const question = within(form).getByRole('textbox', { name: 'Question for the authors' });
    await waitFor(() => expect(question).toHaveFocus());
    expect(question).toHaveAccessibleDescription(/Write what the authors should answer/);
  });

  it('hands a conflict to the page, which reloads the reports and says so', async () => {
    const user = userEvent.setup();
    const { section, onStale } = renderReports(
      [incident()],
      [
        triageMock(
          {
            incidentId: 'i1',
            action: 'dismiss',
            reason: REASON,
            answer: ANSWER,
            question: '',
            artifactKeys: [],
            expectedRevision: 1,
          },
          {
            errors: [
              {
                message: 'Another chair handled the report in the meantime.',
                extensions: { code: 'CONFLICT' },
              },
            ],
          },
        ),
      ],
    );
    await user.click(within(section).getByRole('button', { name: 'Dismiss…' }));
    const form = within(section).getByRole('form', { name: 'Dismiss' });
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), REASON);
    await user.type(within(form).getByRole('textbox', { name: 'Answer to the reporter' }), ANSWER);
    await user.click(within(form).getByRole('button', { name: 'Dismiss' }));
    expect(
      await within(section).findByText(
        'Another chair handled the report in the meantime. What you see here is the report as it is now.',
      ),
    ).toBeInTheDocument();
    expect(onStale).toHaveBeenCalledTimes(1);
  });

  it('checks the step with the domain’s rules: a report about the venue in general can only be answered', () => {
    expect(
      triageProblems({ state: 'open', approvalId: null }, 'suspend', {
        reason: REASON,
        answer: ANSWER,
        question: '',
        artifactKeys: [],
      }).map((p) => p.path),
    ).toEqual(['action']);
  });
});
