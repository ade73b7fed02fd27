/**
 * Security headers for HTML responses; kept pure so a unit test can read them. A page rendered per
 * request allows its scripts by a fresh nonce; a prebuilt page (docs/decisions/0011) by the hashes
 * of its inline scripts and, for Next's script files, by origin.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; dev needs eval for React's tools.
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, dev);
}

export function prebuiltContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return policy(["script-src 'self'", ...scriptHashes].join(" "), false);
}

function policy(scriptSrc: string, dev: boolean): string {
  return [
    "default-src 'self'",
    scriptSrc,
    // Inline style attributes (chart bar widths) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Sent on every response that came over https, pages, API and static assets alike (next.config.ts
 * sets it by the X-Forwarded-Proto the TLS proxy sends); browsers ignore it over plain http.
 */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * HSTS for an answer made from a page kept or prebuilt: owed when the request came over https,
 * nothing otherwise. The prebuilt front (docs/decisions/0019) answers before next.config.ts's
 * header rules run, so it must say it itself; answers made in the proxy get it from those rules
 * too, and saying it here as well keeps both paths the same.
 */
export function hstsFor(requestHeaders: Pick<Headers, "get">): Record<string, string> {
  return requestHeaders.get("x-forwarded-proto") === "https" ? { "Strict-Transport-Security": HSTS } : {};
}

export function securityHeaders(options: { nonce: string; dev?: boolean } | { scriptHashes: readonly string[] }): Record<string, string> {
  return {
    "Content-Security-Policy":
      "scriptHashes" in options ? prebuiltContentSecurityPolicy(options.scriptHashes) : contentSecurityPolicy(options.nonce, options.dev),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}
