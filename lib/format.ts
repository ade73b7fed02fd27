/** Dates are stored as YYYY-MM-DD; shown in words without time-zone drift. */
export function formatDate(isoDate: string, locale = "en"): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(date);
}
