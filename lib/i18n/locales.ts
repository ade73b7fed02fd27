/** The languages Waypoint speaks. English is the fallback and the language of slugs. */
export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Visitors' choice lives here; signed-in users also keep it in profile.locale. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: "English", ko: "한국어" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported language from an Accept-Language header by q-value, matching on the
 * primary subtag ("ko-KR" → ko). Malformed parts are skipped rather than trusted.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 512)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) if (isLocale(entry.primary)) return entry.primary;
  return null;
}

/**
 * The one rule for a page's language: `?lang=` in the address, else the visitor's cookie, else the
 * signed-in user's saved preference (a new device has no cookie yet), else Accept-Language, else
 * English. `saved` is asked only when the address and cookie do not decide, as it costs a read.
 */
export async function chooseLocale(sources: LocaleSources & { saved: () => unknown }): Promise<Locale> {
  const decided = pinnedOrCookie(sources);
  if (decided) return decided;
  const saved = await sources.saved();
  if (isLocale(saved)) return saved;
  return negotiateLocale(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The same rule where there is no saved preference to ask: the public pages' edition, chosen
 * without the database (a member's saved language reaches the cookie when they sign in), and the
 * share page's reader, who is not its owner.
 */
export function chooseLocaleUnsaved(sources: LocaleSources): Locale {
  return pinnedOrCookie(sources) ?? negotiateLocale(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

interface LocaleSources {
  pinned: unknown;
  cookie: unknown;
  acceptLanguage: string | null | undefined;
}

function pinnedOrCookie({ pinned, cookie }: LocaleSources): Locale | null {
  if (isLocale(pinned)) return pinned;
  if (isLocale(cookie)) return cookie;
  return null;
}
