import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { changeItemStatus, describePlan, itemStatusSchema, requirePlan } from "@/lib/services/plans";

export const PATCH = userRoute<{ id: string; skill: string }>(async ({ request, user, params }) => {
  // Another user's or an unknown plan answers 404 before the body is even looked at.
  await requirePlan(user.id, params.id);
  const { status } = await parseJsonBody(request, itemStatusSchema);
  const plan = await changeItemStatus(user.id, params.id, params.skill, status);
  return json({ plan: await describePlan(user.id, plan) });
});
