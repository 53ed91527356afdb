import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_COMMUNITY_FORM, DEFAULT_EXPERT_FORM } from '@impact-review/domain';
import type { FormQuestion } from '@impact-review/domain';
import { ReviewForm } from './ReviewForm';
import { ReviewPage } from './ReviewPage';
import { draftFromText, toFormPaths } from './reviewDraft';
import type { ReviewDraftState } from './reviewDraft';
import { ReviewTaskQuery, SaveReviewDraftMutation, SubmitReviewMutation } from './reviews.operations';

const artifacts = [
  { key: 'paper', name: 'Paper' },
  { key: 'model', name: 'Voice model' },
];
const typed = (q: FormQuestion) => ({ __typename: 'FormQuestion', ...q });

/** The expert rubric with one criterion retired (answers kept, no longer asked). */
const expertQuestions: FormQuestion[] = DEFAULT_EXPERT_FORM.questions.map((q) => (q.id === 'equitable' ? { ...q, retired: true } : q));

function answer(questionId: string, rating: string | null, text: string) {
  const question = DEFAULT_EXPERT_FORM.questions.find((q) => q.id === questionId);
  return { __typename: 'ReviewAnswer', questionId, prompt: question?.prompt ?? '', kind: 'rating', retired: false, rating, text };
}

const JUSTIFIED = 'The statement weighs this carefully and convincingly.';

function text(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ReviewText',
    answers: [answer('risks_minimised', 'met', JUSTIFIED), answer('risks_reasonable', 'partly_met', '')],
    recommendation: null,
    releaseRecommendations: [
      { __typename: 'ReleaseRecommendation', artifactKey: 'paper', artifactName: 'Paper', contentLevel: 'full', timing: 'immediate', distribution: 'public' },
    ],
    requiredMitigations: '',
    commentsForAuthors: '',
    confidentialComments: '',
    namedToAuthors: false,
    ...overrides,
  };
}

function taskQuery(review: object | null, assignmentState = 'accepted') {
  return {
    request: { query: ReviewTaskQuery, variables: { id: 's1' } },
    result: {
      data: {
        submission: {
          __typename: 'Submission',
          id: 's1',
          title: 'Few-shot voice cloning',
          venue: { __typename: 'Venue', id: 'v1', shortName: 'VCR30', reviewVisibility: { __typename: 'ReviewVisibility', identitiesToAuthors: 'never' } },
          artifacts: artifacts.map((a) => ({ __typename: 'Artifact', ...a })),
          reviewTask: {
            __typename: 'ReviewTask',
            editable: true,
            lockedReason: null,
            assignment: { __typename: 'ReviewerAssignment', id: 'a1', state: assignmentState, kind: 'expert', dueAt: '2099-06-01T12:00:00.000Z' },
            form: { __typename: 'ReviewForm', kind: 'expert', revision: 2, questions: expertQuestions.map(typed) },
            review,
          },
        },
      },
    },
  };
}

function draftReview(textOverrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Review',
    id: 'r1',
    kind: 'expert',
    label: 'Your review',
    reviewer: { __typename: 'User', id: 'u1', name: 'Esme Expert' },
    state: 'draft',
    revision: 3,
    statementVersion: 1,
    submittedAt: null,
    firstSubmittedAt: null,
    updatedAt: '2099-05-01T10:00:00.000Z',
    timeliness: null,
    text: text(textOverrides),
    versions: [],
  };
}

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never[]}>
      <MemoryRouter initialEntries={['/submissions/s1/review']}>
        <Routes>
          <Route path="/submissions/:id/review" element={<ReviewPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

function renderForm(kind: 'expert' | 'community', questions: readonly FormQuestion[], errors: Record<string, string> = {}, namingAllowed = false) {
  const value: ReviewDraftState = draftFromText(null, artifacts);
  render(
    <ReviewForm
      kind={kind}
      questions={questions}
      artifacts={artifacts}
      value={value}
      update={() => undefined}
      errorFor={(path) => errors[path]}
      namingAllowed={namingAllowed}
    />,
  );
}

describe('ReviewForm', () => {
  it('asks the questions still asked, not the retired ones', () => {
    renderForm('expert', expertQuestions);
    expect(screen.getByRole('group', { name: /^Risks are minimised/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Why: Risks are minimised' })).toBeInTheDocument();
    expect(screen.queryByText('Affected people are treated equitably')).not.toBeInTheDocument();
    // Four criteria still asked, each rated with four choices.
    expect(screen.getAllByRole('radio', { name: 'Partly met' })).toHaveLength(4);
  });

  it('puts each message on the input it is about, tied to it for screen readers', () => {
    renderForm('expert', expertQuestions, {
      'answers.risks_reasonable.rating': 'Rate “Risks are reasonable against the benefits”.',
      'answers.risks_minimised.text': 'Say why, in a sentence or more (at least 20 characters).',
      'release.model.timing': 'Choose a timing.',
    });
    const why = screen.getByRole('textbox', { name: 'Why: Risks are minimised' });
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(why).toHaveAccessibleDescription(/Say why, in a sentence or more/);
    expect(screen.getByRole('textbox', { name: 'Why: Risks are reasonable against the benefits' })).not.toHaveAttribute('aria-invalid');
    const reasonable = screen.getByRole('group', { name: /^Risks are reasonable/ });
    for (const radio of within(reasonable).getAllByRole('radio')) expect(radio).toHaveAccessibleDescription(/Rate “Risks are reasonable/);
    expect(screen.getByRole('combobox', { name: 'Voice model: timing' })).toHaveAccessibleDescription('Choose a timing.');
    expect(screen.getByRole('combobox', { name: 'Paper: timing' })).not.toHaveAttribute('aria-invalid');
  });

  it('asks community reviewers plain questions and whether to be named, explaining when it applies', () => {
    renderForm('community', DEFAULT_COMMUNITY_FORM.questions, {}, true);
    expect(screen.getByRole('textbox', { name: /What worries you about this work\?/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText('Recommended release')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Name me to the authors' })).toHaveAccessibleDescription(/the authors see your name/);
  });
});

describe('ReviewPage', () => {
  it('checks the review with the domain’s rules before sending it: errors on their inputs, the first one focused', async () => {
    const user = userEvent.setup();
    // Only the autosave of the fix below is mocked: submitting must send nothing.
    renderPage([
      taskQuery(draftReview()),
      {
        request: { query: SaveReviewDraftMutation, variables: (vars: { expectedRevision: number }) => vars.expectedRevision === 3 },
        result: { data: { saveReviewDraft: { __typename: 'Review', id: 'r1', revision: 4, updatedAt: '2099-05-01T10:05:00.000Z', state: 'draft' } } },
      },
    ]);
    const submit = await screen.findByRole('button', { name: 'Submit review' });
    expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at /);
    await user.click(submit);

    const why = screen.getByRole('textbox', { name: 'Why: Risks are reasonable against the benefits' });
    await waitFor(() => expect(why).toHaveFocus());
    expect(why).toHaveAccessibleDescription(/Say why, in a sentence or more \(at least 20 characters\)\./);
    // Rated but not justified: the rating itself is fine.
    expect(within(screen.getByRole('group', { name: /^Risks are reasonable/ })).getAllByRole('radio')[0]).not.toHaveAttribute('aria-invalid');
    // Not rated at all.
    const mitigations = screen.getByRole('group', { name: /^Mitigations are adequate/ });
    expect(within(mitigations).getAllByRole('radio')[0]).toHaveAccessibleDescription(/Rate “Mitigations are adequate”\./);
    // The artifact without a release option gets the domain's message on each select left empty.
    expect(screen.getByRole('combobox', { name: 'Voice model: content level' })).toHaveAccessibleDescription(/Choose a content level\./);
    expect(screen.getByRole('combobox', { name: 'Paper: content level' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('textbox', { name: /Comments for the authors/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('group', { name: /Your recommendation/ })).getAllByRole('radio')[0]).toHaveAccessibleDescription(
      'Recommend what the committee should decide.',
    );
    // The retired criterion is not asked, so it is never required.
    expect(screen.queryByText(/Affected people are treated equitably/)).not.toBeInTheDocument();
    expect(screen.getByTestId('review-problems')).toHaveTextContent('Some answers need attention before the review can be submitted.');

    // Fixing an answer takes its error away at once.
    await user.type(why, 'The benefits to speech-impaired people outweigh a modest risk.');
    expect(why).not.toHaveAttribute('aria-invalid');
    // …and the draft saves itself after a pause in typing.
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at /), { timeout: 3000 });
  });

  it('puts the server’s problems, numbered by the list it was sent, on that artifact’s select', async () => {
    const user = userEvent.setup();
    const complete = draftReview({
      answers: expertQuestions.filter((q) => !q.retired).map((q) => answer(q.id, 'met', JUSTIFIED)),
      recommendation: 'approved_with_conditions',
      releaseRecommendations: artifacts.map((a) => ({
        __typename: 'ReleaseRecommendation',
        artifactKey: a.key,
        artifactName: a.name,
        contentLevel: 'full',
        timing: 'immediate',
        distribution: 'public',
      })),
      commentsForAuthors: 'Please name the consent process for the voices in the training data.',
    });
    renderPage([
      taskQuery(complete),
      {
        request: { query: SubmitReviewMutation, variables: (vars: { expectedRevision: number }) => vars.expectedRevision === 3 },
        result: {
          errors: [
            {
              message: 'Some answers need attention before the review can be submitted.',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ path: 'releaseRecommendations.1.distribution', message: 'Choose a distribution.' }] },
            },
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Submit review' }));
    const distribution = await screen.findByRole('combobox', { name: 'Voice model: distribution' });
    await waitFor(() => expect(distribution).toHaveAttribute('aria-invalid', 'true'));
    expect(distribution).toHaveAccessibleDescription('Choose a distribution.');
    expect(distribution).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Paper: distribution' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows a submitted review with its versions; a new version starts from it and is submitted over its revision', async () => {
    const user = userEvent.setup();
    const answers = expertQuestions.filter((q) => !q.retired).map((q) => answer(q.id, 'met', JUSTIFIED));
    const submittedText = text({
      answers,
      recommendation: 'approved',
      releaseRecommendations: artifacts.map((a) => ({
        __typename: 'ReleaseRecommendation',
        artifactKey: a.key,
        artifactName: a.name,
        contentLevel: 'full',
        timing: 'immediate',
        distribution: 'public',
      })),
      commentsForAuthors: 'Clear and careful; nothing to add.',
      confidentialComments: 'No conflicts to declare.',
    });
    const submitted = {
      ...draftReview(),
      state: 'submitted',
      revision: 7,
      submittedAt: '2099-05-02T10:00:00.000Z',
      firstSubmittedAt: '2099-05-01T10:00:00.000Z',
      text: submittedText,
      versions: [2, 1].map((number) => ({ __typename: 'ReviewVersion', number, submittedAt: '2099-05-02T10:00:00.000Z', statementVersion: 1, text: submittedText })),
    };
    const sent: { expectedRevision: number; review: { recommendation: string; commentsForAuthors: string } }[] = [];
    renderPage([
      taskQuery(submitted),
      {
        request: {
          query: SubmitReviewMutation,
          variables: (vars: (typeof sent)[number]) => {
            sent.push(vars);
            return true;
          },
        },
        result: { data: { submitReview: { ...submitted, revision: 8, versions: [3, 2, 1].map((number) => ({ ...submitted.versions[0], number })) } } },
      },
      taskQuery(submitted),
    ]);
    const own = await screen.findByRole('region', { name: 'Your submitted review' });
    expect(own).toHaveTextContent('Clear and careful; nothing to add.');
    expect(screen.getByRole('region', { name: 'Versions' })).toHaveTextContent('Version 1 — submitted');
    await user.click(within(own).getByRole('button', { name: 'Submit a new version' }));
    // The keyboard starts at the first answer, not lost with the button that was clicked.
    expect(within(screen.getByRole('group', { name: /^Risks are minimised/ })).getAllByRole('radio')[0]).toHaveFocus();
    const comments = screen.getByRole('textbox', { name: /Comments for the authors/ });
    expect(comments).toHaveValue('Clear and careful; nothing to add.');
    await user.click(within(screen.getByRole('group', { name: /Your recommendation/ })).getByRole('radio', { name: 'Approve with conditions' }));
    await user.click(screen.getByRole('button', { name: 'Submit version 3' }));
    expect(await screen.findByText('Your review is submitted (version 3).')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ expectedRevision: 7, review: { recommendation: 'approved_with_conditions', commentsForAuthors: 'Clear and careful; nothing to add.' } });
  });

  it('says why a review can no longer change, and offers no new version', async () => {
    const locked = { ...draftReview(), state: 'submitted', submittedAt: '2099-05-02T10:00:00.000Z', versions: [] };
    const query = taskQuery(locked);
    const task = query.result.data.submission.reviewTask;
    task.editable = false;
    (task as { lockedReason: string | null }).lockedReason = 'The review deadline has passed; the submitted review stands.';
    renderPage([query]);
    expect(await screen.findByText('The review deadline has passed; the submitted review stands.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit a new version' })).not.toBeInTheDocument();
  });

  it('asks a reviewer who has not accepted yet to accept first, on their Reviewing page', async () => {
    renderPage([taskQuery(null, 'assigned')]);
    expect(await screen.findByRole('heading', { name: 'Accept the review first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to my reviewing' })).toHaveAttribute('href', '/venues/v1/reviewing');
    expect(screen.queryByRole('button', { name: 'Submit review' })).not.toBeInTheDocument();
  });
});

describe('toFormPaths', () => {
  it('names release problems by artifact, whatever their position in the list sent', () => {
    expect(
      toFormPaths(
        [
          { path: 'releaseRecommendations.0.timing', message: 'Choose a timing.' },
          { path: 'releaseRecommendations', message: 'Recommend a release option for every artifact of the statement.' },
          { path: 'answers.risks_minimised.text', message: 'Say why.' },
        ],
        ['model'],
      ).map((p) => p.path),
    ).toEqual(['release.model.timing', 'releaseRecommendations', 'answers.risks_minimised.text']);
  });
});
