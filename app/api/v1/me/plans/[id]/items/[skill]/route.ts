import { parseJsonBody } from "@/lib/http/body";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { json, userRoute } from "@/lib/http/handler";
import { changeItemStatus, describePlan, itemStatusSchema, requirePlan } from "@/lib/services/plans";

export const PATCH = userRoute<{ id: string; skill: string }>(async ({ request, user, params }) => {
  // Another user's or an unknown plan answers 404 before the body is even looked at.
  await requirePlan(user.id, params.id);
  const { status } = await parseJsonBody(request, itemStatusSchema);
  const plan = await changeItemStatus(user.id, params.id, params.skill, status);
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, plan), locale) }, 200, languageHeaders(locale));
});
