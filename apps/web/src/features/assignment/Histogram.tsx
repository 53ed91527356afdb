// A bar chart people read at a glance, with the same figures as a table for screen readers.
export interface HistogramBar {
  label: string;
  count: number;
}

export function Histogram({ title, bars, xLabel, yLabel }: { title: string; bars: readonly HistogramBar[]; xLabel: string; yLabel: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const width = 320;
  const height = 120;
  // Room above the tallest bar for its count.
  const top = 16;
  const gap = 4;
  const barWidth = bars.length > 0 ? (width - gap * (bars.length - 1)) / bars.length : width;
  const summary = bars.map((b) => `${b.label}: ${b.count}`).join(', ');
  return (
    <figure className="histogram">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 36}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={`${title}. ${xLabel} against ${yLabel}: ${summary}`}>
        {bars.map((bar, i) => {
          const h = Math.round((bar.count / max) * (height - top));
          const x = i * (barWidth + gap);
          return (
            <g key={bar.label}>
              <rect x={x} y={height - h} width={barWidth} height={Math.max(h, bar.count > 0 ? 1 : 0)} className="histogram__bar" />
              {bar.count > 0 ? (
                <text x={x + barWidth / 2} y={height - h - 4} textAnchor="middle" className="histogram__count">
                  {bar.count}
                </text>
              ) : null}
              {bars.length <= 12 || i % Math.ceil(bars.length / 12) === 0 ? (
                <text x={x + barWidth / 2} y={height + 14} textAnchor="middle" className="histogram__label">
                  {bar.label.length > 9 ? bar.label.split('–')[0] : bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <text x={width / 2} y={height + 32} textAnchor="middle" className="histogram__axis">
          {xLabel}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{xLabel}</th>
            <th scope="col">{yLabel}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <td>{bar.label}</td>
              <td>{bar.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
