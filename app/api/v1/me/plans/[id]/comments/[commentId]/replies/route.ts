import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { replySchema, replyToComment, replyToJson } from "@/lib/services/feedback";
import { requirePlan } from "@/lib/services/plans";

type Params = { id: string; commentId: string };

/** The owner answers a mentor's comment; the mentor reads it under the comment on the share page. */
export const POST = userRoute<Params>(async ({ request, user, params }) => {
  // The plan first: another user's plan is a 404 whatever the body says.
  await requirePlan(user.id, params.id);
  const input = await parseJsonBody(request, replySchema);
  const reply = await replyToComment(user.id, params.id, params.commentId, input);
  return json({ reply: replyToJson(reply, user.name) }, 201);
});
