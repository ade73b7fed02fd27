import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS } from "./lib/security/headers";
import { EDITION_HEADER, PREBUILT_SOURCES, STATIC_ROOT } from "./lib/static-pages/editions";

// Reads i18n/request.ts: the locale comes from a cookie, the profile or Accept-Language, not the URL.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Database drivers load from node_modules as they are (a native addon; a driver with its own pool).
  serverExternalPackages: ["better-sqlite3", "postgres"],
  // Several root layouts (the prebuilt public pages have their own, docs/decisions/0011), so an
  // address no route answers needs a 404 page of its own.
  experimental: { globalNotFound: true },
  async rewrites() {
    // proxy.ts chooses a visitor's edition of a public page; this serves its prebuilt copy at the
    // same address (docs/decisions/0011). Without the header (not a prebuilt page) nothing changes.
    return {
      beforeFiles: PREBUILT_SOURCES.map((source) => ({
        source,
        has: [{ type: "header" as const, key: EDITION_HEADER, value: "(?<edition>(?:guest|member)-[a-z]{2})" }],
        destination: `/${STATIC_ROOT}/:edition${source === "/" ? "" : source}`,
      })),
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    // Pages get their full set (with the CSP nonce) from proxy.ts; these cover API and assets too.
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        // Every answer over https, pages, /api and /_next/static alike (ASVS 12.2; issue 14).
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
      {
        // Share links are capabilities: their pages and API set `no-referrer` themselves.
        source: "/((?!share/|api/v1/share/).*)",
        headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

/**
 * The public pages are prebuilt (docs/decisions/0011), so their canonical and hreflang links keep
 * the WAYPOINT_PUBLIC_URL of the build (components/document.tsx), whatever the server later starts
 * with. A build without it says so, rather than shipping links to http://localhost:3000 silently.
 */
export default function config(phase: string): NextConfig {
  // Next reads this file more than once per build (and in its workers): say it once.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.WAYPOINT_PUBLIC_URL && !process.env.WAYPOINT_PUBLIC_URL_WARNED) {
    process.env.WAYPOINT_PUBLIC_URL_WARNED = "1";
    console.warn(
      "⚠ WAYPOINT_PUBLIC_URL is unset: the prebuilt public pages' canonical and hreflang links will point at " +
        "http://localhost:3000. Set it to the public address for the build too (docs/deploy.md).",
    );
  }
  return withNextIntl(nextConfig);
}
