export interface FitPoint {
  date: string;
  fit: number;
}

const W = 640;
const H = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 44 };

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * Fit over time as a plain SVG line: x is the calendar (gaps between saves show as gaps in
 * time), y is 0..100 %. Screen readers get the summary in the label and the table beside it.
 */
/** `label` is the worded summary (the caller's language) read out for the chart. */
export function FitChart({ points, label }: { points: FitPoint[]; label: string }) {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const start = dayNumber(first.date);
  const span = Math.max(1, dayNumber(last.date) - start);
  const x = (date: string) => (points.length === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + ((dayNumber(date) - start) / span) * (W - PAD.left - PAD.right));
  const y = (fit: number) => PAD.top + (1 - fit / 100) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.fit).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="h-auto w-full max-w-2xl">
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-line" strokeWidth={1} />
          <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="fill-muted text-[12px]">
            {tick}%
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 8} className="fill-muted text-[12px]">
        {first.date}
      </text>
      {points.length > 1 && (
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-muted text-[12px]">
          {last.date}
        </text>
      )}
      <path d={path} fill="none" className="stroke-brand" strokeWidth={2.5} strokeLinejoin="round" />
      {points.map((p) => (
        <circle key={p.date} cx={x(p.date)} cy={y(p.fit)} r={4} className="fill-brand" />
      ))}
    </svg>
  );
}
