import { parseJsonBody } from "@/lib/http/body";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { deleteOwnPlan, describePlan, renameOwnPlan, renamePlanSchema, requirePlan } from "@/lib/services/plans";

type Params = { id: string };

export const GET = userRoute<Params>(async ({ user, params }) =>
  json({ plan: await describePlan(user.id, await requirePlan(user.id, params.id)) }),
);

export const PATCH = userRoute<Params>(async ({ request, user, params }) => {
  await requirePlan(user.id, params.id);
  const { title } = await parseJsonBody(request, renamePlanSchema);
  return json({ plan: await describePlan(user.id, await renameOwnPlan(user.id, params.id, title)) });
});

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await deleteOwnPlan(user.id, params.id);
  return noContent();
});
