import { listOwnPlanComments } from "@/db/queries/shares";
import { notFound } from "@/lib/http/errors";
import { json, userRoute } from "@/lib/http/handler";
import { repliesByComment, replyToJson } from "@/lib/services/feedback";
import { requirePlan } from "@/lib/services/plans";
import { commentToOwnerJson } from "@/lib/services/sharing";

export const GET = userRoute<{ id: string }>(async ({ user, params }) => {
  await requirePlan(user.id, params.id);
  const comments = await listOwnPlanComments(user.id, params.id);
  if (!comments) throw notFound("No such plan.");
  const replies = await repliesByComment(params.id);
  return json({
    comments: comments.map((c) => ({ ...commentToOwnerJson(c), replies: (replies.get(c.id) ?? []).map((r) => replyToJson(r, user.name)) })),
  });
});
