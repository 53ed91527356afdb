import { render, screen, within } from '@testing-library/react';
import { Histogram } from './Histogram';

describe('Histogram', () => {
  const bars = [
    { label: '0', count: 3 },
    { label: '1', count: 0 },
    { label: '2', count: 6 },
  ];

  it('draws one bar per bin, as tall as its share of the largest', () => {
    const { container } = render(<Histogram title="Reviewer loads" bars={bars} xLabel="Statements per reviewer" yLabel="Reviewers" />);
    const heights = [...container.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('height')));
    expect(heights).toHaveLength(3);
    expect(heights[2]).toBeGreaterThan(0);
    expect(heights[0]).toBeCloseTo((heights[2] ?? 0) / 2, 0);
    expect(heights[1]).toBe(0);
  });

  it('says every figure to screen readers, in the image’s name and in a table', () => {
    render(<Histogram title="Reviewer loads" bars={bars} xLabel="Statements per reviewer" yLabel="Reviewers" />);
    expect(screen.getByRole('img', { name: 'Reviewer loads. Statements per reviewer against Reviewers: 0: 3, 1: 0, 2: 6' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Reviewer loads' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['Statements per reviewerReviewers', '03', '10', '26']);
  });
});
