"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { updateProfile } from "@/db/queries/profile";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/forms/state";
import { LOCALE_COOKIE, LOCALES } from "./locales";

const localeSchema = z.enum(LOCALES);

/**
 * The language switcher's form: works as a plain POST without JavaScript. Visitors keep the
 * choice in a cookie; signed-in users also in their profile, so it follows them to new devices.
 */
export async function setLocaleAction(form: FormData): Promise<void> {
  const returnTo = safeReturnPath(form.get("returnTo"), "/");
  const parsed = localeSchema.safeParse(form.get("locale"));
  if (parsed.success) {
    (await cookies()).set(LOCALE_COOKIE, parsed.data, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production" && process.env.WAYPOINT_PUBLIC_URL?.startsWith("https:"),
    });
    const user = await currentUser();
    if (user) await updateProfile(user.id, { locale: parsed.data });
  }
  redirect(returnTo);
}
