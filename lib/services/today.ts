import "server-only";
import { cookies } from "next/headers";
import { dayForZoneCookie, TIME_ZONE_COOKIE } from "@/lib/time-zone";

/**
 * The one "today" of the app: the calendar day in the user's own time zone (the browser's, kept
 * in a cookie, lib/time-zone.ts). Without it (a first page view, an API script, work outside a
 * request) the day is UTC's.
 */
export async function today(now: Date = new Date()): Promise<string> {
  let zone: string | undefined;
  try {
    zone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  } catch {
    // Outside a request (scripts, tests) there are no cookies.
  }
  return dayForZoneCookie(zone, now);
}
