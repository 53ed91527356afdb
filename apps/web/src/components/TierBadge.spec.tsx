import { render, screen } from '@testing-library/react';
import { TierBadge } from './TierBadge';

describe('TierBadge', () => {
  it.each([
    ['exempt', 'Exempt'],
    ['expedited', 'Expedited'],
    ['full', 'Full'],
  ] as const)('names the %s tier in words and in its colour class', (tier, label) => {
    render(<TierBadge tier={tier} />);
    const badge = screen.getByText(label);
    expect(badge).toHaveClass(`badge--tier-${tier}`);
    expect(badge).not.toHaveClass('badge--suggested');
  });

  it('says when a tier is only suggested', () => {
    render(<TierBadge tier="full" suggested />);
    const badge = screen.getByText('Full (suggested)');
    expect(badge).toHaveClass('badge--tier-full', 'badge--suggested');
  });

  it('shows a neutral badge when there is no tier', () => {
    render(<TierBadge tier={null} />);
    expect(screen.getByText('No tier yet')).toHaveClass('badge--neutral');
  });
});
