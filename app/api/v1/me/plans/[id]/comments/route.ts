import { json } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { repliesByComment, replyToJson } from "@/lib/services/feedback";
import { commentToOwnerJson, ownPlanComments } from "@/lib/services/sharing";

export const GET = ownPlanRoute(async ({ user, plan }) => {
  const comments = await ownPlanComments(user.id, plan.id);
  const replies = await repliesByComment(plan.id);
  return json({
    comments: comments.map((c) => ({ ...commentToOwnerJson(c), replies: (replies.get(c.id) ?? []).map((r) => replyToJson(r, user.name)) })),
  });
});
