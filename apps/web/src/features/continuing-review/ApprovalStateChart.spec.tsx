import { render, screen, within } from '@testing-library/react';
import type { ApprovalState } from '@impact-review/domain';
import { ApprovalStateChart, axisTicks, stateChartSummary, type StatePoint } from './ApprovalStateChart';

const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 1) - 1).toISOString();
const point = (at: string, counts: Partial<Record<ApprovalState, number>>): StatePoint => ({
  at,
  counts: Object.entries(counts).map(([state, count]) => ({
    state: state as ApprovalState,
    count: count ?? 0,
  })),
});

// July 2030 to May 2031 month ends, then now (20 June 2031): one approval from September, a second
// from January, which went under re-evaluation in May and was suspended now.
const series: StatePoint[] = [
  ...Array.from({ length: 11 }, (_, i) => {
    const at = monthEnd(2030, 6 + i);
    if (i < 2) return point(at, {});
    if (i < 6) return point(at, { active: 1 });
    if (i < 10) return point(at, { active: 2 });
    return point(at, { active: 1, under_reevaluation: 1 });
  }),
  point('2031-06-20T10:00:00.000Z', { active: 1, suspended: 1, closed: 0 }),
];

const july2030 = new Date(monthEnd(2030, 6)).toLocaleDateString(undefined, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

describe('ApprovalStateChart', () => {
  it('names the chart with a sentence: now, the start of the year, and the most at once', () => {
    const summary = `Approvals by state at the end of each of the last 12 months. Now 2 in all: 1 active, 1 suspended. End of ${july2030}: none. At most 2 at once.`;
    expect(stateChartSummary(series)).toBe(summary);
    render(<ApprovalStateChart series={series} />);
    expect(screen.getByRole('img')).toHaveAccessibleName(summary);
  });

  it('stacks one bar per month, a part per state with approvals', () => {
    const { container } = render(<ApprovalStateChart series={series} />);
    const bars = container.querySelectorAll('svg g');
    expect(bars).toHaveLength(12);
    expect(bars[0]?.querySelectorAll('rect')).toHaveLength(0);
    expect([...(bars[10]?.querySelectorAll('rect') ?? [])].map((r) => r.getAttribute('class'))).toEqual([
      'state-chart__part state-part--active',
      'state-chart__part state-part--under_reevaluation',
    ]);
    // Two approvals fill the axis's top: each part is half the plot's height.
    expect(
      [...(bars[11]?.querySelectorAll('rect') ?? [])].map((r) => Number(r.getAttribute('height'))),
    ).toEqual([50, 50]);
  });

  it('gives every figure to screen readers in a table, one row per month, the last one now', () => {
    render(<ApprovalStateChart series={series} />);
    const table = screen.getByRole('table', { name: 'Approvals by state at the end of each month' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(rows[0]?.textContent).toBe('MonthActiveUnder re-evaluationSuspendedTerminatedExpiredClosed');
    expect(rows[1]?.textContent).toBe(`${july2030}000000`);
    expect(rows[12]?.textContent).toBe('Now101000');
  });

  it('divides the axis into whole numbers', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(13)).toEqual([0, 5, 10, 15]);
    expect(axisTicks(60)).toEqual([0, 15, 30, 45, 60]);
  });
});
