import { z } from "zod";

/**
 * The mentor's name, remembered on one share page so it is asked once: a cookie scoped to that
 * page's path (`/share/<token>`), so it goes to no other page and no other link. It holds only
 * the name the mentor typed and is never trusted: read back through the same rules as the form.
 */
export const MENTOR_NAME_COOKIE = "waypoint_mentor_name";
export const MENTOR_NAME_MAX_AGE = 180 * 86_400;

const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v));

/** The remembered name, or undefined when there is none or it is not a valid name. */
export function readMentorName(raw: string | undefined): string | undefined {
  const parsed = nameSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function mentorNameCookie(token: string, name: string) {
  return {
    name: MENTOR_NAME_COOKIE,
    value: name,
    path: `/share/${token}`,
    maxAge: MENTOR_NAME_MAX_AGE,
    httpOnly: true,
    sameSite: "lax" as const,
  };
}
