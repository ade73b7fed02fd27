import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/headers";
import { SHARE_HEADERS } from "@/lib/share/headers";

/**
 * Sets a fresh CSP nonce and the security headers on every page. Authorization is NOT done here:
 * each page, route handler and action checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });

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

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (request.nextUrl.pathname.startsWith("/share/")) {
    for (const [name, value] of Object.entries(SHARE_HEADERS)) response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
