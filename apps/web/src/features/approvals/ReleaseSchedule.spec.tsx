import { render, screen, within } from '@testing-library/react';
import { formatDay } from '../../lib/format';
import { openPoint } from './reevaluation.fixture';
import { pointWhen, ReleaseSchedule } from './ReleaseSchedule';

// A staged model (stage 1 open, stage 2 blocked, stage 3 awaiting its gate), code on an embargo,
// a suspended dataset and a withheld paper draft.
const SCHEDULE = [
  openPoint('model', 'Voice model', {
    stage: 0,
    label: 'Stage 1: the 124M model',
    date: '2031-02-01',
    openedOn: '2031-02-01',
    reason: 'Opened on 2031-02-01.',
  }),
  openPoint('model', 'Voice model', {
    stage: 1,
    label: 'Stage 2: the 355M model',
    date: '2031-05-01',
    gated: true,
    openedOn: null,
    status: 'blocked',
    statusLabel: 'Blocked',
    reason: 'Blocked: its date (2031-05-01) came, but no re-evaluation before it decided to advance to it.',
  }),
  openPoint('model', 'Voice model', {
    stage: 2,
    label: 'Stage 3: the full model',
    date: null,
    gated: true,
    openedOn: null,
    status: 'awaiting_gate',
    statusLabel: 'Awaiting its gate',
    reason: 'Opens when a re-evaluation decides to advance to it.',
  }),
  openPoint('code', 'Training code', {
    label: 'Released on 2031-09-01',
    date: '2031-09-01',
    openedOn: null,
    opensOn: '2031-09-01',
    status: 'scheduled',
    statusLabel: 'Scheduled',
    reason: 'Opens on 2031-09-01 unless the approval is suspended by then.',
  }),
  openPoint('data', 'Dataset', {
    status: 'held',
    statusLabel: 'Held',
    openedOn: null,
    reason: 'The release of this artifact is suspended until the committee reinstates the approval.',
  }),
  openPoint('draft', 'Paper draft', {
    label: 'Withheld',
    openedOn: null,
    status: 'withheld',
    statusLabel: 'Not released',
    reason: 'The approved plan does not release it.',
  }),
];

function renderSchedule() {
  render(<ReleaseSchedule schedule={SCHEDULE} />);
  return screen.getByRole('region', { name: 'Release schedule' });
}

describe('ReleaseSchedule', () => {
  it('lists each artifact’s releases in order, under the artifact’s name', () => {
    const region = renderSchedule();
    const model = within(region).getByRole('list', { name: /^Voice model/ });
    expect(model).toHaveAccessibleName('Voice model · 1 of 3 stages open');
    expect(
      within(model)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.release-point__label')?.textContent),
    ).toEqual(['Stage 1: the 124M model', 'Stage 2: the 355M model', 'Stage 3: the full model']);
    expect(within(region).getByRole('list', { name: 'Training code' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Filled steps are open');
  });

  it('marks a blocked stage with its badge, the day it was due and why', () => {
    const region = renderSchedule();
    const [, blocked] = within(within(region).getByRole('list', { name: /^Voice model/ })).getAllByRole(
      'listitem',
    );
    expect(blocked).toHaveClass('release-point--blocked');
    expect(within(blocked!).getByText('Blocked', { selector: '.badge' })).toHaveClass('badge--warning');
    expect(blocked).toHaveTextContent(`Was due ${formatDay('2031-05-01')}`);
    expect(blocked).toHaveTextContent(
      'Blocked: its date (2031-05-01) came, but no re-evaluation before it decided to advance to it.',
    );
  });

  it('gives every status its badge and tone', () => {
    const region = renderSchedule();
    const badges = within(region)
      .getAllByText(/./, { selector: '.badge' })
      .map((b) => [b.textContent, b.className.replace('badge badge--', '')]);
    expect(badges).toEqual([
      ['Open', 'success'],
      ['Blocked', 'warning'],
      ['Awaiting its gate', 'info'],
      ['Scheduled', 'neutral'],
      ['Held', 'danger'],
      ['Not released', 'neutral'],
    ]);
  });

  it('says when each point opens: its day, on a decision, or with the approval', () => {
    const [opened, blocked, awaiting, scheduled, held, withheld] = SCHEDULE;
    expect(pointWhen(opened!)).toBe(`Opened ${formatDay('2031-02-01')}`);
    expect(pointWhen(blocked!)).toBe(`Was due ${formatDay('2031-05-01')}`);
    expect(pointWhen(awaiting!)).toBe('Opens on a decision');
    expect(pointWhen(scheduled!)).toBe(`Opens ${formatDay('2031-09-01')}`);
    expect(pointWhen(held!)).toBeNull();
    expect(pointWhen({ ...held!, status: 'open', openedOn: null })).toBe('Opens with the approval');
    expect(pointWhen(withheld!)).toBeNull();
  });
});
