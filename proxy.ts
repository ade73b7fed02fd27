import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/security/headers";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { countsAsView, VIEW_HEADER } from "@/lib/share/views";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { EDITION_HEADER, editionPath, editionSlug, STATIC_ROOT, staticPagePath, type Edition } from "@/lib/static-pages/editions";
import { prebuiltDocument, type PrebuiltDocument } from "@/lib/static-pages/prebuilt";
import { PAGE_SCRIPT_HASH } from "@/lib/static-pages/script-free";
import { isInnerRender, withoutRenderMarker } from "@/lib/http/script-free-render";
import { sharedPlanDocument } from "@/lib/http/shared-plan-document";
import { dashboardDocument } from "@/lib/http/dashboard-document";
import { foreignOrigin, requestHost } from "@/lib/http/origin";
import { codingHeader, precodedBodiesInstalled } from "@/lib/http/precoded";
import { answerAsFile, editionFor, editionHeaders, fileRequestOf, type FileRequest } from "@/lib/static-pages/as-file";

/**
 * Sends the public catalog pages to their prebuilt copy for this visitor's language (docs/decisions/
 * 0011) when the front (lib/static-pages/front.ts, 0019) left them to Next, and sets a fresh CSP
 * nonce and the security headers on every other page. Authorization is
 * NOT done here: each page, route handler and action checks the session itself.
 */
export async function proxy(request: NextRequest) {
  // Next answers 500 when a dynamic segment cannot be percent-decoded (vercel/next.js#92527);
  // such a URL names nothing, so it gets a 404 here, before routing.
  if (!decodable(request.nextUrl.pathname)) return undecodable(request.nextUrl.pathname);
  // API routes set their own headers (next.config.ts); they come through only for the check above.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Next answers a server-action POST from a foreign origin with a 500; it is the caller's fault.
  // Pages take POSTs only as server actions, by fetch (Next-Action) or as plain forms, so any
  // cross-site POST to a page is refused here.
  if (request.method === "POST" && foreignOrigin(request.headers) !== null && !sameOriginForm(request)) {
    return new Response("Cross-site requests are not allowed.", {
      status: 403,
      headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  // The prebuilt copies are reached only through the public addresses, with the edition chosen here.
  if (request.nextUrl.pathname === `/${STATIC_ROOT}` || request.nextUrl.pathname.startsWith(`/${STATIC_ROOT}/`)) {
    return undecodable(request.nextUrl.pathname);
  }
  const publicPath = staticPagePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (publicPath !== null) {
    const served = prebuilt(request, publicPath);
    if (served) return served;
  }

  // A mentor opening a share link gets it as a plain document (docs/decisions/0015); the proxy
  // renders it through this same server, and that inner request goes on below. A page rendered
  // for the same data and reader is sent again without rendering (docs/decisions/0016).
  if (opensSharedPlan(request)) {
    try {
      return await sharedPlanDocument(request);
    } catch (error) {
      console.error("share page: sending it without the runtime failed; sending it as rendered", error);
    }
  }

  // The dashboard, likewise, for the person whose session it is (docs/decisions/0017). The session
  // is checked against the database here and again by the page when it renders.
  if (opensDashboard(request)) {
    try {
      const answer = await dashboardDocument(request);
      if (answer) return answer;
    } catch (error) {
      console.error("dashboard: sending it without the runtime failed; sending it as rendered", error);
    }
  }

  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const headers = securityHeaders({ nonce, dev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the request's CSP header.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.delete("x-middleware-subrequest");
  withoutRenderMarker(requestHeaders);
  vouchForOwnForm(request, requestHeaders);
  // next-intl would take the page language from this header; only setRequestLocale may name it.
  requestHeaders.delete("x-next-intl-locale");
  // Only this proxy may send a request to a prebuilt copy (next.config.ts rewrites on it).
  requestHeaders.delete(EDITION_HEADER);
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
 * A public catalog page from its prebuilt copy for this visitor's edition, or null when there is
 * none (not built, e.g. an unknown role, which then 404s as any unknown address).
 *
 * - GET/HEAD of the page: sent from here as a file, without the framework runtime (docs/decisions/
 *   0015), no rendering. Its CSP allows its one inline script by hash; shared caches may keep a
 *   visitor's copy, keyed by the cookie and Accept-Language the choice was made from; a member's
 *   copy is for the browser only.
 * - The RSC form of the page (the client router of a signed-in page asking for it, by fetch()):
 *   rendered by Next from the same build at the prebuilt route.
 * - POST (the header's language switcher and sign-out forms): the server action runs at the same
 *   prebuilt route, with the address it was posted from so it can return there.
 */
function prebuilt(request: NextRequest, publicPath: string): Response | null {
  const asRead = fileRequestOf(request);
  const edition = editionFor(asRead);
  // `next dev` renders on demand: there is no built HTML, so it renders the prebuilt route with a nonce.
  const dev = process.env.NODE_ENV === "development";
  const document = dev ? null : prebuiltDocument(editionPath(edition, publicPath));
  if (!dev && document === null) return null;
  const reading = request.method === "GET" || request.method === "HEAD";
  if (document && reading && !fromScript(request)) return asFile(asRead, document, edition);

  // The rewrite itself is next.config.ts's (beforeFiles, keyed on this header): a rewrite from
  // here would be an absolute URL, which Next treats as an external proxy when the server listens
  // on 127.0.0.1 (it normalises the proxy's URL to "localhost" but not its own).
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(EDITION_HEADER, editionSlug(edition));
  requestHeaders.delete("x-middleware-subrequest");
  requestHeaders.delete("x-next-intl-locale");

  if (!reading) {
    vouchForOwnForm(request, requestHeaders);
    requestHeaders.set("x-waypoint-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Cache-Control", "no-store");
    return response;
  }

  const nonce = dev ? btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))) : null;
  const headers = nonce ? securityHeaders({ nonce, dev }) : securityHeaders({ scriptHashes: document?.scriptHashes ?? [PAGE_SCRIPT_HASH] });
  if (nonce) requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(editionHeaders(edition, headers))) response.headers.set(name, value);
  // Told apart from the document only by headers a shared cache does not key on: never cached
  // there, so a request dressed as a script's fetch cannot leave its answer for visitors.
  if (!dev) response.headers.set("Cache-Control", "private, no-store");
  return response;
}

/**
 * A fetch() by a page's script, i.e. Next's client router asking for a page's RSC data, which this
 * proxy cannot see directly: Next takes the RSC header away from it. Browsers say so in
 * Sec-Fetch-Dest ("empty" for fetch, "document" for a navigation); the router also sends Next-Url.
 */
function fromScript(request: NextRequest): boolean {
  return request.headers.get("sec-fetch-dest") === "empty" || request.headers.has("next-url");
}

/**
 * The prebuilt page as a file, when the front (lib/static-pages/front.ts) did not send it already:
 * in a process without the front, or for an address it leaves to Next (one with other query keys).
 */
function asFile(request: FileRequest, document: PrebuiltDocument, edition: Edition): Response {
  // Compressed once, not by Next on every send; the coding is named so that Next lets it through (0018).
  const answer = answerAsFile(request, document, edition, { mayCompress: precodedBodiesInstalled(), nextCompresses: true });
  const headers = { ...answer.headers, ...codingHeader(answer.coding) };
  // No Content-Length for HEAD: Next drops it from an answer the proxy makes (it streams the body).
  return new Response(answer.body, { status: answer.status, headers });
}

/** A browser opening a share page as a document (not its RSC data, not a form post), outside `next dev`. */
function opensSharedPlan(request: NextRequest): boolean {
  return (
    request.method === "GET" &&
    request.nextUrl.pathname.startsWith("/share/") &&
    process.env.NODE_ENV !== "development" &&
    !isInnerRender(request) &&
    !fromScript(request)
  );
}

/** A visitor with a session cookie opening the dashboard as a document (not its RSC data, not a form post), outside `next dev`. */
function opensDashboard(request: NextRequest): boolean {
  return (
    request.method === "GET" &&
    request.nextUrl.pathname === "/dashboard" &&
    process.env.NODE_ENV !== "development" &&
    !isInnerRender(request) &&
    !fromScript(request) &&
    sessionCookieHeader(request.cookies.getAll()).header !== ""
  );
}

/**
 * A form posted from a `no-referrer` page (share, password reset) carries `Origin: null`, and Next
 * then refuses the server action with a 500. The browser vouches that the post is our own page's
 * in Sec-Fetch-Site, which no page can set; Next is told the origin it would have compared.
 */
function vouchForOwnForm(request: NextRequest, requestHeaders: Headers): void {
  if (sameOriginForm(request)) requestHeaders.set("origin", `${request.nextUrl.protocol}//${requestHost(request.headers)}`);
}

/** A form our own `no-referrer` page posted: `Origin: null`, vouched for by the browser. */
function sameOriginForm(request: NextRequest): boolean {
  return request.method === "POST" && request.headers.get("origin") === "null" && request.headers.get("sec-fetch-site") === "same-origin";
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
