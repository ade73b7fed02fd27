import { cache } from "react";
import type { Locale } from "./locales";

/*
 * This render's language, once an async server component has read it. next-intl's hooks for
 * synchronous server components (useLocale, useTranslations) `use()` a promise, and React
 * suspends on a promise it has not seen settle, even a settled one: each such component
 * rendered before React had marked it was set aside as a task of its own, rendered twice and
 * sent as its own row. The dashboard had ten of them (every fit bar, two level badges).
 * React's `cache` is per request in a server render, and outside one (server actions, route
 * handlers, tests) it keeps nothing, so a language is never carried from one request to another.
 */
const slot = cache((): { locale?: Locale } => ({}));

/** Called by the async components that read the request's language (lib/i18n/server.ts, app/request-document.tsx). */
export function rememberRenderLocale(locale: Locale): void {
  slot().locale = locale;
}

/** The language this render has already read, or undefined before that (the caller asks next-intl then). */
export function renderLocale(): Locale | undefined {
  return slot().locale;
}
