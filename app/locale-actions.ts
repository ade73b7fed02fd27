"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/forms/state";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { LOCALES } from "@/lib/i18n/locales";
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
  // A prebuilt page's form has an empty returnTo: it goes back to where it was posted (proxy.ts).
  const from = form.get("returnTo") || (await headers()).get("x-waypoint-path");
  const returnTo = safeReturnPath(withoutLang(safeReturnPath(from, "/")), "/");
  const parsed = localeSchema.safeParse(form.get("locale"));
  if (parsed.success) {
    await setLocaleCookie(parsed.data);
    const user = await currentUser();
    if (user) await saveLocale(user.id, parsed.data);
  }
  redirect(returnTo);
}
