import { parseJsonBody } from "@/lib/http/body";
import { json } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { planItemParamsSchema } from "@/lib/schemas/plans";
import { changeItem, describePlan } from "@/lib/services/plans";
import { itemChangeSchema } from "@/lib/schemas/plans";

// Another user's or an unknown plan answers 404 before the body is even looked at (ownPlanRoute).
export const PATCH = ownPlanRoute(async ({ request, user, params, plan }) => {
  const change = await parseJsonBody(request, itemChangeSchema);
  const changed = await changeItem(user.id, plan, params.skill, change);
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, changed), locale) }, 200, languageHeaders(locale));
}, planItemParamsSchema);
