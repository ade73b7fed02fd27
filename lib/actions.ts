import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { requireUser, type PublicUser } from "@/lib/auth/session";
import { HttpError } from "@/lib/http/errors";
import { localizeFormMessage } from "@/lib/i18n/form-errors";

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string };

/**
 * The one way to write a server action for a signed-in user: the session is checked and the input
 * validated before the body runs, and expected failures come back as messages, not exceptions.
 */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.output<S>, user: PublicUser) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await requireUser();
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const parsed = schema.safeParse(raw);
    const failed = async (message: string) => ({ ok: false as const, message: localizeFormMessage(message, await getLocale()) });
    if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? "Check the form and try again.");
    try {
      return { ok: true, data: await body(parsed.data, user) };
    } catch (error) {
      if (error instanceof HttpError) return failed(error.message);
      throw error;
    }
  };
}
