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

  it('shows every section of an empty statement as incomplete, as the domain says', () => {
    const content = emptyStatementContent([]);
    render(<SectionNav sections={sectionStatus(content, [], new Date('2030-01-01T00:00:00Z'))} />);
    // Nothing counts as answered by default: not "does not apply", not an empty release plan.
    for (const name of [/Summary/, /Indirect harms/, /Mitigations/, /Release plan/]) {
      expect(screen.getByRole('link', { name })).toHaveTextContent('Incomplete');
    }
    expect(screen.getByRole('navigation')).toHaveTextContent('0 of 9 sections complete');
  });

  it('links the submission details to their card', () => {
    render(<SectionNav sections={[{ section: 'details', complete: false, errors: [] }, ...states({})]} />);
    expect(screen.getByRole('link', { name: /Submission details/ })).toHaveAttribute(
      'href',
      '#submission-details',
    );
    expect(screen.getByRole('navigation')).toHaveTextContent('9 of 10 sections complete');
  });
});
