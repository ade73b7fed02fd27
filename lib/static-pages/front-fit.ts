/**
 * Whether this build leaves nothing for Next to do on a prebuilt page's address that the front
 * (front.ts, docs/decisions/0019) would skip. The front answers before Next's routing, so a
 * redirect, a base path, locales in the path, trailing slashes or a header rule it does not know
 * would be silently bypassed; a build with any of those keeps every request on Next's path.
 */

/** What the build's `.next/routes-manifest.json` and `required-server-files.json` say, as far as it matters here. */
export interface BuiltRouting {
  basePath?: string;
  i18n?: unknown;
  trailingSlash?: boolean;
  redirects?: { internal?: boolean }[];
  headers?: { has?: unknown[]; missing?: unknown[]; headers?: { key: string }[] }[];
}

// as-file.ts sends HSTS exactly when X-Forwarded-Proto is https (hstsFor); a rule sending it on
// another condition would differ between the front and Next.
const HSTS_CONDITION = JSON.stringify([{ type: "header", key: "x-forwarded-proto", value: "https" }]);

// The header rules of next.config.ts that as-file.ts already gives a prebuilt page itself
// (securityHeaders, hstsFor); Content-Security-Policy is the API's rule, and the page sets its own.
const HEADERS_THE_FRONT_SENDS = new Set(["x-content-type-options", "strict-transport-security", "referrer-policy", "content-security-policy"]);

/** Null when the front fits this build; else why not, to be logged. */
export function whyFrontDoesNotFit(routing: BuiltRouting): string | null {
  if (routing.basePath) return `basePath ${routing.basePath}`;
  if (routing.i18n) return "locales in the path (i18n)";
  if (routing.trailingSlash) return "trailingSlash";
  if ((routing.redirects ?? []).some((redirect) => !redirect.internal)) return "redirects in next.config";
  for (const rule of routing.headers ?? []) {
    for (const header of rule.headers ?? []) {
      const name = header.key.toLowerCase();
      if (!HEADERS_THE_FRONT_SENDS.has(name)) return `a header rule the front does not send (${header.key})`;
      if (name === "strict-transport-security" && (JSON.stringify(rule.has ?? []) !== HSTS_CONDITION || (rule.missing ?? []).length > 0)) {
        return "an HSTS rule on another condition than X-Forwarded-Proto: https";
      }
    }
  }
  return null;
}
