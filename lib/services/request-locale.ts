import "server-only";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { getProfile } from "./profile";

/**
 * The page locale for this request (lib/i18n/locales.ts's chooseLocale): a `?lang=` in the address
 * (set aside by proxy.ts), the visitor's cookie, the signed-in user's saved preference,
 * Accept-Language, English. Everyone is served in their own language, so a mentor reads a shared
 * plan in theirs, not the owner's.
 */
export async function resolveLocale(): Promise<Locale> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  return chooseLocale({
    pinned: requestHeaders.get("x-waypoint-lang"),
    cookie: requestCookies.get(LOCALE_COOKIE)?.value,
    saved: async () => {
      const user = await currentUser();
      return user ? (await getProfile(user.id)).locale : null;
    },
    acceptLanguage: requestHeaders.get("accept-language"),
  });
}
