import { parseJsonBody } from "@/lib/http/body";
import { json } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { planCommentParamsSchema } from "@/lib/schemas/plans";
import { replyToComment, replyToJson } from "@/lib/services/feedback";
import { replySchema } from "@/lib/schemas/sharing";

/** The owner answers a mentor's comment; the mentor reads it under the comment on the share page. */
export const POST = ownPlanRoute(async ({ request, user, params, plan }) => {
  const input = await parseJsonBody(request, replySchema);
  const reply = await replyToComment(user.id, plan.id, params.commentId, input);
  return json({ reply: replyToJson(reply, user.name) }, 201);
}, planCommentParamsSchema);
