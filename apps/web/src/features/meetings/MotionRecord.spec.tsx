import { render, screen } from '@testing-library/react';
import type { MotionRecordFieldsFragment } from '../../gql/graphql';
import { minutesFileName } from './MeetingMinutes';
import { MotionRecord, tallyOf } from './MotionRecord';

const person = (id: string, name: string) => ({ __typename: 'User' as const, id, name });
const failed: MotionRecordFieldsFragment = {
  __typename: 'Motion',
  id: 'm1',
  submissionId: 's1',
  text: 'To approve the statement.',
  state: 'failed',
  proposedOutcomeLabel: 'Approved',
  conditions: [],
  votesCast: 5,
  for: 2,
  against: 1,
  abstain: 2,
  result: 'Not passed: 2 of 5 members present voted for; 3 needed.',
  votes: [
    { __typename: 'MotionVote', person: person('a', 'Dana Chair'), choice: 'for' },
    { __typename: 'MotionVote', person: person('b', 'Eli Expert'), choice: 'for' },
    { __typename: 'MotionVote', person: person('c', 'Erin Expert'), choice: 'against' },
    { __typename: 'MotionVote', person: person('d', 'Cam Community'), choice: 'abstain' },
    { __typename: 'MotionVote', person: person('e', 'Cleo Community'), choice: 'abstain' },
  ],
};

describe('MotionRecord', () => {
  it('reads the members counted and the majority from the result the server wrote', () => {
    expect(tallyOf(failed)).toEqual({ for: 2, against: 1, abstain: 2, counted: 5, needed: 3 });
    expect(
      tallyOf({
        ...failed,
        result: 'Passed: 4 of 6 members present voted for (4 needed).',
        for: 4,
        against: 0,
        abstain: 1,
      }),
    ).toEqual({
      for: 4,
      against: 0,
      abstain: 1,
      counted: 6,
      needed: 4,
    });
    expect(tallyOf({ ...failed, for: null, against: null, abstain: null })).toBeNull();
  });

  it('shows the result, a chart named with every figure, and who voted how', () => {
    render(<MotionRecord motion={failed} itemLabel="Item 1: Voice cloning" />);
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(screen.getByText('Not passed: 2 of 5 members present voted for; 3 needed.')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: '2 for, 1 against, 2 abstaining, of 5 counted; 3 for needed to pass.',
      }),
    ).toBeInTheDocument();
    const rows = [...document.querySelectorAll('.votes-by-choice__row')].map((row) => row.textContent);
    expect(rows).toEqual([
      'ForDana Chair, Eli Expert',
      'AgainstErin Expert',
      'AbstainCam Community, Cleo Community',
    ]);
  });

  it('names the minutes file after the meeting', () => {
    expect(minutesFileName('Full review — Mai 2031 (Zürich)')).toBe(
      'full-review-mai-2031-zurich-minutes.txt',
    );
    expect(minutesFileName('¿?')).toBe('meeting-minutes.txt');
  });
});
