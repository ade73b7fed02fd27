import { json, userRoute } from "@/lib/http/handler";
import { describePlan, refreshPlan } from "@/lib/services/plans";

export const POST = userRoute<{ id: string }>(async ({ user, params }) =>
  json({ plan: await describePlan(user.id, await refreshPlan(user.id, params.id)) }),
);
