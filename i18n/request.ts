import { getRequestConfig } from "next-intl/server";
import { resolveLocale } from "@/lib/services/request-locale";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the URL: pages keep one address in every language (see README, "Languages").
export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
