import type { Span } from "./types";

export interface Segment {
  text: string;
  /** The skill this piece of text was matched to; absent for plain text. */
  skill?: string;
}

/**
 * Cuts the text into plain and highlighted pieces for the skills still in the list. Spans that
 * are out of range or overlap an earlier one are skipped, so a stale or odd analysis can never
 * duplicate or lose text: joining the pieces always gives the text back.
 */
export function highlightSegments(text: string, spans: Readonly<Record<string, readonly Span[]>>, keep: ReadonlySet<string>): Segment[] {
  const marks = Object.entries(spans)
    .filter(([skill]) => keep.has(skill))
    .flatMap(([skill, list]) => list.map((span) => ({ skill, start: span.start, end: span.end })))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) segments.push({ text: text.slice(at, mark.start) });
    segments.push({ text: text.slice(mark.start, mark.end), skill: mark.skill });
    at = mark.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
