import { z } from "zod";
import { HttpError } from "@/lib/http/errors";
import { DEFAULT_LOCALE, LOCALES, negotiateLocale, type Locale } from "./locales";

export const langSchema = z.enum(LOCALES, `lang is one of ${LOCALES.join(", ")}.`).optional();

/**
 * The language of an API answer's names and descriptions: `?lang=` when given, else
 * Accept-Language, else English. Slugs and numbers never change. An unknown `lang` is a 400
 * rather than a silent fallback, so a typo in an integration shows up at once.
 */
export function apiLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.getAll("lang");
  if (lang.length > 1) throw new HttpError("bad_request", "Give lang only once.", [{ path: ["lang"], message: "Give lang only once." }]);
  const parsed = langSchema.safeParse(lang[0]);
  if (!parsed.success) {
    throw new HttpError("bad_request", "Unsupported lang.", parsed.error.issues.map((i) => ({ path: ["lang"], message: i.message })));
  }
  return parsed.data ?? negotiateLocale(request.headers.get("accept-language")) ?? DEFAULT_LOCALE;
}

/** Caches must keep one copy per language; clients learn which one they got. */
export function languageHeaders(locale: Locale): Record<string, string> {
  return { "Content-Language": locale, Vary: "Accept-Language" };
}
