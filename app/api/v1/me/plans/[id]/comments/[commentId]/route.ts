import { parseJsonBody } from "@/lib/http/body";
import { json, noContent } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { planCommentParamsSchema } from "@/lib/schemas/plans";
import { commentToOwnerJson, decideSuggestion, deleteOwnComment } from "@/lib/services/sharing";
import { suggestionDecisionSchema } from "@/lib/schemas/sharing";

/** Accepting a mentor's suggested level writes it into the owner's assessment. */
export const PATCH = ownPlanRoute(async ({ request, user, params, plan }) => {
  const { suggestion } = await parseJsonBody(request, suggestionDecisionSchema);
  return json({ comment: commentToOwnerJson(await decideSuggestion(user.id, plan.id, params.commentId, suggestion)) });
}, planCommentParamsSchema);

export const DELETE = ownPlanRoute(async ({ user, params, plan }) => {
  await deleteOwnComment(user.id, plan.id, params.commentId);
  return noContent();
}, planCommentParamsSchema);
