import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OpenMotionFieldsFragment } from '../../gql/graphql';
import { VotePanel } from './VotePanel';
import type { VoterFacts } from './VotePanel';

const motion: OpenMotionFieldsFragment = {
  __typename: 'Motion',
  id: 'm1',
  submissionId: 's1',
  text: 'To approve the statement with the release plan as proposed.',
  state: 'open',
  proposedOutcome: 'approved',
  proposedOutcomeLabel: 'Approved',
  conditions: [],
  votesCast: 2,
  myVote: null,
};

const canVote: VoterFacts = { member: true, voting: true, present: true, recused: false };

function renderPanel(facts: Partial<VoterFacts> = {}, extra: Partial<Parameters<typeof VotePanel>[0]> = {}) {
  const onVote = jest.fn();
  render(
    <VotePanel motion={motion} facts={{ ...canVote, ...facts }} counted={5} onVote={onVote} {...extra} />,
  );
  const group = screen.getByRole('group', { name: 'Vote on the motion' });
  const buttons = within(group).getAllByRole('button');
  return { onVote, group, buttons };
}

describe('VotePanel', () => {
  it('lets a member present and not recused vote, and says how many have voted', async () => {
    const { onVote, buttons } = renderPanel();
    expect(buttons.map((b) => b.textContent)).toEqual(['For', 'Against', 'Abstain']);
    buttons.forEach((b) => expect(b).toBeEnabled());
    expect(
      screen.getByText('You have not voted yet. Your last vote before the chair closes the motion counts.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2 votes cast so far of 5 counted. The tally is shown when the motion is closed.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Against' }));
    expect(onVote).toHaveBeenCalledWith('against');
  });

  it('shows the current vote as the pressed button, and it can still be changed', async () => {
    const onVote = jest.fn();
    render(<VotePanel motion={{ ...motion, myVote: 'for' }} facts={canVote} counted={5} onVote={onVote} />);
    expect(screen.getByRole('button', { name: 'For' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Abstain' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('For', { selector: 'strong' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Abstain' }));
    expect(onVote).toHaveBeenCalledWith('abstain');
  });

  it('disables the buttons of a recused member and says why, with the domain’s sentence', async () => {
    const { onVote, buttons } = renderPanel({ recused: true });
    const reason = 'You are recused from this item: you have a conflict with the statement.';
    expect(screen.getByText(reason)).toBeInTheDocument();
    for (const button of buttons) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(reason);
    }
    await userEvent.click(buttons[0] as HTMLElement);
    expect(onVote).not.toHaveBeenCalled();
  });

  it('disables the buttons of a member who has not checked in and tells them to', () => {
    const { buttons } = renderPanel({ present: false });
    buttons.forEach((b) => expect(b).toBeDisabled());
    expect(buttons[0]).toHaveAccessibleDescription('Check in as present before you vote.');
  });

  it('puts recusal before absence: a recused member who is absent is told about the conflict', () => {
    renderPanel({ present: false, recused: true });
    expect(screen.getByText(/You are recused from this item/)).toBeInTheDocument();
    expect(screen.queryByText('Check in as present before you vote.')).not.toBeInTheDocument();
  });

  it('explains a member without a vote', () => {
    const { buttons } = renderPanel({ voting: false });
    buttons.forEach((b) => expect(b).toBeDisabled());
    expect(screen.getByText('You take part in this meeting without a vote.')).toBeInTheDocument();
  });

  it('shows the server’s refusal as an alert tied to the buttons', () => {
    const refusal = 'You cannot vote on this now. Check in as present before you vote.';
    const { buttons } = renderPanel({}, { error: refusal });
    expect(screen.getByRole('alert')).toHaveTextContent(refusal);
    expect(buttons[1]).toHaveAccessibleDescription(refusal);
  });

  it('keeps the buttons disabled while a vote is on its way', () => {
    const { buttons } = renderPanel({}, { busy: true });
    buttons.forEach((b) => expect(b).toBeDisabled());
  });
});
