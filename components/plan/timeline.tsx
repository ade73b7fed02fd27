import type { ReactNode } from "react";
import { scheduleRows, TIMELINE, timelineLayout, type TimelineInput, type TimelineRow } from "@/lib/plans/timeline";
import type { ItemStatus } from "@/lib/plans/types";

/** Every word the timeline shows, already in the reader's language (the page owns translations). */
export interface TimelineLabels {
  title: string;
  /** One sentence saying what the drawing shows; it also describes the image to screen readers. */
  summary: string;
  today: string;
  done: string;
  scrollHint: string;
  scrollLabel: string;
  tableSummary: string;
  tableCaption: string;
  columns: { weeks: string; item: string; hours: string; status: string; dates: string };
  status: Record<ItemStatus, string>;
  legendLabel: string;
  /** "Weeks 2–4" or "Week 3", from 1-based weeks. */
  weeks: (from: number, to: number) => string;
  hours: (hours: number) => string;
  dateRange: (start: string, end: string) => string;
  /** Short date for the axis ("Dec 7"). */
  shortDate: (iso: string) => string;
  doneAlready: string;
  skippedNote: string | null;
  empty: string;
}

const BAR_CLASS: Record<ItemStatus | "phase", string> = {
  todo: "fill-paper stroke-brand",
  doing: "stroke-brand",
  done: "fill-good stroke-good",
  skipped: "fill-paper stroke-muted",
  phase: "fill-brand-dark stroke-brand-dark",
};

/**
 * The plan's schedule drawn as weeks across, one bar per item from its start to its end week, the
 * phases above their items, today as a line; done items filled in a column left of today. Server
 * rendered SVG (no chart library, no script); the table below says the same in words. Narrower
 * than its drawing (a phone), the drawing scrolls inside its own box with a visible hint.
 */
export function Timeline({ id = "timeline", data, labels, actions }: { id?: string; data: TimelineInput; labels: TimelineLabels; actions?: ReactNode }) {
  const layout = timelineLayout(data);
  const rows = scheduleRows(data);
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  if (layout.rows.length === 0) {
    return (
      <section aria-labelledby={titleId} className="timeline card space-y-2">
        <h2 id={titleId} className="text-xl">
          {labels.title}
        </h2>
        <p>{labels.empty}</p>
        {actions}
      </section>
    );
  }
  const phases = new Map(data.phases.map((phase) => [phase.key, phase.title]));
  const grouped = [...new Set(rows.map((row) => row.phase))].map((phase) => ({ phase, rows: rows.filter((row) => row.phase === phase) }));

  return (
    <section aria-labelledby={titleId} className="timeline card space-y-3">
      <h2 id={titleId} className="text-xl">
        {labels.title}
      </h2>
      <p id={summaryId}>{labels.summary}</p>
      <p className="scroll-hint" aria-hidden="true">
        {labels.scrollHint}
      </p>
      <div className="timeline-scroll scroll-x rounded-md border border-line" tabIndex={0} role="region" aria-label={labels.scrollLabel}>
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
          className="timeline-svg block h-auto"
          fontSize={TIMELINE.fontSize}
        >
          <defs>
            {/* "Doing": stripes, so it reads apart from to do and done without colour. */}
            <pattern id={`${id}-doing`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="fill-brand-soft" />
              <rect width="3" height="6" className="fill-brand" />
            </pattern>
          </defs>
          {layout.rows.map((row) =>
            row.kind === "phase" ? <rect key={`bg-${row.key}`} x={0} y={row.y} width={layout.width} height={row.height} className="fill-wash" /> : null,
          )}
          {layout.ticks.map((tick) => (
            <g key={tick.week}>
              <line x1={tick.x} x2={tick.x} y1={22} y2={layout.bottom} className="stroke-line" strokeWidth={1} />
              <text x={tick.x} y={14} textAnchor="middle" className="fill-muted">
                {labels.shortDate(tick.date)}
              </text>
              {tick.newYear && (
                <text x={tick.x + 3} y={34} className="fill-muted" fontSize={TIMELINE.fontSize - 1}>
                  {tick.newYear}
                </text>
              )}
            </g>
          ))}
          {layout.doneColumn && (
            <>
              <rect x={layout.doneColumn.x} y={22} width={layout.doneColumn.width} height={layout.bottom - 22} className="fill-good-soft" />
              <text x={layout.doneColumn.x + layout.doneColumn.width / 2} y={34} textAnchor="middle" className="fill-good" fontWeight={600}>
                {labels.done}
              </text>
            </>
          )}
          {layout.rows.map((row) => (
            <Row key={row.key} row={row} id={id} statusLabel={row.kind === "item" ? labels.status[row.status as ItemStatus] : undefined} />
          ))}
          <line x1={layout.todayX} x2={layout.todayX} y1={22} y2={layout.bottom} className="stroke-bad" strokeWidth={2} />
          <text x={layout.todayX + 4} y={34} className="fill-bad" fontWeight={600}>
            {labels.today}
          </text>
        </svg>
      </div>
      <Legend labels={labels} id={id} />
      {labels.skippedNote && <p className="text-sm text-muted">{labels.skippedNote}</p>}
      <details className="timeline-table">
        <summary className="cursor-pointer text-sm text-brand">{labels.tableSummary}</summary>
        <div className="scroll-x mt-2" tabIndex={0} role="region" aria-label={labels.tableCaption}>
          <table className="table">
            <caption className="sr-only">{labels.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.columns.weeks}</th>
                <th scope="col">{labels.columns.item}</th>
                <th scope="col">{labels.columns.hours}</th>
                <th scope="col">{labels.columns.status}</th>
                <th scope="col">{labels.columns.dates}</th>
              </tr>
            </thead>
            {grouped.map((group) => (
              <tbody key={group.phase}>
                <tr>
                  <th scope="colgroup" colSpan={5} className="bg-wash">
                    {phases.get(group.phase)}
                  </th>
                </tr>
                {group.rows.map((row) => (
                  <tr key={row.skill}>
                    <td className="whitespace-nowrap">{row.fromWeek === null ? labels.doneAlready : labels.weeks(row.fromWeek, row.toWeek!)}</td>
                    <th scope="row" className="font-normal">
                      {row.name}
                    </th>
                    <td className="whitespace-nowrap">{labels.hours(row.hours)}</td>
                    <td>
                      <span className={`status-badge status-${row.status}`}>{labels.status[row.status]}</span>
                    </td>
                    <td className="whitespace-nowrap">{row.startDate && row.endDate ? labels.dateRange(row.startDate, row.endDate) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </details>
      {actions}
    </section>
  );
}

function Row({ row, id, statusLabel }: { row: TimelineRow; id: string; statusLabel?: string }) {
  const isPhase = row.kind === "phase";
  const barHeight = isPhase ? 8 : 12;
  const middle = row.y + row.height / 2;
  return (
    <g>
      <text x={isPhase ? 8 : 18} y={middle + 4} className={isPhase ? "fill-ink" : "fill-ink"} fontWeight={isPhase ? 700 : 400} fontSize={isPhase ? TIMELINE.fontSize + 1 : TIMELINE.fontSize}>
        {row.label}
        {row.label !== row.fullLabel && <title>{row.fullLabel}</title>}
      </text>
      {row.bar && (
        <rect
          x={row.bar.x}
          y={middle - barHeight / 2}
          width={row.bar.width}
          height={barHeight}
          rx={isPhase ? 2 : 3}
          strokeWidth={1.5}
          className={row.done && isPhase ? BAR_CLASS.done : BAR_CLASS[row.status]}
          fill={row.status === "doing" ? `url(#${id}-doing)` : undefined}
        >
          <title>{statusLabel ? `${row.fullLabel}: ${statusLabel}` : row.fullLabel}</title>
        </rect>
      )}
    </g>
  );
}

function Legend({ labels, id }: { labels: TimelineLabels; id: string }) {
  const swatch = (status: ItemStatus) => (
    <svg width="22" height="12" aria-hidden="true" className="inline-block align-middle">
      <rect x="1" y="1" width="20" height="10" rx="3" strokeWidth={1.5} className={BAR_CLASS[status]} fill={status === "doing" ? `url(#${id}-doing)` : undefined} />
    </svg>
  );
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-sm" aria-label={labels.legendLabel}>
      {(["todo", "doing", "done"] as const).map((status) => (
        <li key={status} className="flex items-center gap-1">
          {swatch(status)} {labels.status[status]}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <svg width="14" height="14" aria-hidden="true" className="inline-block align-middle">
          <line x1="7" x2="7" y1="0" y2="14" strokeWidth={2} className="stroke-bad" />
        </svg>{" "}
        {labels.today}
      </li>
    </ul>
  );
}
