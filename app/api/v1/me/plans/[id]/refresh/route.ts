import { json } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { describePlan, refreshPlan } from "@/lib/services/plans";

export const POST = ownPlanRoute(async ({ request, user, plan }) => {
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, await refreshPlan(user.id, plan)), locale) }, 200, languageHeaders(locale));
});
