import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { CRITERION_RATINGS, REEVALUATION_OUTCOME_LABELS, REEVALUATION_OUTCOMES } from '@impact-review/domain';
import type { ReviewAnswerInput } from '../../gql/graphql';
import { RecommendOnReevaluationMutation } from './approvals.operations';
import type { RecommendationAnswer } from './continuingRubric';
import { RecommendationForm } from './RecommendationForm';
import { fieldError, reevaluation, rubricAnswer, RUBRIC_ANSWERS } from './reevaluation.fixture';

const COMMENT = 'The report answers every condition; nothing was misused.';
const WHY = 'The report shows each condition met on time.';

/** What filling the default rubric as `fillRubric` does sends. */
const ANSWERS: ReviewAnswerInput[] = [
  { questionId: 'conditions_kept', rating: 'met', text: WHY },
  { questionId: 'risks_unchanged', rating: 'not_applicable', text: '' },
];

const recommendMock = (
  result: object,
  input: { outcome?: string; comment?: string; answers?: ReviewAnswerInput[] } = {},
) => ({
  request: {
    query: RecommendOnReevaluationMutation,
    variables: { input: { approvalId: 'a1', outcome: 'continue', comment: COMMENT, answers: ANSWERS, ...input } },
  },
  result,
});

type Initial = { outcome: 'suspend'; comment: string; answers: RecommendationAnswer[] } | null;

function renderForm(mocks: unknown[] = [], initial: Initial = null) {
  const onDone = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <RecommendationForm approvalId="a1" initial={initial} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, form: screen.getByRole('form') };
}

const criterion = (form: HTMLElement, prompt: string) => within(form).getByRole('group', { name: prompt });

async function fillRubric(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.click(
    within(criterion(form, 'The conditions of approval are kept')).getByRole('radio', { name: 'Met' }),
  );
  await user.click(within(form).getByRole('textbox', { name: 'Why: The conditions of approval are kept' }));
  await user.paste(WHY);
  await user.click(
    within(criterion(form, 'The risks are as approved')).getByRole('radio', { name: 'Does not apply' }),
  );
}

describe('RecommendationForm', () => {
  it('offers every outcome a re-evaluation may have, each with what it does', () => {
    const { form } = renderForm();
    const group = within(form).getByRole('group', { name: 'What do you recommend?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual([...REEVALUATION_OUTCOMES]);
    expect(within(group).getByRole('radio', { name: /^Suspend/ })).toBeInTheDocument();
    expect(group).toHaveTextContent(REEVALUATION_OUTCOME_LABELS.modify_conditions);
  });

  it('asks the continuing-review rubric above the outcome: criteria rated and justified, a question in words', () => {
    const { form } = renderForm();
    // Both criteria's ratings, then the outcomes.
    expect(
      within(form)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual([...CRITERION_RATINGS, ...CRITERION_RATINGS, ...REEVALUATION_OUTCOMES]);
    const kept = criterion(form, 'The conditions of approval are kept');
    expect(within(kept).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual([
      'Not met',
      'Partly met',
      'Met',
      'Does not apply',
    ]);
    expect(within(kept).getByRole('radio', { name: 'Met' })).toHaveAccessibleDescription(
      'Read the authors’ report: is each condition met, or on its way?',
    );
    expect(within(form).getByRole('textbox', { name: 'Why: The risks are as approved' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Anything the committee should know' })).not.toBeRequired();
  });

  it('asks for the ratings, an outcome and a reason before sending, on their fields', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    const kept = criterion(form, 'The conditions of approval are kept');
    const first = within(kept).getAllByRole('radio')[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(kept).toHaveTextContent('Rate “The conditions of approval are kept”.');
    expect(criterion(form, 'The risks are as approved')).toHaveTextContent('Rate “The risks are as approved”.');
    expect(within(form).getByRole('group', { name: 'What do you recommend?' })).toHaveTextContent(
      'Choose what you recommend.',
    );
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/at least 10 characters\)\.$/);
    // Rating a criterion clears its error.
    await user.click(within(kept).getByRole('radio', { name: 'Met' }));
    expect(kept).not.toHaveTextContent('Rate “The conditions of approval are kept”.');
  });

  it('asks why a criterion is rated, unless it does not apply', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(criterion(form, 'The conditions of approval are kept')).getByRole('radio', { name: 'Partly met' }));
    await user.click(within(criterion(form, 'The risks are as approved')).getByRole('radio', { name: 'Does not apply' }));
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    const why = within(form).getByRole('textbox', { name: 'Why: The conditions of approval are kept' });
    await waitFor(() => expect(why).toHaveFocus());
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(why).toHaveAccessibleDescription(/Say why, in a sentence or more \(at least 20 characters\)\.$/);
    expect(within(form).getByRole('textbox', { name: 'Why: The risks are as approved' })).not.toHaveAttribute(
      'aria-invalid',
    );
  });

  it('records the recommendation with its answers to the rubric, and says so', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([recommendMock({ data: { recommendOnReevaluation: reevaluation() } })]);
    await fillRubric(user, form);
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), COMMENT);
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Your recommendation is recorded. The chairs read it before they decide.'),
    );
  });

  it('puts the server’s field error on the reason', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([recommendMock(fieldError('comment', 'Say what in the report.'))]);
    await fillRubric(user, form);
    await user.click(within(form).getByRole('radio', { name: /^Continue for a new period/ }));
    const reason = within(form).getByRole('textbox', { name: 'Reason' });
    await user.type(reason, COMMENT);
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/Say what in the report\.$/));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('puts the server’s error on a rating still missing, and takes the reviewer to it', async () => {
    const user = userEvent.setup();
    // The venue added a criterion the reviewer left unrated before, and now requires it.
    const misuse = rubricAnswer('misuse_seen', 'Nobody misused the work', null, 'Not known yet.', { kind: 'rating' });
    const answers = [...RUBRIC_ANSWERS, misuse];
    const { form, onDone } = renderForm(
      [
        recommendMock(fieldError('input.answers.misuse_seen.rating', 'Rate “Nobody misused the work”.'), {
          outcome: 'suspend',
          comment: 'The demo is misused.',
          answers: answers.map((a) => ({ questionId: a.questionId, rating: a.rating, text: a.text })),
        }),
      ],
      { outcome: 'suspend', comment: 'The demo is misused.', answers },
    );
    await user.click(within(form).getByRole('button', { name: 'Recommend' }));
    const group = criterion(form, 'Nobody misused the work');
    const first = within(group).getAllByRole('radio')[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription('Rate “Nobody misused the work”.');
    // On its field, not repeated in the summary.
    expect(within(form).getByRole('alert')).not.toHaveTextContent('Rate “Nobody misused the work”.');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('starts from the reviewer’s own recommendation and answers when they change it', () => {
    const { form } = renderForm([], { outcome: 'suspend', comment: 'The demo is misused.', answers: RUBRIC_ANSWERS });
    expect(form).toHaveAccessibleName('Change your recommendation');
    expect(within(criterion(form, 'The conditions of approval are kept')).getByRole('radio', { name: 'Partly met' })).toBeChecked();
    expect(within(criterion(form, 'The risks are as approved')).getByRole('radio', { name: 'Not met' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Why: The risks are as approved' })).toHaveValue(
      'A similar model is out now: the voice-cloning risk grew.',
    );
    expect(within(form).getByRole('textbox', { name: 'Anything the committee should know' })).toHaveValue(
      'Ask the authors about the Lyon release.',
    );
    expect(within(form).getByRole('radio', { name: /^Suspend/ })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: 'Reason' })).toHaveValue('The demo is misused.');
  });

  it('no longer asks a question the venue retired since', () => {
    const retired = RUBRIC_ANSWERS.map((a) =>
      a.questionId === 'risks_unchanged' ? { ...a, retired: true } : a,
    );
    const { form } = renderForm([], { outcome: 'suspend', comment: 'The demo is misused.', answers: retired });
    expect(within(form).queryByRole('group', { name: 'The risks are as approved' })).toBeNull();
    expect(within(form).getByRole('group', { name: 'The conditions of approval are kept' })).toBeInTheDocument();
  });
});
