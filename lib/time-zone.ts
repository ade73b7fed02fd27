/**
 * "Today" is the user's calendar day, not UTC's: at 08:00 in Seoul it is still yesterday in UTC,
 * and a plan started, a pace set or a date offered then would be a day off. The browser knows its
 * IANA zone (Intl) and keeps it in this cookie (components/time-zone-cookie.tsx); the server reads
 * it for each request (lib/services/today.ts). Accept-Language names a language, not a zone.
 */
export const TIME_ZONE_COOKIE = "tz";

/** An IANA zone name this runtime knows (hostile input: a cookie). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) at `now` in `timeZone`. */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
