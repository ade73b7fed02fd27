import type { NextRequest } from "next/server";
import { liveSession } from "../auth/live-session";
import { chooseLocale } from "../i18n/locales";
import { dashboardPageSlot, dashboardReader } from "../dashboard/page-reader";
import { dashboardDigestFor } from "../services/dashboard";
import { createKeptPages } from "./kept-pages";

/**
 * The dashboard as its owner opens it, sent without the runtime and kept per process by a digest
 * of the data it shows (docs/decisions/0017).
 *
 * Every signed-in page costs Next's request pipeline and a React render twice over, and the
 * dashboard is the page people land on after signing in and come back to. Yet it changes only when
 * the user's own data change (ratings, targets, plans, statuses, feedback) or their language or day
 * does. So each request checks the session against the database and reads that data as the page
 * would; a page rendered from the same data, language and day is sent again.
 *
 * Null when the cookies sign nobody in, or the user is sent to onboarding instead: the proxy then
 * lets Next answer as for any page (with the redirect).
 */

// About 40 KB a page: several hundred people's dashboards fit in 32 MB (one page per person,
// language and day; the share page has 32 MB of its own).
const dashboards = createKeptPages({
  maxBytes: 32 * 1024 * 1024,
  // What Next sends for a page rendered per request, said here too, so that no change to the page
  // can ever let a shared cache store one person's dashboard at an address every member uses.
  headers: { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" },
});

export async function dashboardDocument(request: NextRequest): Promise<Response | null> {
  const session = await liveSession(request.cookies.getAll());
  if (!session) return null;
  const reader = readerOf(request);
  const current = await dashboardDigestFor(session.user, reader.day);
  if (!current) return null;
  // With a query (`?lang=`, or anything made up) the page is sent the same way but not kept.
  if (!reader.keepable) return dashboards.renderUnkept(request);
  const locale = await chooseLocale({ pinned: null, cookie: reader.languageCookie, saved: () => current.savedLocale, acceptLanguage: reader.acceptLanguage });
  return dashboards.send(request, {
    slot: dashboardPageSlot(session.user.id, locale, reader.day),
    digest: current.digest,
    locale,
    readerUnchanged: () => readerOf(request).day === reader.day,
  });
}

/** The reader as of now: read again after a render, the day may have turned. */
function readerOf(request: NextRequest) {
  return dashboardReader({
    search: request.nextUrl.search,
    cookie: (name) => request.cookies.get(name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
}
