import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/headers";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { countsAsView, VIEW_HEADER } from "@/lib/share/views";

/**
 * Sets a fresh CSP nonce and the security headers on every page. Authorization is NOT done here:
 * each page, route handler and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  // Next answers 500 when a dynamic segment cannot be percent-decoded (vercel/next.js#92527);
  // such a URL names nothing, so it gets a 404 here, before routing.
  if (!decodable(request.nextUrl.pathname)) return undecodable(request.nextUrl.pathname);
  // API routes set their own headers (next.config.ts); they come through only for the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Next answers a server-action POST from a foreign origin with a 500; it is the caller's fault.
  if (request.method === "POST" && request.headers.has("next-action") && crossSite(request)) {
    return new Response("Cross-site requests are not allowed.", {
      status: 403,
      headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const headers = securityHeaders({ nonce, dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.delete("x-middleware-subrequest");
  // The language switcher returns the visitor to this address; pages cannot read their own URL.
  requestHeaders.set("x-waypoint-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // `?lang=` pins a page's language for links and search engines (hreflang); only known values pass.
  const lang = request.nextUrl.searchParams.get("lang");
  if (lang === "en" || lang === "ko") requestHeaders.set("x-waypoint-lang", lang);
  else requestHeaders.delete("x-waypoint-lang");
  // Only a person opening a share link counts as a view (not HEAD, prefetch or link-preview bots).
  if (request.nextUrl.pathname.startsWith("/share/") && countsAsView(request.method, request.headers)) requestHeaders.set(VIEW_HEADER, "1");
  else requestHeaders.delete(VIEW_HEADER);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (request.nextUrl.pathname.startsWith("/share/")) {
    for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  }
  // A reset link is a secret in the address bar: it must not leave in a Referer.
  if (request.nextUrl.pathname.startsWith("/reset-password/")) {
    response.headers.set("Referrer-Policy", "no-referrer");
    response.headers.set("Cache-Control", "private, no-store");
  }
  return response;
}

/**
 * A foreign page posting to us: the browser says so (Sec-Fetch-Site) or its Origin is another
 * site or "null". The host is compared as Next compares it for server actions (X-Forwarded-Host,
 * else Host), so this refuses with a 403 exactly what Next would have refused with a 500.
 */
function crossSite(request: NextRequest): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || "";
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function decodable(pathname: string): boolean {
  try {
    // A NUL names nothing either (no id, slug or token holds one, and PostgreSQL cannot store it).
    return !decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return false;
  }
}

function undecodable(pathname: string): Response {
  const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404, headers });
  }
  return new Response("Not found.", { status: 404, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: [
    // API requests reach the proxy only when their path holds a percent escape, the one case it
    // has work for (see above). Matching every API request would also make Next copy each request
    // body for the proxy before the route handler reads it.
    "/api/(.*%.*)",
    // Prefetches too: a prefetched page is shown as it was fetched, so it needs the page headers
    // (CSP, X-Robots-Tag, no-referrer on /share/) as much as a navigation does.
    "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)",
  ],
};
