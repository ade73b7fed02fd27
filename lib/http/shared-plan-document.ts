import type { NextRequest } from "next/server";
import { sessionCookieHeader } from "../auth/session-cookie";
import { countShareView, sharedPlanDigest } from "../services/shared-plan";
import { sharePageReader, sharePageSlot } from "../share/page-reader";
import { countsAsView } from "../share/views";
import { createKeptPages } from "./kept-pages";

/**
 * The share page as a mentor opens it, kept per process once rendered (docs/decisions/0016).
 *
 * Rendering it costs tens of milliseconds of CPU (React renders the tree twice), while the page
 * changes only when its plan, ratings, comments or link change. So each request reads those from
 * the database as before (sharedPlanDigest: the link is checked, expiry included, on every
 * request) and digests them; a page rendered from the same data for the same reader (address,
 * language, today, remembered name: lib/share/page-reader.ts) is sent again without rendering.
 * Signed-in readers and form results are rendered each time.
 */

// About 70 KB a page: a few hundred plans' pages in each language fit in 32 MB.
const sharePages = createKeptPages({ maxBytes: 32 * 1024 * 1024 });

export async function sharedPlanDocument(request: NextRequest): Promise<Response> {
  const reader = readerOf(request);
  const token = shareToken(request.nextUrl.pathname);
  if (!reader || token === null) return sharePages.renderUnkept(request);

  const current = await sharedPlanDigest(token, reader.day);
  // Unknown, revoked or expired: the render answers 404 as for any other visitor. An item that is
  // not in the plan is rendered each time rather than kept (made-up values would only multiply copies).
  if (!current || (reader.skill !== null && !current.skills.includes(reader.skill))) return sharePages.renderUnkept(request);

  return sharePages.send(request, {
    slot: sharePageSlot(reader),
    digest: current.digest,
    locale: reader.locale,
    readerUnchanged: () => readerOf(request)?.day === reader.day,
    // Counted as the render would have counted it (app/share/[token]/page.tsx, after the answer):
    // in a later turn of the event loop, so the reader's answer is not held by the write (on
    // SQLite a synchronous transaction).
    onSentKept: () => {
      if (!countsAsView(request.method, request.headers) || reader.skill !== null) return;
      setImmediate(() => countShareView(current.share).catch((error: unknown) => console.error("share page: counting a view failed", error)));
    },
  });
}

/** The reader as of now: read again after a render, the day may have turned. */
function readerOf(request: NextRequest) {
  return sharePageReader({
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: (name) => request.cookies.get(name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    hasSession: sessionCookieHeader(request.cookies.getAll()).header !== "",
  });
}

/**
 * The token of a `/share/{token}` address written plainly (tokens are base64url), or null for any
 * other shape or spelling (percent escapes), which renders as before and is not kept.
 */
function shareToken(pathname: string): string | null {
  return /^\/share\/([A-Za-z0-9_-]{1,128})$/.exec(pathname)?.[1] ?? null;
}
