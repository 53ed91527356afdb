// The venue's approvals by state at the end of each of the last 12 months (the last bar now), as
// stacked bars: the SVG stretches to the width it gets, and the axis labels are text beside it, so
// they stay legible on a phone. Screen readers get a summary sentence as the image's name and every
// figure in a table.
import { APPROVAL_STATE_LABELS, APPROVAL_STATES, type ApprovalState } from '@impact-review/domain';
import type { ApprovalStateCountFieldsFragment } from '../../gql/graphql';

export interface StatePoint {
  at: string;
  counts: readonly Pick<ApprovalStateCountFieldsFragment, 'state' | 'count'>[];
}

/** Every state's count at a point (0 for those the server left out). */
export function countsAt(point: Pick<StatePoint, 'counts'>): Record<ApprovalState, number> {
  const counts = Object.fromEntries(APPROVAL_STATES.map((s) => [s, 0])) as Record<ApprovalState, number>;
  for (const c of point.counts) counts[c.state] += c.count;
  return counts;
}

const total = (counts: Record<ApprovalState, number>) =>
  APPROVAL_STATES.reduce((sum, s) => sum + counts[s], 0);

/** "2 active, 1 suspended", or "none". */
export function countsInWords(counts: Record<ApprovalState, number>): string {
  const parts = APPROVAL_STATES.filter((s) => counts[s] > 0).map(
    (s) => `${counts[s]} ${APPROVAL_STATE_LABELS[s].toLowerCase()}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/** A month's end as its bar is labelled ("Apr"); the last point is now. */
function monthLabel(at: string, style: 'short' | 'long'): string {
  return new Date(at).toLocaleDateString(undefined, {
    month: style,
    ...(style === 'long' ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

export function pointLabel(series: readonly StatePoint[], i: number, style: 'short' | 'long'): string {
  const point = series[i];
  if (!point) return '';
  return i === series.length - 1 ? 'Now' : monthLabel(point.at, style);
}

/** The chart in one sentence: where it starts, where it is now, and the most there were. */
export function stateChartSummary(series: readonly StatePoint[]): string {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return 'Approvals by state: no figures yet.';
  const now = countsAt(last);
  const start = countsAt(first);
  const peak = Math.max(...series.map((p) => total(countsAt(p))));
  return (
    `Approvals by state at the end of each of the last ${series.length} months. ` +
    `Now ${total(now)} in all: ${countsInWords(now)}. ` +
    `End of ${monthLabel(first.at, 'long')}: ${total(start) === 0 ? 'none' : `${total(start)} (${countsInWords(start)})`}. ` +
    `At most ${peak} at once.`
  );
}

/** A top for the axis that divides into whole-number ticks: 4 → 0..4; 13 → 0, 5, 10, 15. */
export function axisTicks(max: number): number[] {
  if (max <= 5) return Array.from({ length: Math.max(1, max) + 1 }, (_, i) => i);
  const step = Math.ceil(max / 5 / 5) * 5 || 5;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

const WIDTH = 120;
const HEIGHT = 100;

export function ApprovalStateChart({ series }: { series: readonly StatePoint[] }) {
  const points = series.map(countsAt);
  const ticks = axisTicks(Math.max(0, ...points.map(total)));
  const top = ticks[ticks.length - 1] ?? 1;
  const slot = WIDTH / Math.max(1, series.length);
  const barWidth = slot * 0.62;
  const y = (value: number) => HEIGHT - (value / top) * HEIGHT;
  return (
    <figure className="state-chart">
      <figcaption className="state-chart__caption">Approvals by state at the end of each month</figcaption>
      <div className="state-chart__body">
        <div className="state-chart__y" aria-hidden="true">
          {ticks.map((t) => (
            <span key={t} style={{ bottom: `${(t / top) * 100}%` }}>
              {t}
            </span>
          ))}
        </div>
        <svg
          className="state-chart__plot"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={stateChartSummary(series)}
        >
          {ticks.map((t) => (
            <line
              key={t}
              x1={0}
              x2={WIDTH}
              y1={y(t)}
              y2={y(t)}
              className="state-chart__grid"
              vectorEffect="non-scaling-stroke"
            />
          ))}
          {points.map((counts, i) => {
            let base = 0;
            return (
              <g key={series[i]?.at ?? i}>
                {APPROVAL_STATES.map((state) => {
                  const count = counts[state];
                  if (count === 0) return null;
                  const rect = (
                    <rect
                      key={state}
                      x={i * slot + (slot - barWidth) / 2}
                      y={y(base + count)}
                      width={barWidth}
                      height={y(base) - y(base + count)}
                      className={`state-chart__part state-part--${state}`}
                    />
                  );
                  base += count;
                  return rect;
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <div className="state-chart__x" aria-hidden="true">
        {series.map((point, i) => (
          <span key={point.at} className={i === series.length - 1 ? 'state-chart__now' : undefined}>
            {pointLabel(series, i, 'short')}
          </span>
        ))}
      </div>
      <ul className="plain-list state-chart__legend" aria-hidden="true">
        {APPROVAL_STATES.map((state) => (
          <li key={state}>
            <span className={`state-chart__swatch state-part--${state}`} />
            {APPROVAL_STATE_LABELS[state]}
          </li>
        ))}
      </ul>
      {/* A table ignores a 1 px width: the wrapper keeps it from widening the page. */}
      <div className="visually-hidden">
        <table>
          <caption>Approvals by state at the end of each month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {APPROVAL_STATES.map((state) => (
                <th key={state} scope="col">
                  {APPROVAL_STATE_LABELS[state]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((counts, i) => (
              <tr key={series[i]?.at ?? i}>
                <th scope="row">{pointLabel(series, i, 'long')}</th>
                {APPROVAL_STATES.map((state) => (
                  <td key={state}>{counts[state]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
