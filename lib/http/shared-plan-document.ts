import type { NextRequest } from "next/server";
import { sessionCookieHeader } from "../auth/session-cookie";
import { HSTS } from "../security/headers";
import { countShareView, sharedPlanDigest } from "../services/shared-plan";
import { sharePageKey, sharePageReader } from "../share/page-reader";
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
 * truth when several servers share it. Signed-in readers and form results are rendered each time.
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
  sizeOf: (page) => 2 * (page.html.length + page.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0)),
});

// Headers that belong to one answer, not to the page. HSTS is owed to https requests only, and
// next.config.ts's header rules, which send it, do not reach an answer made in the proxy.
const PER_ANSWER = new Set(["date", "content-length", "connection", "keep-alive", "transfer-encoding", "strict-transport-security", PAGE_SOURCE_HEADER.toLowerCase()]);

export async function sharedPlanDocument(request: NextRequest): Promise<Response> {
  const reader = sharePageReader({
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookie: (name) => request.cookies.get(name)?.value,
    acceptLanguage: request.headers.get("accept-language"),
    hasSession: sessionCookieHeader(request.cookies.getAll()).header !== "",
  });
  const token = shareToken(request.nextUrl.pathname);
  if (!reader || token === null) return render(request);

  const before = await sharedPlanDigest(token, reader.day);
  // Unknown, revoked or expired: the render answers 404 as for any other visitor.
  if (!before) return render(request);
  const key = sharePageKey(before.digest, reader);

  const page = kept.get(key);
  if (page) {
    // Counted as the render would have counted it (app/share/[token]/page.tsx), once the answer is made.
    if (countsAsView(request.method, request.headers) && !request.nextUrl.searchParams.has("skill")) {
      countShareView(before.share).catch((error: unknown) => console.error("share page: counting a view failed", error));
    }
    const headers = new Headers(page.headers);
    headers.set(PAGE_SOURCE_HEADER, "kept");
    if (request.headers.get("x-forwarded-proto") === "https") headers.set("Strict-Transport-Security", HSTS);
    return new Response(page.html, { status: 200, headers });
  }

  const rendered = await renderScriptFree(request);
  if (!rendered.stripped) return rendered.response;
  const headers = rendered.headers;
  if (rendered.status === 200 && !headers.has("set-cookie") && rendered.html.includes(`<html lang="${reader.locale}"`)) {
    // Kept only if the data did not change while the page was rendered: then the page shows
    // exactly the data the key names.
    const after = await sharedPlanDigest(token, reader.day);
    if (after?.digest === before.digest) {
      kept.set(key, { html: rendered.html, headers: [...headers].filter(([name]) => !PER_ANSWER.has(name)) });
    }
  }
  return answer(rendered);
}

async function render(request: NextRequest): Promise<Response> {
  const rendered = await renderScriptFree(request);
  return rendered.stripped ? answer(rendered) : rendered.response;
}

function answer(page: Extract<ScriptFreePage, { stripped: true }>): Response {
  page.headers.set(PAGE_SOURCE_HEADER, "rendered");
  return new Response(page.html, { status: page.status, headers: page.headers });
}

/** The token of a `/share/{token}` address, or null for any other shape (which renders, and 404s). */
function shareToken(pathname: string): string | null {
  const match = /^\/share\/([^/]+)$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
