"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ReplyFormState } from "@/components/plan/reply-form";
import { firstSaid, userAction } from "@/lib/server-actions/client";
import { replyToComment } from "@/lib/services/feedback";
import { commentIdSchema, replySchema } from "@/lib/schemas/sharing";
import { planIdSchema } from "@/lib/schemas/plans";

const postReply = userAction(
  z.object({ planId: planIdSchema, commentId: commentIdSchema, body: replySchema.shape.body }),
  async ({ planId, commentId, body }, user) => {
    await replyToComment(user.id, planId, commentId, { body });
    revalidatePath(`/plans/${planId}`);
  },
);

/** The reply form's action: the same checks as the API (session, ownership, zod), then a message. */
export async function replyAction(_: ReplyFormState, form: FormData): Promise<ReplyFormState> {
  const result = await postReply(form);
  if (result.ok) return { ok: true };
  const body = form.get("body");
  return { ok: false, message: firstSaid(result.error), body: typeof body === "string" ? body.slice(0, 2000) : "" };
}
