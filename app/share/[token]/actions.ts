"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/server-actions/client";
import { commentSchema, suggestionSchema } from "@/lib/schemas/sharing";
import { postComment, postSuggestion, requireShare } from "@/lib/services/shared-plan";
import { mentorNameCookie } from "@/lib/share/mentor-name";
import { looksLikeShareToken } from "@/lib/share/token";

/*
 * A mentor's forms on a shared plan: plain posts that go back to the page with a code in the
 * address (the page words only known codes). The link is resolved to a live share before anything
 * is written (lib/services/shared-plan.ts).
 */

const blankIsAbsent = (v: unknown) => (v === "" ? undefined : v);
const tokenField = z.object({ token: z.string().max(200) });

const comment = publicAction(
  tokenField.extend({ author: z.string().default(""), body: z.string().default(""), skill: z.preprocess(blankIsAbsent, z.string().optional()) }).pipe(
    z.object({ token: z.string(), ...commentSchema.shape }),
  ),
  async ({ token, ...input }) => {
    await postComment(await requireShare(token), input);
    return { token, author: input.author };
  },
);

const suggest = publicAction(
  tokenField.extend({ author: z.string().default(""), skill: z.string().default(""), reason: z.string().default(""), level: z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.unknown()) }).pipe(
    z.object({ token: z.string(), ...suggestionSchema.shape }),
  ),
  async ({ token, ...input }) => {
    await postSuggestion(await requireShare(token), input);
    return { token, author: input.author };
  },
);

async function afterPost(form: FormData, result: Awaited<ReturnType<typeof comment>>): Promise<never> {
  const token = form.get("token");
  if (typeof token !== "string" || !looksLikeShareToken(token)) redirect("/share/invalid");
  const back = `/share/${token}`;
  if (!result.ok) redirect(`${back}?error=${result.error.code}#feedback`);
  // Remembered on this page only, so the next comment or suggestion does not ask again.
  (await cookies()).set(mentorNameCookie(token, result.data.author));
  redirect(`${back}?posted=1#feedback`);
}

export async function commentAction(form: FormData): Promise<void> {
  await afterPost(form, await comment(form));
}

export async function suggestAction(form: FormData): Promise<void> {
  await afterPost(form, await suggest(form));
}
