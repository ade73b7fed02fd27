"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { userAction } from "@/lib/server-actions/client";
import { requirePlan } from "@/lib/services/plans";
import { createLink, decideSuggestion, deleteOwnComment, revokeOwnShareLink, shareUrl } from "@/lib/services/sharing";
import { publicOrigin } from "@/lib/http/public-url";
import { planIdSchema } from "@/lib/schemas/plans";
import { createShareLinkSchema } from "@/lib/schemas/sharing";

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
  await revokeOwnShareLink(user.id, planId, linkId);
  revalidatePath(`/plans/${planId}`);
});

export const resolveSuggestionAction = userAction(
  planRef.extend({ commentId: idSchema, decision: z.enum(["accepted", "dismissed"]) }),
  async ({ planId, commentId, decision }, user) => {
    await decideSuggestion(user.id, planId, commentId, decision);
    revalidatePath(`/plans/${planId}`);
  },
);

export const deleteCommentAction = userAction(planRef.extend({ commentId: idSchema }), async ({ planId, commentId }, user) => {
  await deleteOwnComment(user.id, planId, commentId);
  revalidatePath(`/plans/${planId}`);
});
