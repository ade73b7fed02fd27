/**
 * "Today" is the user's calendar day, not UTC's: at 08:00 in Seoul it is still yesterday in UTC,
 * and a plan started, a pace set or a date offered then would be a day off. The browser knows its
 * IANA zone (Intl) and keeps it in this cookie (components/time-zone-cookie.tsx); the server reads
 * it for each request (lib/services/today.ts). Accept-Language names a language, not a zone.
 */
export const TIME_ZONE_COOKIE = "tz";

// One formatter per zone, made once: making one costs far more than using it, and every signed-in
// page asks for the day. Only zones the runtime accepted are kept (a few hundred exist).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** An IANA zone name this runtime knows (hostile input: a cookie). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return false;
  if (dayFormats.has(value)) return true;
  try {
    dayFormat(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) at `now` in `timeZone`. */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Today for a reader whose time-zone cookie says `zone` (hostile input): UTC's day without a valid zone. */
export function dayForZoneCookie(zone: string | undefined, now: Date = new Date()): string {
  return dayIn(isTimeZone(zone) ? zone : "UTC", now);
}
