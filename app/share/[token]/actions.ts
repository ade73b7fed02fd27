"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { formErrorCode } from "@/lib/i18n/form-errors";
import type { z } from "zod";
import { HttpError } from "@/lib/http/errors";
import { postComment, postSuggestion, requireShare, type ActiveShare } from "@/lib/services/shared-plan";
import { mentorNameCookie } from "@/lib/share/mentor-name";
import { looksLikeShareToken } from "@/lib/share/token";
import { commentSchema, suggestionSchema } from "@/lib/schemas/sharing";

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

async function submit<S extends z.ZodType>(form: FormData, schema: S, raw: Record<string, unknown>, post: (share: ActiveShare, input: z.output<S>) => Promise<unknown>) {
  const token = field(form, "token") ?? "";
  if (!looksLikeShareToken(token)) redirect("/share/invalid");
  const back = `/share/${token}`;
  const parsed = schema.safeParse(raw);
  // The page shows only known messages, by code, in the reader's language.
  const words = (message: string) => formErrorCode(message);
  if (!parsed.success) redirect(`${back}?error=${words(parsed.error.issues[0]?.message ?? "Check the form and try again.")}#feedback`);
  try {
    await post(await requireShare(token), parsed.data);
  } catch (error) {
    if (error instanceof HttpError) redirect(`${back}?error=${words(error.message)}#feedback`);
    throw error;
  }
  // Remembered on this page only, so the next comment or suggestion does not ask again.
  const author = (parsed.data as { author?: unknown }).author;
  if (typeof author === "string") (await cookies()).set(mentorNameCookie(token, author));
  redirect(`${back}?posted=1#feedback`);
}

export async function commentAction(form: FormData): Promise<void> {
  await submit(form, commentSchema, { author: field(form, "author") ?? "", body: field(form, "body") ?? "", skill: field(form, "skill") }, postComment);
}

export async function suggestAction(form: FormData): Promise<void> {
  const level = field(form, "level");
  await submit(
    form,
    suggestionSchema,
    { author: field(form, "author") ?? "", skill: field(form, "skill") ?? "", level: level === undefined ? undefined : Number(level), reason: field(form, "reason") ?? "" },
    postSuggestion,
  );
}
