import { deleteComment, resolveSuggestion } from "@/db/queries/shares";
import { parseJsonBody } from "@/lib/http/body";
import { notFound } from "@/lib/http/errors";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { requirePlan } from "@/lib/services/plans";
import { commentToOwnerJson, suggestionDecisionSchema } from "@/lib/services/sharing";

type Params = { id: string; commentId: string };

/** Accepting a mentor's suggested level writes it into the owner's assessment. */
export const PATCH = userRoute<Params>(async ({ request, user, params }) => {
  await requirePlan(user.id, params.id);
  const { suggestion } = await parseJsonBody(request, suggestionDecisionSchema);
  const comment = await resolveSuggestion(user.id, params.id, params.commentId.slice(0, 64), suggestion);
  if (!comment) throw notFound("No such suggestion.");
  return json({ comment: commentToOwnerJson(comment) });
});

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await requirePlan(user.id, params.id);
  if (!(await deleteComment(user.id, params.id, params.commentId.slice(0, 64)))) throw notFound("No such comment.");
  return noContent();
});
