"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { deleteComment, resolveSuggestion, revokeShareLink } from "@/db/queries/shares";
import { userAction } from "@/lib/actions";
import { notFound } from "@/lib/http/errors";
import { planIdSchema, requirePlan } from "@/lib/services/plans";
import { createLink, createShareLinkSchema, shareUrl } from "@/lib/services/sharing";
import { publicOrigin } from "@/lib/http/public-url";

const planRef = z.object({ planId: planIdSchema });
const idSchema = z.string().min(1).max(64);

/** WAYPOINT_PUBLIC_URL, else the Host the browser sent: never X-Forwarded-Host (lib/http/public-url.ts). */
async function origin(): Promise<string> {
  return publicOrigin(await headers());
}

export const createShareLinkAction = userAction(
  planRef.extend({ link: createShareLinkSchema }),
  async ({ planId, link }, user) => {
    await requirePlan(user.id, planId);
    const { token } = await createLink(user.id, planId, link);
    revalidatePath(`/plans/${planId}`);
    return { url: shareUrl(await origin(), token) };
  },
);

export const revokeShareLinkAction = userAction(planRef.extend({ linkId: idSchema }), async ({ planId, linkId }, user) => {
  if (!(await revokeShareLink(user.id, planId, linkId))) throw notFound("No such share link.");
  revalidatePath(`/plans/${planId}`);
});

export const resolveSuggestionAction = userAction(
  planRef.extend({ commentId: idSchema, decision: z.enum(["accepted", "dismissed"]) }),
  async ({ planId, commentId, decision }, user) => {
    if (!(await resolveSuggestion(user.id, planId, commentId, decision))) throw notFound("No such suggestion.");
    revalidatePath(`/plans/${planId}`);
  },
);

export const deleteCommentAction = userAction(planRef.extend({ commentId: idSchema }), async ({ planId, commentId }, user) => {
  if (!(await deleteComment(user.id, planId, commentId))) throw notFound("No such comment.");
  revalidatePath(`/plans/${planId}`);
});
