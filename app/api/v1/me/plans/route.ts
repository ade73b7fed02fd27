import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { createPlan, createPlanSchema, describePlan, listPlans, planSummary } from "@/lib/services/plans";

export const GET = userRoute(async ({ user }) => json({ plans: (await listPlans(user.id)).map(planSummary) }));

export const POST = userRoute(async ({ request, user }) => {
  const input = await parseJsonBody(request, createPlanSchema);
  const plan = await createPlan(user.id, input);
  return json({ plan: await describePlan(user.id, plan) }, 201, { Location: `/api/v1/me/plans/${plan.id}` });
});
