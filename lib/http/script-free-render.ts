import type { NextRequest } from "next/server";
import { prebuiltContentSecurityPolicy } from "../security/headers";
import { PAGE_SCRIPT_HASH, scriptFreeDocument } from "../static-pages/script-free";

/**
 * A page rendered per request, sent without the framework runtime (docs/decisions/0015): the proxy
 * asks this same server for the page (marked with a secret only this process knows, so the inner
 * request is rendered as usual), takes the scripts out and sends the rest. For pages that work
 * entirely as HTML, like the share page: a mentor on a phone gets the plan without parsing and
 * hydrating ~110 KB of framework code first.
 */
const RENDER_HEADER = "x-waypoint-render";
const renderSecret = crypto.randomUUID();

/** The inner request of renderScriptFree, which the proxy lets through to be rendered. */
export function isInnerRender(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === renderSecret;
}

/** Headers an outside request may not bring in: the marker is ours alone. */
export function withoutRenderMarker(headers: Headers): void {
  headers.delete(RENDER_HEADER);
}

// Where this server listens, as Next's `next start` records it once listening (PORT and its own
// origin): this machine's own address, never the public one behind a TLS proxy. The secret is per
// process: one `next start` per port, as docs/deploy.md runs it (not a cluster sharing a port).
function selfOrigin(): string {
  const origin = new URL(process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`);
  // Next names a server listening on every address (0.0.0.0 or ::) "localhost", which may resolve
  // to ::1 where only IPv4 listens; 127.0.0.1 reaches both kinds of wildcard listener.
  if (origin.hostname === "localhost") origin.hostname = "127.0.0.1";
  return origin.origin;
}

/** A page rendered and stripped of its scripts, or the inner answer as it came when it cannot be. */
export type ScriptFreePage = { stripped: true; html: string; status: number; headers: Headers } | { stripped: false; response: Response };

export async function renderScriptFree(request: NextRequest): Promise<ScriptFreePage> {
  const headers = new Headers(request.headers);
  headers.set(RENDER_HEADER, renderSecret);
  // The page is rewritten here, so it must come uncompressed (fetch would ask for gzip itself);
  // Next compresses the answer to the browser.
  headers.set("accept-encoding", "identity");
  // fetch would send a User-Agent of its own, and a request without one is not counted as a view.
  if (!request.headers.has("user-agent")) headers.set("user-agent", "");
  const inner = await fetch(new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, selfOrigin()), {
    headers,
    redirect: "manual",
    cache: "no-store",
    // A render stuck this long fails over to rendering the page directly (proxy.ts).
    signal: AbortSignal.timeout(15_000),
  });
  // Only the page itself: Next draws its 404 and error pages from the RSC data, with the runtime.
  if (inner.status !== 200 || !(inner.headers.get("content-type") ?? "").startsWith("text/html")) return { stripped: false, response: inner };
  const rendered = await inner.text();
  let html: string;
  try {
    html = scriptFreeDocument(rendered);
  } catch {
    // Not whole without its scripts: sent as rendered, with the policy it was rendered for.
    return { stripped: false, response: new Response(rendered, { status: inner.status, statusText: inner.statusText, headers: inner.headers }) };
  }
  const answer = new Headers(inner.headers);
  for (const name of ["content-length", "content-encoding", "transfer-encoding", "etag"]) answer.delete(name);
  answer.set("Content-Security-Policy", prebuiltContentSecurityPolicy([PAGE_SCRIPT_HASH]));
  return { stripped: true, html, status: inner.status, headers: answer };
}
