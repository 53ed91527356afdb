import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AmendmentRequestForm } from './AmendmentRequestForm';
import { RequestAmendmentMutation } from './amendments.operations';
import {
  amendment,
  APPROVED_PLAN,
  ARTIFACTS,
  fieldErrors,
  MODEL_ITEM,
  PAPER_ITEM,
} from './amendments.fixture';
import { artifactKeyFrom } from './amendmentWords';

const REASON = 'A replication of the model is public now; withholding ours protects no one.';

const plain = ({ __typename: _t, ...item }: typeof PAPER_ITEM) => item;

/** The whole plan from now on: the model goes public, and the new demo is granted on request. */
const INPUT = {
  approvalId: 'a1',
  reason: REASON,
  releasePlan: [
    plain(PAPER_ITEM),
    { ...plain(MODEL_ITEM), distribution: 'public' },
    {
      artifactKey: 'voice-demo',
      contentLevel: 'withheld',
      timing: 'immediate',
      distribution: 'ask_for_access',
      embargoUntil: null,
      reviewEveryMonths: null,
      releaseEvent: '',
      stages: [],
      accessConditions: 'Accredited labs that sign the use terms.',
    },
  ],
  newArtifacts: [
    {
      key: 'voice-demo',
      kind: 'runnable_system',
      name: 'Voice demo',
      description: 'A web demo of the model.',
      powerLevel: 'reduced',
    },
  ],
};

const requestMock = (result: object) => ({
  request: { query: RequestAmendmentMutation, variables: { input: INPUT } },
  result,
});

function renderForm(mocks: unknown[] = []) {
  const onDone = jest.fn();
  const onStale = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <AmendmentRequestForm
        approvalId="a1"
        approvedPlan={APPROVED_PLAN}
        artifacts={ARTIFACTS}
        onDone={onDone}
        onCancel={jest.fn()}
        onStale={onStale}
        now={() => new Date('2031-07-01T09:00:00Z')}
      />
    </MockedProvider>,
  );
  return { onDone, onStale, form: screen.getByRole('form', { name: 'Request an amendment' }) };
}

/** Fills in the request of INPUT: the reason, the model made public, and a new artifact with its plan. */
async function fillIn(form: HTMLElement) {
  const user = userEvent.setup();
  await user.type(within(form).getByRole('textbox', { name: 'Reason for the amendment' }), REASON);
  const model = within(form).getByRole('region', { name: 'Voice model' });
  expect(within(model).getByText('Approved plan')).toBeInTheDocument();
  await user.selectOptions(within(model).getByRole('combobox', { name: /^Voice model: to whom/ }), 'Public');
  expect(within(model).getByRole('combobox', { name: /^Voice model: to whom/ })).toHaveAccessibleName(
    'Voice model: to whom changed',
  );
  await user.click(within(form).getByRole('button', { name: 'Add an artifact' }));
  const added = within(form).getByRole('group', { name: 'New artifact 1' });
  await user.type(within(added).getByRole('textbox', { name: 'New artifact 1: name' }), 'Voice demo');
  expect(within(added).getByRole('textbox', { name: 'New artifact 1: name' })).toHaveAccessibleDescription(
    /Key: voice-demo/,
  );
  await user.selectOptions(
    within(added).getByRole('combobox', { name: 'New artifact 1: kind' }),
    'Runnable system',
  );
  await user.selectOptions(
    within(added).getByRole('combobox', { name: /New artifact 1: power level/ }),
    'Reduced',
  );
  await user.type(
    within(added).getByRole('textbox', { name: 'New artifact 1: description' }),
    'A web demo of the model.',
  );
  // Its plan item follows it in the plan editor, under its name.
  const demo = within(form).getByRole('region', { name: 'Voice demo' });
  expect(demo).toHaveTextContent('New artifact');
  expect(demo).toHaveTextContent('Not in the approved plan.');
  await user.type(
    within(demo).getByRole('textbox', { name: /^Voice demo: access conditions/ }),
    'Accredited labs that sign the use terms.',
  );
  await user.click(within(form).getByRole('button', { name: 'Request the amendment' }));
  return user;
}

describe('AmendmentRequestForm', () => {
  it('makes keys from names, clear of the other artifacts’', () => {
    expect(artifactKeyFrom('Voice demo v2!', new Set(), 'x')).toBe('voice-demo-v2');
    expect(artifactKeyFrom('Modèle', new Set(['modele']), 'x')).toBe('modele-2');
    expect(artifactKeyFrom('  ', new Set(), 'new-artifact-1')).toBe('new-artifact-1');
    expect(artifactKeyFrom('A rather long artifact name for the phone', new Set(), 'x')).toBe(
      'a-rather-long-artifact-name-for-the',
    );
  });

  it('starts from the approved plan, and asks for a reason and a change first', async () => {
    const user = userEvent.setup();
    const { form } = renderForm();
    expect(within(form).getByRole('combobox', { name: /^Voice model: to whom/ })).toHaveValue(
      'ask_for_access',
    );
    await user.click(within(form).getByRole('button', { name: 'Request the amendment' }));
    const reason = within(form).getByRole('textbox', { name: 'Reason for the amendment' });
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription(/Say why you ask for this change/);
    expect(within(form).getByRole('group', { name: 'Release plan from now on' })).toHaveTextContent(
      'This is the approved plan: change something, or cancel.',
    );
  });

  it('sends the whole plan from now on, with the new artifacts', async () => {
    const { form, onDone } = renderForm([requestMock({ data: { requestAmendment: amendment() } })]);
    await fillIn(form);
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Amendment requested. A chair decides it; until then the approved plan holds.',
      ),
    );
  });

  it('shows the server’s field errors on their fields, the rest above the form, and focuses the first', async () => {
    const { form, onDone } = renderForm([
      requestMock(
        fieldErrors('The amendment cannot be requested yet; see the marked fields.', [
          {
            path: 'newArtifacts.0.key',
            message: 'An approved artifact already uses this key; choose another.',
          },
          {
            path: 'releasePlan.2.accessConditions',
            message: 'Release plan for “Voice demo”: name who may get access.',
          },
          { path: 'approvalId', message: 'This approval takes no amendments.' },
        ]),
      ),
    ]);
    await fillIn(form);
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The amendment cannot be requested yet; see the marked fields.');
    expect(alert).toHaveTextContent('This approval takes no amendments.');
    const name = within(form).getByRole('textbox', { name: 'New artifact 1: name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/An approved artifact already uses this key; choose another\.$/);
    const access = within(form).getByRole('textbox', { name: /^Voice demo: access conditions/ });
    expect(access).toHaveAccessibleDescription(/name who may get access\.$/);
    await waitFor(() => expect(name).toHaveFocus());
    expect(onDone).not.toHaveBeenCalled();
  });

  it('hands a conflict (one already under review) to the section', async () => {
    const message =
      'An amendment of this approval is already under review: wait for its decision, or withdraw it first.';
    const { form, onStale } = renderForm([
      requestMock({ errors: [{ message, extensions: { code: 'CONFLICT' } }] }),
    ]);
    await fillIn(form);
    await waitFor(() => expect(onStale).toHaveBeenCalledWith(message));
    expect(within(form).queryByRole('alert')).toBeNull();
  });
});
