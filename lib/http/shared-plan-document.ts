import type { NextRequest } from "next/server";
import { sessionCookieHeader } from "../auth/session-cookie";
import { HSTS } from "../security/headers";
import { countShareView, sharedPlanDigest } from "../services/shared-plan";
import { sharePageKey, sharePageReader, takeDataMarker } from "../share/page-reader";
import { countsAsView } from "../share/views";
import { renderScriptFree, type ScriptFreePage } from "./script-free-render";
import { createSizedLru } from "./sized-lru";

/**
 * The share page as a mentor opens it, kept per process once rendered (docs/decisions/0016).
 *
 * Rendering it costs tens of milliseconds of CPU (React renders the tree twice), while the page
 * changes only when its plan, ratings, comments or link change. So each request reads those from
 * the database as before (sharedPlanDigest: the link is checked, expiry included, on every
 * request) and digests them; a page rendered from the same data for the same reader (address,
 * language, today, remembered name: lib/share/page-reader.ts) is sent again without rendering.
 * Any write changes the digest, so nothing stale is ever sent, and the database stays the one
 * truth when several servers share it. A render is kept under the digest of the data it showed,
 * which the page names in a marker. Signed-in readers and form results are rendered each time.
 */

/** Says which way a share page was made, for tests and for anyone reading response headers. */
export const PAGE_SOURCE_HEADER = "X-Waypoint-Page-Source";

interface KeptPage {
  html: string;
  headers: [string, string][];
}

// About 70 KB a page: a few hundred plans' pages in each language fit in 32 MB.
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
const kept = createSizedLru<KeptPage>({
  maxSize: MAX_KEPT_BYTES,
  // UTF-16 in memory: two bytes a code unit.
  sizeOf: (page, key) => 2 * (key.length + page.html.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)),
});

// Headers that belong to one answer, not to the page. HSTS is owed to https requests only, and
// next.config.ts's header rules, which send it, do not reach an answer made in the proxy.
const PER_ANSWER = new Set(["date", "content-length", "connection", "keep-alive", "transfer-encoding", "strict-transport-security", PAGE_SOURCE_HEADER.toLowerCase()]);

export async function sharedPlanDocument(request: NextRequest): Promise<Response> {
  const reader = readerOf(request);
  const token = shareToken(request.nextUrl.pathname);
  if (!reader || token === null) return render(request);

  const current = await sharedPlanDigest(token, reader.day);
  // Unknown, revoked or expired: the render answers 404 as for any other visitor. An item that is
  // not in the plan is rendered each time rather than kept (made-up values would only multiply copies).
  if (!current || (reader.skill !== null && !current.skills.includes(reader.skill))) return render(request);
  const key = sharePageKey(current.digest, reader);

  const page = kept.get(key);
  if (page) {
    // Counted as the render would have counted it (app/share/[token]/page.tsx), once the answer is made.
    if (countsAsView(request.method, request.headers) && reader.skill === null) {
      countShareView(current.share).catch((error: unknown) => console.error("share page: counting a view failed", error));
    }
    const headers = new Headers(page.headers);
    headers.set(PAGE_SOURCE_HEADER, "kept");
    if (request.headers.get("x-forwarded-proto") === "https") headers.set("Strict-Transport-Security", HSTS);
    return new Response(page.html, { status: 200, headers });
  }

  const rendered = await renderScriptFree(request);
  if (!rendered.stripped) return rendered.response;
  const { html, digest } = takeDataMarker(rendered.html);
  // Kept only when the render showed exactly the data the key names (its marker says which), on
  // the day the key names (a render running past the reader's midnight shows the next day), as a
  // whole page in the key's language that sets no cookie.
  const keep =
    rendered.status === 200 &&
    digest === current.digest &&
    readerOf(request)?.day === reader.day &&
    !rendered.headers.has("set-cookie") &&
    html.includes(`<html lang="${reader.locale}"`);
  if (keep) kept.set(key, { html, headers: [...rendered.headers].filter(([name]) => !PER_ANSWER.has(name)) });
  return answer({ ...rendered, html });
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

async function render(request: NextRequest): Promise<Response> {
  const rendered = await renderScriptFree(request);
  return rendered.stripped ? answer({ ...rendered, html: takeDataMarker(rendered.html).html }) : rendered.response;
}

function answer(page: Extract<ScriptFreePage, { stripped: true }>): Response {
  page.headers.set(PAGE_SOURCE_HEADER, "rendered");
  return new Response(page.html, { status: page.status, headers: page.headers });
}

/**
 * The token of a `/share/{token}` address written plainly (tokens are base64url), or null for any
 * other shape or spelling (percent escapes), which renders as before and is not kept.
 */
function shareToken(pathname: string): string | null {
  return /^\/share\/([A-Za-z0-9_-]{1,128})$/.exec(pathname)?.[1] ?? null;
}
