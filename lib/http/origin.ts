/**
 * Whether a request comes from another site, judged the one way both the API routes
 * (lib/http/handler.ts) and the pages (proxy.ts) judge it. Cookies are SameSite=Lax and browsers
 * send Origin on every unsafe fetch, so a foreign page's request shows itself here; scripts and
 * integrations send no Origin and pass.
 */
export type ForeignReason = "cross-site" | "null-origin" | "malformed-origin" | "other-origin";

/** Why the request is foreign, or null when nothing says it is. */
export function foreignOrigin(headers: Headers): ForeignReason | null {
  if (headers.get("sec-fetch-site") === "cross-site") return "cross-site";
  const origin = headers.get("origin");
  if (origin === null) return null;
  // Sandboxed frames, data: URLs, some redirects and `no-referrer` pages send "null".
  if (origin === "null") return "null-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "malformed-origin";
  }
  return host === requestHost(headers) ? null : "other-origin";
}

/** The host as Next compares it for server actions: the first X-Forwarded-Host, else Host. */
export function requestHost(headers: Headers): string {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "";
}
