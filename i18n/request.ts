import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/services/request-locale";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the URL: pages keep one address in every language (see README, "Languages").
// A prebuilt page names its language with setRequestLocale (lib/static-pages/enter.ts), so it
// reads nothing from the request; every other page resolves the visitor's.
export default getRequestConfig(async ({ requestLocale }) => {
  const named = await requestLocale;
  const locale = isLocale(named) ? named : await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
