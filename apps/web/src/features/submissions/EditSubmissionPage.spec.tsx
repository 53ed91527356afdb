import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { emptyStatementContent } from '@impact-review/domain';
import type { Artifact, ImpactStatementContent } from '@impact-review/domain';
import { readLocalCopy, writeLocalCopy } from '../../lib/localDraftCopy';
import { EditSubmissionQuery, SaveDraftMutation } from './submission.operations';
import { EditSubmissionPage } from './EditSubmissionPage';

const artifacts: Artifact[] = [
  { key: 'paper', kind: 'paper_concept', name: 'Paper', description: '', powerLevel: 'description_only' },
  { key: 'model', kind: 'trained_model', name: 'Voice model weights', description: '', powerLevel: 'full' },
];
const links = { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' };

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

const content = emptyStatementContent(artifacts);

const editQuery = {
  request: { query: EditSubmissionQuery, variables: { id: 's1' } },
  result: {
    data: {
      submission: {
        __typename: 'Submission',
        id: 's1',
        title: 'Voice cloning at scale',
        phase: 'draft',
        venue: { __typename: 'Venue', id: 'v1', name: 'Synthetic Media Workshop', shortName: 'SynthMedia' },
        draft: {
          __typename: 'StatementDraft',
          revision: 4,
          updatedAt: '2030-01-01T00:00:00.000Z',
          basedOnVersion: null,
          title: 'Voice cloning at scale',
          abstract: '',
          links: { __typename: 'SubmissionLinks', ...links },
          artifacts: artifacts.map((a) => ({ __typename: 'Artifact', ...a })),
          content: typedContent(content),
        },
      },
    },
  },
};

interface SavedDraft {
  title: string;
  artifacts: { key: string; name: string }[];
  content: { summary: string; releasePlan: { artifactKey: string }[] };
}

function saveMock(check: (draft: SavedDraft, revision: number) => boolean, result: object) {
  return {
    request: {
      query: SaveDraftMutation,
      variables: (vars: { submissionId: string; expectedDraftRevision: number; draft: SavedDraft }) =>
        vars.submissionId === 's1' && check(vars.draft, vars.expectedDraftRevision),
    },
    ...result,
  };
}

const savedAt = (revision: number) => ({
  result: {
    data: { saveDraft: { __typename: 'StatementDraft', revision, updatedAt: '2030-01-01T00:01:00.000Z' } },
  },
});

function renderEditor(extraMocks: unknown[] = []) {
  return render(
    <MockedProvider mocks={[editQuery, editQuery, ...(extraMocks as never[])]}>
      <MemoryRouter initialEntries={['/submissions/s1/edit']}>
        <Routes>
          <Route path="/submissions/:id/edit" element={<EditSubmissionPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

beforeEach(() => window.localStorage.clear());

describe('EditSubmissionPage', () => {
  it('puts the first field before the progress panel, and counts nothing as answered at first', async () => {
    renderEditor();
    const title = await screen.findByLabelText(/^Title/);
    const panel = screen.getByRole('complementary', { name: 'Statement progress' });
    // The title field comes first in the page (and in reading order), the panel after the form.
    expect(title.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const nav = within(panel).getByRole('navigation', { name: 'Statement sections' });
    expect(nav).toHaveTextContent('1 of 10 sections complete');
    expect(within(nav).getByRole('link', { name: /Indirect harms/ })).toHaveTextContent('Incomplete');
    expect(
      within(panel).getByRole('heading', { name: 'Live tier preview' }).closest('section'),
    ).toHaveTextContent('Exempt (suggested)');
    expect(screen.getByLabelText('Attention of adversaries: rating')).toHaveDisplayValue('Not yet rated');
  });

  it('moves focus to a summary of every missing part on a failed submit, each linking to its field', async () => {
    const user = userEvent.setup();
    renderEditor();
    await screen.findByLabelText(/^Title/);
    await user.click(screen.getByRole('button', { name: 'Submit statement' }));
    const problems = await screen.findByTestId('submit-problems');
    await waitFor(() => expect(problems).toHaveFocus());
    expect(problems).toHaveAttribute('role', 'alert');
    expect(problems).toHaveTextContent('The statement cannot be submitted yet.');
    expect(problems).toHaveTextContent(/Summarise the work/);
    expect(problems).toHaveTextContent(/Rate “Attention of adversaries”: low, medium or high\./);
    // Release-plan problems name their artifact.
    expect(problems).toHaveTextContent(
      'Release plan for “Voice model weights”: describe who may get access and on what conditions',
    );
    expect(within(problems).getByRole('link', { name: 'Path to harm' })).toHaveAttribute(
      'href',
      '#section-pathToHarm',
    );

    const summaryLink = within(problems).getByRole('link', { name: /Summarise the work/ });
    expect(summaryLink).toHaveAttribute('href', '#field-summary');
    await user.click(summaryLink);
    const summary = screen.getByLabelText('Summary of the work and its possible impact');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(problems).getByRole('link', { name: /Rate “Reproducibility”/ }));
    expect(screen.getByLabelText('Reproducibility: rating')).toHaveFocus();
  });

  it('autosaves details, artifacts and statement as one draft, and says truthfully what is saved', async () => {
    const user = userEvent.setup();
    const seen: SavedDraft[] = [];
    renderEditor([
      saveMock((draft, revision) => {
        seen.push(draft);
        return revision === 4;
      }, savedAt(5)),
    ]);
    const title = await screen.findByLabelText(/^Title/);
    expect(screen.getByTestId('save-status')).toHaveTextContent('All changes saved');
    await user.clear(title);
    await user.type(title, 'Voice cloning, revised');
    await user.click(screen.getByRole('button', { name: 'Add artifact' }));
    await user.type(screen.getByLabelText('Artifact 3 name'), 'Demo');
    await user.type(screen.getByLabelText('Summary of the work and its possible impact'), 'Clones voices.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');
    // The new artifact gets its release plan at once, before anything is saved.
    expect(screen.getByRole('group', { name: 'Release of “Demo”' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('All changes saved'), {
      timeout: 3000,
    });
    const last = seen[seen.length - 1];
    expect(last?.title).toBe('Voice cloning, revised');
    expect(last?.artifacts.map((a) => a.name)).toEqual(['Paper', 'Voice model weights', 'Demo']);
    expect(last?.content.summary).toBe('Clones voices.');
    expect(last?.content.releasePlan.map((p) => p.artifactKey)).toEqual(['paper', 'model', 'artifact-3']);
    // Saved: nothing is kept on the device any more.
    expect(readLocalCopy('s1')).toBeNull();
  });

  it('on a conflict, says so and keeps the edits on this device; after reloading it offers them back', async () => {
    const user = userEvent.setup();
    const conflict = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Someone else changed this in the meantime.', extensions: { code: 'CONFLICT' } }],
    });
    renderEditor([
      saveMock(() => true, { error: conflict }),
      saveMock((draft) => draft.content.summary === 'Typed during a conflict.', savedAt(9)),
    ]);
    const summary = await screen.findByLabelText('Summary of the work and its possible impact');
    await user.type(summary, 'Typed during a conflict.');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('changed elsewhere'), {
      timeout: 3000,
    });
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('They are kept on this device');
    expect(readLocalCopy<{ content: { summary: string } }>('s1')?.value.content.summary).toBe(
      'Typed during a conflict.',
    );

    await user.click(screen.getAllByRole('button', { name: 'Reload latest draft' })[0] as HTMLElement);
    const offer = await screen.findByRole('region', { name: 'Unsaved edits on this device' });
    expect(screen.getByLabelText('Summary of the work and its possible impact')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Apply my unsaved edits' }));
    expect(screen.getByLabelText('Summary of the work and its possible impact')).toHaveValue(
      'Typed during a conflict.',
    );
    // Applied edits are saved onto the latest draft like any other.
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('All changes saved'), {
      timeout: 3000,
    });
    expect(readLocalCopy('s1')).toBeNull();
  });

  it('offers unsaved edits kept from an earlier visit, and can discard them', async () => {
    const user = userEvent.setup();
    writeLocalCopy('s1', {
      value: { title: 'Voice cloning at scale', abstract: 'Kept abstract.', links, artifacts, content },
      baseRevision: 4,
      savedAt: Date.UTC(2030, 0, 1, 9, 30),
    });
    renderEditor();
    const offer = await screen.findByRole('region', { name: 'Unsaved edits on this device' });
    await act(async () => {
      await user.click(within(offer).getByRole('button', { name: 'Discard them' }));
    });
    expect(screen.queryByRole('region', { name: 'Unsaved edits on this device' })).not.toBeInTheDocument();
    expect(readLocalCopy('s1')).toBeNull();
    expect(screen.getByLabelText('Abstract')).toHaveValue('');
  });
});
