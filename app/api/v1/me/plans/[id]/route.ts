import { parseJsonBody } from "@/lib/http/body";
import { json, noContent } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { deleteOwnPlan, describePlan, updatePlan } from "@/lib/services/plans";
import { planChangeSchema } from "@/lib/schemas/plans";

export const GET = ownPlanRoute(async ({ request, user, plan }) => {
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, plan), locale) }, 200, languageHeaders(locale));
});

export const PATCH = ownPlanRoute(async ({ request, user, plan }) => {
  const locale = apiLocale(request);
  const change = await parseJsonBody(request, planChangeSchema);
  return json({ plan: localizePlan(await describePlan(user.id, await updatePlan(user.id, plan, change)), locale) }, 200, languageHeaders(locale));
});

export const DELETE = ownPlanRoute(async ({ user, plan }) => {
  await deleteOwnPlan(user.id, plan.id);
  return noContent();
});
