import { render, screen, within } from '@testing-library/react';
import { emptyStatementContent, sectionStatus, STATEMENT_SECTIONS } from '@impact-review/domain';
import { SectionNav } from './SectionNav';
import type { SectionState } from './SectionNav';

function states(incomplete: Record<string, number>): SectionState[] {
  return STATEMENT_SECTIONS.map((section) => {
    const count = incomplete[section] ?? 0;
    return {
      section,
      complete: count === 0,
      errors: Array.from({ length: count }, (_, i) => ({ path: `${section}.${i}`, message: 'Missing' })),
    };
  });
}

describe('SectionNav', () => {
  it('lists every section in order with its state in words', () => {
    render(<SectionNav sections={states({ hazards: 2, releasePlan: 1 })} />);
    const nav = screen.getByRole('navigation', { name: 'Statement sections' });
    const links = within(nav).getAllByRole('link');
    expect(links).toHaveLength(STATEMENT_SECTIONS.length);
    expect(links[0]).toHaveTextContent('Summary');
    expect(links[0]).toHaveTextContent('Complete');
    expect(screen.getByRole('link', { name: /Hazards/ })).toHaveTextContent('Incomplete (2)');
    expect(screen.getByRole('link', { name: /Release plan/ })).toHaveTextContent('Incomplete (1)');
    expect(screen.getByRole('link', { name: /Mitigations/ })).toHaveAttribute('href', '#section-mitigations');
    expect(nav).toHaveTextContent('7 of 9 sections complete');
  });

  it('marks the current section', () => {
    render(<SectionNav sections={states({})} current="benefits" />);
    expect(screen.getByRole('link', { name: /Benefits/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: /Summary/ })).not.toHaveAttribute('aria-current');
  });

  it('shows an empty statement as incomplete where the domain says so', () => {
    const content = emptyStatementContent([]);
    render(<SectionNav sections={sectionStatus(content, [], new Date('2030-01-01T00:00:00Z'))} />);
    expect(screen.getByRole('link', { name: /Summary/ })).toHaveTextContent('Incomplete');
    // With no artifacts there is nothing to plan, so the release plan is complete.
    expect(screen.getByRole('link', { name: /Release plan/ })).toHaveTextContent('Complete');
  });
});
