"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/forms/state";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { saveLocale } from "@/lib/services/profile";

const localeSchema = z.enum(LOCALES);

/** A `?lang=` would outrank the choice just made, so the way back drops it. */
function withoutLang(path: string): string {
  const url = new URL(path, "http://localhost");
  url.searchParams.delete("lang");
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The language switcher's form: works as a plain POST without JavaScript. Visitors keep the
 * choice in a cookie; signed-in users also in their profile, so it follows them to new devices.
 */
export async function setLocaleAction(form: FormData): Promise<void> {
  // Checked again after the rewrite: resolving the URL may collapse it into something else.
  const returnTo = safeReturnPath(withoutLang(safeReturnPath(form.get("returnTo"), "/")), "/");
  const parsed = localeSchema.safeParse(form.get("locale"));
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production" && env().WAYPOINT_PUBLIC_URL?.startsWith("https:"),
    });
    const user = await currentUser();
    if (user) await saveLocale(user.id, parsed.data);
  }
  redirect(returnTo);
}
