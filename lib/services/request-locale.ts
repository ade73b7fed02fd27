import "server-only";
import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { getProfile } from "./profile";

/**
 * The page locale for this request: a `?lang=` in the address (set aside by proxy.ts), else the
 * visitor's cookie, else the signed-in user's saved
 * preference (a new device has no cookie yet), else Accept-Language, else English. Everyone is
 * served in their own language, so a mentor reads a shared plan in theirs, not the owner's.
 */
export async function resolveLocale(): Promise<Locale> {
  const pinned = (await headers()).get("x-waypoint-lang");
  if (isLocale(pinned)) return pinned;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const user = await currentUser();
  if (user) {
    const saved = (await getProfile(user.id)).locale;
    if (isLocale(saved)) return saved;
  }
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
