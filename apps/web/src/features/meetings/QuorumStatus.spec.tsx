import { render, screen } from '@testing-library/react';
import { quorumFor } from '@impact-review/domain';
import { QuorumStatus } from './QuorumStatus';

/** The verdict the server would send, from the same domain rule. */
function quorum(present: string[], recused: string[] = [], requireCommunityMember = true) {
  const members = [
    { userId: 'chair', community: false, voting: true },
    { userId: 'e1', community: false, voting: true },
    { userId: 'e2', community: false, voting: true },
    { userId: 'c1', community: true, voting: true },
    { userId: 'c2', community: true, voting: true },
    { userId: 'e3', community: false, voting: true },
  ];
  return {
    __typename: 'Quorum' as const,
    ...quorumFor({ members, present: new Set(present), recused: new Set(recused), requireCommunityMember }),
  };
}

describe('QuorumStatus', () => {
  it('says quorum is met with the figures counted and needed, and no explanation', () => {
    const { container } = render(
      <QuorumStatus quorum={quorum(['chair', 'e1', 'c1', 'c2'])} requireCommunityMember />,
    );
    expect(screen.getByText('Quorum')).toHaveClass('badge--success');
    expect(screen.getByText(/^4 counted, 4 needed/)).toBeInTheDocument();
    // Screen readers hear what is counted; sighted readers have the note below.
    expect(container.querySelector('.quorum__figures')).toHaveTextContent(
      '4 counted, 4 needed voting members present and not recused',
    );
    expect(screen.getByText(/2 community members counted \(at least 1 needed\)/)).toBeInTheDocument();
    expect(container.querySelector('.quorum__explanation')).toBeNull();
    expect(container.querySelector<HTMLElement>('.quorum__fill')?.style.width).toBe('100%');
  });

  it('says why there is no quorum, in the server’s words, with the share reached drawn', () => {
    const { container } = render(<QuorumStatus quorum={quorum(['chair', 'e1'])} requireCommunityMember />);
    expect(screen.getByText('No quorum')).toHaveClass('badge--warning');
    expect(screen.getByText(/^2 counted, 4 needed/)).toBeInTheDocument();
    expect(
      screen.getByText('No quorum: 2 of 6 voting members present; 4 needed; no community member present.'),
    ).toBeInTheDocument();
    expect(container.querySelector<HTMLElement>('.quorum__fill')?.style.width).toBe('50%');
  });

  it('counts the majority without the recused member', () => {
    render(<QuorumStatus quorum={quorum(['chair', 'e1', 'c1'], ['e3'])} requireCommunityMember />);
    // Five may take part in the item, so three are needed and three are there.
    expect(screen.getByText('Quorum')).toBeInTheDocument();
    expect(screen.getByText(/^3 counted, 3 needed/)).toBeInTheDocument();
  });

  it('misses quorum for want of a community member only when the meeting asks for one', () => {
    const { rerender } = render(
      <QuorumStatus quorum={quorum(['chair', 'e1', 'e2', 'e3'])} requireCommunityMember />,
    );
    expect(screen.getByText('No quorum: no community member present.')).toBeInTheDocument();
    rerender(
      <QuorumStatus quorum={quorum(['chair', 'e1', 'e2', 'e3'], [], false)} requireCommunityMember={false} />,
    );
    expect(screen.getByText('Quorum')).toBeInTheDocument();
    expect(screen.queryByText(/community member/)).not.toBeInTheDocument();
  });

  it('keeps to one line in the agenda: the badge, the figures and the reason, without the note', () => {
    render(<QuorumStatus quorum={quorum(['chair'])} requireCommunityMember compact />);
    expect(screen.queryByText(/^Counted: voting members present/)).not.toBeInTheDocument();
    expect(screen.getByText(/^No quorum: 1 of 6 voting members present/)).toBeInTheDocument();
  });
});
