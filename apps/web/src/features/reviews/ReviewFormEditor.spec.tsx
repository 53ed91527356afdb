import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_COMMUNITY_FORM, DEFAULT_CONTINUING_FORM } from '@impact-review/domain';
import type { FormQuestion } from '@impact-review/domain';
import type { ReviewFormFieldsFragment } from '../../gql/graphql';
import { ReviewFormEditor } from './ReviewFormEditor';
import { UpdateReviewFormMutation } from './reviews.operations';

const typed = (q: FormQuestion) => ({ __typename: 'FormQuestion' as const, ...q });

/** The community form after reviews came in: "worries" and "harmed" have answers. */
const form: ReviewFormFieldsFragment = {
  __typename: 'ReviewForm',
  kind: 'community',
  revision: 4,
  answeredQuestionIds: ['worries', 'harmed'],
  questions: DEFAULT_COMMUNITY_FORM.questions.map(typed),
};

function renderEditor(mocks: unknown[] = []) {
  render(
    <MockedProvider mocks={mocks as never[]}>
      <ReviewFormEditor venueId="v1" form={form} onReload={() => undefined} />
    </MockedProvider>,
  );
  return screen.getByRole('region', { name: 'Community reviewers’ form' });
}

const row = (editor: HTMLElement, n: number) => within(editor).getAllByRole('listitem')[n - 1] as HTMLElement;

describe('ReviewFormEditor', () => {
  it('does not delete nor change the kind of a question that has answers, and says why', () => {
    const editor = renderEditor();
    const answered = row(editor, 1);
    const remove = within(answered).getByRole('button', { name: 'Delete: question 1' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(/cannot be deleted nor change kind: reviewers have answered them\. Retire one/);
    expect(within(answered).getByText('Has answers')).toBeInTheDocument();
    const kind = within(answered).getByRole('combobox', { name: 'Kind of question 1' });
    expect(kind).toBeDisabled();
    expect(kind).toHaveAccessibleDescription(/cannot be deleted nor change kind/);
    // Retiring it stays possible.
    expect(within(answered).getByRole('button', { name: 'Retire: question 1' })).toBeEnabled();
    // A question nobody answered yet can go, or change kind.
    const unanswered = row(editor, 3);
    expect(within(unanswered).getByRole('button', { name: 'Delete: question 3' })).toBeEnabled();
    expect(within(unanswered).getByRole('combobox', { name: 'Kind of question 3' })).toBeEnabled();
    expect(within(unanswered).queryByText('Has answers')).not.toBeInTheDocument();
  });

  it('reorders, retires, deletes and adds, then saves at the revision it loaded', async () => {
    const user = userEvent.setup();
    const [worries, harmed, safer, missed] = DEFAULT_COMMUNITY_FORM.questions as [FormQuestion, FormQuestion, FormQuestion, FormQuestion];
    const expected = [
      { ...harmed },
      { ...worries, retired: true },
      { ...missed },
      { id: 'question_4', kind: 'text', prompt: 'Who should we ask next?', help: '', required: false, retired: false },
    ];
    const editor = renderEditor([
      {
        request: { query: UpdateReviewFormMutation, variables: { venueId: 'v1', kind: 'community', questions: expected, expectedRevision: 4 } },
        result: { data: { updateReviewForm: { ...form, revision: 5, questions: expected.map((q) => typed(q as FormQuestion)) } } },
      },
    ]);
    await user.click(within(row(editor, 1)).getByRole('button', { name: 'Move down: question 1' }));
    expect(within(editor).getByRole('textbox', { name: 'Question 1' })).toHaveValue(harmed.prompt);
    await user.click(within(row(editor, 2)).getByRole('button', { name: 'Retire: question 2' }));
    expect(row(editor, 2)).toHaveTextContent('Retired: not asked');
    await user.click(within(row(editor, 3)).getByRole('button', { name: 'Delete: question 3' }));
    expect(within(editor).queryByDisplayValue(safer.prompt)).not.toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: 'Add a question answered in words' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Question 4' }), 'Who should we ask next?');
    await user.click(within(editor).getByRole('button', { name: 'Save the community form' }));
    expect(await within(editor).findByText('Community reviewers’ form saved.')).toBeInTheDocument();
  });

  it('edits the continuing-review rubric under its own title', () => {
    render(
      <MockedProvider>
        <ReviewFormEditor
          venueId="v1"
          form={{ __typename: 'ReviewForm', kind: 'continuing', revision: 0, answeredQuestionIds: [], questions: DEFAULT_CONTINUING_FORM.questions.map(typed) }}
          onReload={() => undefined}
        />
      </MockedProvider>,
    );
    const editor = screen.getByRole('region', { name: 'Continuing-review rubric' });
    expect(editor).toHaveTextContent('What the reviewers of record answer when they recommend on a re-evaluation: a lighter rubric than the expert one.');
    expect(within(editor).getByRole('textbox', { name: 'Question 1' })).toHaveValue('The conditions of approval are kept');
    expect(within(editor).getByRole('button', { name: 'Save the continuing form' })).toBeInTheDocument();
  });

  it('checks the form with the domain’s rules first: a new question needs its words', async () => {
    const user = userEvent.setup();
    const editor = renderEditor();
    await user.click(within(editor).getByRole('button', { name: 'Add a rated criterion' }));
    await user.click(within(editor).getByRole('button', { name: 'Save the community form' }));
    const prompt = within(editor).getByRole('textbox', { name: 'Question 5' });
    expect(prompt).toHaveAttribute('aria-invalid', 'true');
    expect(prompt).toHaveAccessibleDescription('Write the question.');
    expect(prompt).toHaveFocus();
  });
});
