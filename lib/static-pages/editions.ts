import { chooseLocaleUnsaved, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "../i18n/locales";

/**
 * The public catalog pages are built once per edition: a language, and whether the header is a
 * visitor's or a signed-in member's (the member header names no one, so one copy serves every
 * member). proxy.ts picks the edition and rewrites the address to the prebuilt copy under
 * STATIC_ROOT; see docs/decisions/0011-public-pages-served-as-files.md.
 */
export const VIEWERS = ["guest", "member"] as const;
export type Viewer = (typeof VIEWERS)[number];
export interface Edition {
  viewer: Viewer;
  locale: Locale;
}

/** The internal path prefix of the prebuilt pages; visitors never see it (proxy.ts refuses it). */
export const STATIC_ROOT = "prerendered";

/**
 * The request header proxy.ts names the chosen edition in; next.config.ts rewrites a public
 * address to its prebuilt copy only when it is present. The proxy sets or removes it on every
 * page request, so a visitor cannot send it.
 */
export const EDITION_HEADER = "x-waypoint-edition";

/** The public addresses served prebuilt, as next.config.ts rewrite sources (see staticPagePath). */
export const PREBUILT_SOURCES = ["/", "/roles", "/roles/:slug", "/compare", "/about"] as const;

export const EDITIONS: readonly Edition[] = VIEWERS.flatMap((viewer) => LOCALES.map((locale) => ({ viewer, locale })));

export function editionSlug(edition: Edition): string {
  return `${edition.viewer}-${edition.locale}`;
}

export function parseEdition(slug: string): Edition | null {
  const [viewer, locale, ...rest] = slug.split("-");
  if (rest.length > 0 || !isLocale(locale) || !(VIEWERS as readonly string[]).includes(viewer ?? "")) return null;
  return { viewer: viewer as Viewer, locale };
}

/**
 * The public address a prebuilt page answers for, or null when the address is not one: `/`,
 * `/roles`, `/roles/{slug}`, `/about`, and `/compare` without a comparison asked for (a chosen
 * pair is rendered per request). Whether `{slug}` is a role is left to the build output: a page
 * that was not prebuilt is not served from it.
 */
export function staticPagePath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === "/" || pathname === "/roles" || pathname === "/about") return pathname;
  if (pathname === "/compare") return [...search.keys()].every((key) => key === "lang") ? pathname : null;
  if (/^\/roles\/[a-z0-9-]{1,64}$/.test(pathname)) return pathname;
  return null;
}

/** What the proxy knows of a request: its `?lang=`, its cookies and its Accept-Language. */
export interface EditionRequest {
  lang: string | null;
  cookie: (name: string) => string | undefined;
  acceptLanguage: string | null;
  hasSession: boolean;
}

/**
 * The page-language rule (lib/i18n/locales.ts) without the database: `?lang=`, then the language
 * cookie, then Accept-Language. The signed-in user's saved language reaches the cookie at sign-in
 * (lib/auth/config.ts), which is what makes the database unnecessary here.
 */
export function chooseEdition(request: EditionRequest): Edition {
  const locale = chooseLocaleUnsaved({ pinned: request.lang, cookie: request.cookie(LOCALE_COOKIE), acceptLanguage: request.acceptLanguage });
  return { viewer: request.hasSession ? "member" : "guest", locale };
}

/** The internal address of an edition's copy of a public page. */
export function editionPath(edition: Edition, path: string): string {
  return `/${STATIC_ROOT}/${editionSlug(edition)}${path === "/" ? "" : path}`;
}
