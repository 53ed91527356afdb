import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ConfirmTierMutation } from '../submissions/submission.operations';
import { TierConfirmDialog } from './TierConfirmDialog';
import type { TierDialogSubmission } from './TierConfirmDialog';

const submission: TierDialogSubmission = {
  id: 's1',
  title: 'Voice cloning at scale',
  revision: 7,
  tierStatus: 'suggested',
  latestVersion: 1,
  tierDecision: null,
  tierSuggestion: {
    tier: 'expedited',
    score: 6,
    drivers: [
      {
        path: 'hazards.0.severity',
        section: 'hazards',
        answer: 'High product hazard',
        points: 4,
        floor: null,
        reason: 'High-severity hazards add 4 points.',
      },
    ],
  },
};

const decision = (tier: string, reason: string) => ({
  __typename: 'TierDecision',
  tier,
  suggestedTier: 'expedited',
  reason,
  decidedAt: '2030-01-01T00:00:00.000Z',
  forVersion: 1,
  decidedBy: { __typename: 'User', id: 'c1', name: 'Carla Chair' },
});

function confirmMock(tier: string, reason: string) {
  return {
    request: {
      query: ConfirmTierMutation,
      variables: { submissionId: 's1', tier, reason, expectedRevision: 7 },
    },
    result: {
      data: {
        confirmTier: {
          __typename: 'Submission',
          id: 's1',
          tierStatus: tier === 'expedited' ? 'confirmed' : 'overridden',
          tier,
          revision: 8,
          tierDecision: decision(tier, reason),
          tierHistory: [decision(tier, reason)],
        },
      },
    },
  };
}

function renderDialog(mocks: unknown[], shown: TierDialogSubmission = submission) {
  const onDone = jest.fn();
  const onClose = jest.fn();
  render(
    <MockedProvider mocks={mocks as never[]}>
      <TierConfirmDialog submission={shown} onDone={onDone} onClose={onClose} />
    </MockedProvider>,
  );
  return { onDone, onClose };
}

describe('TierConfirmDialog', () => {
  it('shows the suggestion and the answers that drove it, preselected', () => {
    renderDialog([]);
    expect(screen.getByRole('heading', { name: /Suggested: Expedited \(suggested\)/ })).toBeInTheDocument();
    expect(screen.getByText(/High product hazard/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Expedited (suggested)' })).toBeChecked();
    expect(screen.getByLabelText('Reason (optional)')).not.toBeRequired();
  });

  it('asks to decide again when the latest version suggests another tier, starting from the suggestion', () => {
    renderDialog([], {
      ...submission,
      tierStatus: 'needs_confirmation',
      latestVersion: 2,
      tierDecision: { tier: 'exempt', forVersion: 1 },
    });
    expect(screen.getByRole('heading', { name: 'Decide the tier again for version 2' })).toBeInTheDocument();
    expect(
      screen.getByText(/The tier decided for version 1 was Exempt; version 2 suggests Expedited\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Expedited (suggested)' })).toBeChecked();
  });

  it('confirms the suggested tier without a reason', async () => {
    const user = userEvent.setup();
    const { onDone } = renderDialog([confirmMock('expedited', '')]);
    await user.click(screen.getByRole('button', { name: 'Confirm tier' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Tier of “Voice cloning at scale” confirmed as Expedited.'),
    );
  });

  it('requires a reason to override, then records it', async () => {
    const user = userEvent.setup();
    const { onDone } = renderDialog([confirmMock('full', 'Voice clones of real people.')]);
    await user.click(screen.getByRole('radio', { name: 'Full' }));
    const reason = screen.getByLabelText(/Reason for overriding the suggestion/);
    expect(reason).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Confirm tier' }));
    expect(await screen.findByText(/Say why you override the suggested tier/)).toBeInTheDocument();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(onDone).not.toHaveBeenCalled();
    await user.type(reason, 'Voice clones of real people.');
    await user.click(screen.getByRole('button', { name: 'Confirm tier' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Tier of “Voice cloning at scale” set to Full (overriding Expedited).',
      ),
    );
  });
});
