import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, type Locale } from "./locales";

/**
 * Remembers a language on this device. The prebuilt public pages are chosen by this cookie
 * (proxy.ts cannot read the database), so a signed-in user's saved language is copied here at
 * sign-in too (lib/auth/config.ts).
 */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production" && env().WAYPOINT_PUBLIC_URL?.startsWith("https:"),
  });
}
