import { LOCALE_COOKIE, type Locale } from "../i18n/locales";
import { dayForZoneCookie, TIME_ZONE_COOKIE } from "../time-zone";

/**
 * Everything the dashboard (app/(app)/dashboard/page.tsx and its layout) takes from the request
 * besides the session: the language (chosen from the cookie, the user's saved preference and
 * Accept-Language, lib/i18n/locales.ts) and today in the reader's time zone (the week's work and
 * the finish date). With the digest of the user's data (lib/services/dashboard.ts) they decide the
 * page, so a page kept under them is the page a render would give (lib/http/dashboard-document.ts).
 */
export interface DashboardReader {
  /**
   * Whether a page for this address may be kept: not with any query (the dashboard reads none but
   * `?lang=`, and made-up parameters would only multiply copies), which is rendered each time.
   */
  keepable: boolean;
  day: string;
  languageCookie: string | undefined;
  acceptLanguage: string | null;
}

export interface DashboardRequest {
  /** The query as sent ("" or "?…"). */
  search: string;
  cookie: (name: string) => string | undefined;
  acceptLanguage: string | null;
}

export function dashboardReader(request: DashboardRequest, now: Date = new Date()): DashboardReader {
  return {
    keepable: request.search === "" || request.search === "?",
    day: dayForZoneCookie(request.cookie(TIME_ZONE_COOKIE), now),
    languageCookie: request.cookie(LOCALE_COOKIE),
    acceptLanguage: request.acceptLanguage,
  };
}

/**
 * Where a dashboard is kept (lib/http/kept-pages.ts): whose it is, in which language, for which
 * day. The digest of the user's data says whether the page kept there is still current.
 */
export function dashboardPageSlot(userId: string, locale: Locale, day: string): string {
  return JSON.stringify([userId, locale, day]);
}
