import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { emptyStatementContent, sectionStatus } from '@impact-review/domain';
import type { Artifact, ImpactStatementContent } from '@impact-review/domain';
import { EditSubmissionQuery, SaveStatementDraftMutation } from './submission.operations';
import { EditSubmissionPage } from './EditSubmissionPage';

const artifacts: Artifact[] = [
  { key: 'paper', kind: 'paper_concept', name: 'Paper', description: '', powerLevel: 'description_only' },
];

function typedContent(c: ImpactStatementContent) {
  return {
    __typename: 'StatementContent',
    ...c,
    hazards: c.hazards.map((h) => ({ __typename: 'Hazard', ...h })),
    pathToHarm: c.pathToHarm.map((r) => ({ __typename: 'PathToHarmRating', ...r })),
    indirectHarms: c.indirectHarms.map((r) => ({ __typename: 'IndirectHarm', ...r })),
    mitigationChallenges: c.mitigationChallenges.map((r) => ({ __typename: 'MitigationChallenge', ...r })),
    mitigations: c.mitigations.map((m) => ({ __typename: 'Mitigation', ...m })),
    releasePlan: c.releasePlan.map((item) => ({
      __typename: 'ReleasePlanItem',
      ...item,
      stages: item.stages.map((s) => ({ __typename: 'ReleaseStagePlan', ...s })),
    })),
  };
}

function typedStatus(c: ImpactStatementContent) {
  return sectionStatus(c, artifacts, new Date()).map((s) => ({
    __typename: 'SectionStatus',
    section: s.section,
    complete: s.complete,
    errors: s.errors.map((e) => ({ __typename: 'FieldError', ...e })),
  }));
}

const suggestion = (tier: 'exempt' | 'full', score: number) => ({
  __typename: 'TierSuggestion',
  tier,
  score,
  drivers:
    tier === 'full'
      ? [
          {
            __typename: 'TierDriver',
            path: 'hazards.0.severity',
            section: 'hazards',
            answer: 'Severe product hazard',
            points: 8,
            floor: 'full',
            reason: 'A severe hazard needs full review.',
          },
        ]
      : [],
});

const content = emptyStatementContent(artifacts);

const editQuery = {
  request: { query: EditSubmissionQuery, variables: { id: 's1' } },
  result: {
    data: {
      submission: {
        __typename: 'Submission',
        id: 's1',
        title: 'Voice cloning at scale',
        abstract: '',
        phase: 'draft',
        tierStatus: 'awaiting_submission',
        revision: 1,
        createdAt: '2030-01-01T00:00:00.000Z',
        updatedAt: '2030-01-01T00:00:00.000Z',
        submittedAt: null,
        venue: { __typename: 'Venue', id: 'v1', name: 'Synthetic Media Workshop', shortName: 'SynthMedia', myRoles: ['author'] },
        links: { __typename: 'SubmissionLinks', paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
        artifacts: artifacts.map((a) => ({ __typename: 'Artifact', ...a })),
        authors: [{ __typename: 'User', id: 'u1', name: 'Ada Author' }],
        tierSuggestion: null,
        tierDecision: null,
        versions: [],
        draft: {
          __typename: 'StatementDraft',
          revision: 4,
          updatedAt: '2030-01-01T00:00:00.000Z',
          basedOnVersion: null,
          content: typedContent(content),
          sectionStatus: typedStatus(content),
          suggestedTier: suggestion('exempt', 0),
        },
      },
    },
  },
};

function renderEditor(extraMocks: unknown[] = []) {
  return render(
    <MockedProvider mocks={[editQuery, ...(extraMocks as never[])]}>
      <MemoryRouter initialEntries={['/submissions/s1/edit']}>
        <Routes>
          <Route path="/submissions/:id/edit" element={<EditSubmissionPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('EditSubmissionPage', () => {
  it('shows which sections are incomplete and lists every missing part on a failed submit', async () => {
    const user = userEvent.setup();
    renderEditor();
    await screen.findByRole('heading', { name: 'Voice cloning at scale', level: 1 });
    const nav = screen.getByRole('navigation', { name: 'Statement sections' });
    expect(within(nav).getByRole('link', { name: /Summary/ })).toHaveTextContent('Incomplete');
    expect(within(nav).getByRole('link', { name: /Indirect harms/ })).toHaveTextContent('Complete');

    await user.click(screen.getByRole('button', { name: 'Submit statement' }));
    const problems = await screen.findByTestId('submit-problems');
    expect(problems).toHaveAttribute('role', 'alert');
    expect(problems).toHaveTextContent('The statement cannot be submitted yet.');
    expect(problems).toHaveTextContent(/Summarise the work/);
    expect(problems).toHaveTextContent(/Describe at least one hazard/);
    expect(problems).toHaveTextContent(/Plan the release|Describe who may get access/);
    expect(within(problems).getByRole('link', { name: 'Path to harm' })).toHaveAttribute('href', '#section-pathToHarm');
    // The messages also sit beside their inputs.
    expect(screen.getByLabelText('Summary of the work and its possible impact')).toHaveAttribute('aria-invalid', 'true');
  });

  it('autosaves edits with the draft revision and shows the new tier preview', async () => {
    const user = userEvent.setup();
    const save = jest.fn();
    renderEditor([
      {
        request: {
          query: SaveStatementDraftMutation,
          variables: (vars: { submissionId: string; expectedDraftRevision: number; content: { summary: string } }) => {
            save(vars.submissionId, vars.expectedDraftRevision, vars.content.summary);
            return vars.submissionId === 's1' && vars.expectedDraftRevision === 4;
          },
        },
        result: {
          data: {
            saveStatementDraft: {
              __typename: 'StatementDraft',
              revision: 5,
              updatedAt: '2030-01-01T00:01:00.000Z',
              basedOnVersion: null,
              sectionStatus: typedStatus(content),
              suggestedTier: suggestion('full', 12),
            },
          },
        },
      },
    ]);
    const summary = await screen.findByLabelText('Summary of the work and its possible impact');
    await user.type(summary, 'Clones voices.');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Saved'), { timeout: 3000 });
    expect(save).toHaveBeenLastCalledWith('s1', 4, 'Clones voices.');
    const preview = screen.getByRole('heading', { name: 'Live tier preview' }).closest('section');
    expect(preview).toHaveTextContent('Full (suggested)');
    expect(preview).toHaveTextContent('Severe product hazard');
  });
});
