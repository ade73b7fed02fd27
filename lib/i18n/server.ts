import "server-only";
// Named apart from a hook: in a server component it only `use()`s next-intl's request config,
// which React allows conditionally, and it is called only when this render has no language yet.
import { useLocale as readRequestLocale, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { getLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { rememberRenderLocale, renderLocale } from "./render-locale";
import { translator } from "./translator";

/*
 * next-intl's getTranslations/useTranslations keep parsed messages for one request only: every
 * request parsed every message a page shows again, the largest cost on the share page after React
 * itself (docs/BENCHMARKS.md, "Share and dashboard: where the CPU went"). The message files never
 * change while the process runs, so server components take their translator from the per-process
 * one (lib/i18n/translator.ts) for this request's language. Same messages, same time zone (UTC),
 * same output; only the parse is kept.
 */
type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

function known(locale: string): Locale {
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** For async server components: like next-intl's getTranslations(namespace). */
export async function getServerTranslations<NS extends Namespace>(namespace: NS) {
  const locale = known(await getLocale());
  rememberRenderLocale(locale);
  return translator(locale, namespace);
}

/**
 * For synchronous server components: like next-intl's useTranslations(namespace), without
 * suspending once the render has read its language (lib/i18n/render-locale.ts).
 */
export function useServerTranslations<NS extends Namespace>(namespace: NS) {
  return translator(serverRenderLocale(), namespace);
}

/** This request's language in a synchronous server component (suspends only if nothing has read it yet). */
export function serverRenderLocale(): Locale {
  return renderLocale() ?? known(readRequestLocale());
}
