// Making an Intl.DateTimeFormat costs far more than using one (locale data is looked up each time):
// a plan page formats a date per item, axis tick and table row, and making a new one per call was
// the largest single cost of rendering the share page (docs/BENCHMARKS.md). One per locale is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    // Locales come from our own list; the bound only guards against a caller passing free text.
    if (dateFormats.size < 16) dateFormats.set(locale, format);
  }
  return format;
}

/** Dates are stored as YYYY-MM-DD; shown in words without time-zone drift. */
export function formatDate(isoDate: string, locale = "en"): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(locale).format(date);
}
