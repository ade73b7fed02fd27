import { parseJsonBody } from "@/lib/http/body";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { json, userRoute } from "@/lib/http/handler";
import { changeItem, describePlan, itemChangeSchema, requirePlan } from "@/lib/services/plans";

export const PATCH = userRoute<{ id: string; skill: string }>(async ({ request, user, params }) => {
  // Another user's or an unknown plan answers 404 before the body is even looked at.
  await requirePlan(user.id, params.id);
  const change = await parseJsonBody(request, itemChangeSchema);
  const plan = await changeItem(user.id, params.id, params.skill, change);
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, plan), locale) }, 200, languageHeaders(locale));
});
