import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { REPORT_QUESTIONS } from '@impact-review/domain';
import { SubmitContinuingReviewReportMutation } from './approvals.operations';
import { ContinuingReviewReportForm } from './ContinuingReviewReportForm';
import { approval, FILED_REPORT, fieldError, reevaluation } from './reevaluation.fixture';

const PROGRESS = 'The paper is out; the model stays withheld.';
const INCIDENTS = 'None that we know of.';
const NOTE = 'Half the samples are watermarked; the rest by August.';

const submitMock = (result: object) => ({
  request: {
    query: SubmitContinuingReviewReportMutation,
    variables: {
      input: {
        approvalId: 'a1',
        expectedRevision: 2,
        progress: PROGRESS,
        changes: '',
        incidents: INCIDENTS,
        replication: '',
        milestones: '',
        conditions: [
          { status: 'met', note: '' },
          { status: 'in_progress', note: NOTE },
        ],
      },
    },
  },
  result,
});

function renderForm(mocks: unknown[] = [], report: typeof FILED_REPORT | null = null) {
  const onDone = jest.fn();
  const onStale = jest.fn();
  const onCancel = report ? jest.fn() : undefined;
  render(
    <MockedProvider mocks={mocks as never[]}>
      <ContinuingReviewReportForm
        approval={approval()}
        reevaluation={reevaluation({ report })}
        onDone={onDone}
        onCancel={onCancel}
        onStale={onStale}
      />
    </MockedProvider>,
  );
  return { onDone, onStale, form: screen.getByRole('form', { name: /continuing-review report$/ }) };
}

const conditionRow = (form: HTMLElement, n: number) =>
  within(form).getByRole('group', { name: `Condition ${n}` });

async function fillAnswers(user: ReturnType<typeof userEvent.setup>, form: HTMLElement) {
  await user.type(within(form).getByRole('textbox', { name: 'Progress since the approval' }), PROGRESS);
  await user.type(within(form).getByRole('textbox', { name: 'Incidents and misuse you know of' }), INCIDENTS);
  await user.click(within(conditionRow(form, 1)).getByRole('radio', { name: 'Met' }));
  await user.click(within(conditionRow(form, 2)).getByRole('radio', { name: 'In progress' }));
}

describe('ContinuingReviewReportForm', () => {
  it('asks each question of the domain with its help, marking the required ones', () => {
    const { form } = renderForm();
    for (const question of REPORT_QUESTIONS) {
      const box = within(form).getByRole('textbox', { name: question.prompt });
      expect(box).toHaveAccessibleDescription(question.help);
      if (question.required) expect(box).toBeRequired();
      else expect(box).not.toBeRequired();
    }
  });

  it('has one row per condition of the approval: the condition, a met / in progress / not met choice and a note', () => {
    const { form } = renderForm();
    const rows = within(form).getAllByRole('group', { name: /^Condition \d$/ });
    expect(rows).toHaveLength(2);
    const first = conditionRow(form, 1);
    expect(
      within(first)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Met', 'In progress', 'Not met']);
    expect(within(first).getByRole('radio', { name: 'Met' })).toHaveAccessibleDescription(
      'Withhold the trained model. (for Voice model)',
    );
    expect(within(conditionRow(form, 2)).getByRole('radio', { name: 'Met' })).toHaveAccessibleDescription(
      /^Watermark every released sample\. \(for the whole work, due /,
    );
  });

  it('makes the note required unless the condition is met', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(conditionRow(form, 1)).getByRole('radio', { name: 'Not met' }));
    expect(
      within(form).getByRole('textbox', { name: 'Condition 1: what is missing, and by when' }),
    ).toBeRequired();
    await user.click(within(conditionRow(form, 1)).getByRole('radio', { name: 'Met' }));
    expect(within(form).getByRole('textbox', { name: 'Condition 1: note (optional)' })).not.toBeRequired();
  });

  it('checks the report before sending it: each problem on its field, the focus on the first', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    const progress = within(form).getByRole('textbox', { name: 'Progress since the approval' });
    await waitFor(() => expect(progress).toHaveFocus());
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(progress).toHaveAccessibleDescription(
      /Answer this in a sentence or more \(at least 10 characters\)\.$/,
    );
    expect(within(form).getByRole('textbox', { name: 'Incidents and misuse you know of' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(form).getByRole('textbox', { name: 'Changes to the work' })).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(conditionRow(form, 1)).toHaveTextContent('Say whether this condition was met.');
    expect(within(form).getByRole('alert')).toHaveTextContent('Some fields need attention.');
  });

  it('asks what is missing of a condition that is not met, on its note', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    await fillAnswers(user, form);
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    const note = within(form).getByRole('textbox', { name: 'Condition 2: what is missing, and by when' });
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveAccessibleDescription('Say what is missing and when it will be done.');
    expect(within(form).getByRole('textbox', { name: 'Condition 1: note (optional)' })).not.toHaveAttribute(
      'aria-invalid',
    );
  });

  it('places the server’s field errors on the condition’s note', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([
      submitMock(fieldError('conditions.1.note', 'Say by which month the rest is watermarked.')),
    ]);
    await fillAnswers(user, form);
    const note = within(form).getByRole('textbox', { name: 'Condition 2: what is missing, and by when' });
    await user.type(note, NOTE);
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    await waitFor(() => expect(note).toHaveAttribute('aria-invalid', 'true'));
    expect(note).toHaveAccessibleDescription('Say by which month the rest is watermarked.');
    await waitFor(() => expect(note).toHaveFocus());
    expect(onDone).not.toHaveBeenCalled();
  });

  it('files the report at the re-evaluation’s revision', async () => {
    const user = userEvent.setup();
    const { form, onDone } = renderForm([
      submitMock({
        data: { submitContinuingReviewReport: reevaluation({ revision: 3, report: FILED_REPORT }) },
      }),
    ]);
    await fillAnswers(user, form);
    await user.type(within(form).getByRole('textbox', { name: /^Condition 2:/ }), NOTE);
    await user.click(within(form).getByRole('button', { name: 'File the report' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Your report is filed. The chairs and the reviewers are told by email.',
      ),
    );
  });

  it('starts from the filed report when the authors change it', () => {
    const { form } = renderForm([], FILED_REPORT);
    expect(form).toHaveAccessibleName('Change the continuing-review report');
    expect(within(form).getByRole('textbox', { name: 'Progress since the approval' })).toHaveValue(PROGRESS);
    expect(within(conditionRow(form, 1)).getByRole('radio', { name: 'Met' })).toBeChecked();
    expect(within(conditionRow(form, 2)).getByRole('radio', { name: 'In progress' })).toBeChecked();
    expect(within(form).getByRole('textbox', { name: /^Condition 2:/ })).toHaveValue(NOTE);
    expect(within(form).getByRole('button', { name: 'Keep the filed report' })).toBeInTheDocument();
  });
});
