import { parseJsonBody } from "@/lib/http/body";
import { roleName } from "@/lib/catalog/localize";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { json, userRoute } from "@/lib/http/handler";
import { unreadFeedback } from "@/lib/services/feedback";
import { createPlan, describePlan, listPlans, planSummary } from "@/lib/services/plans";
import { today } from "@/lib/services/today";
import { createPlanSchema } from "@/lib/schemas/plans";

export const GET = userRoute(async ({ request, user }) => {
  const locale = apiLocale(request);
  const unread = await unreadFeedback(user.id);
  const day = await today();
  const plans = (await listPlans(user.id))
    .map((plan) => planSummary(plan, day))
    .map((p) => ({ ...p, targetName: roleName(p.target, locale, p.targetName), unreadComments: unread.get(p.id) ?? 0 }));
  return json({ plans }, 200, languageHeaders(locale));
});

export const POST = userRoute(async ({ request, user }) => {
  const locale = apiLocale(request);
  const input = await parseJsonBody(request, createPlanSchema);
  const plan = await createPlan(user.id, input, locale);
  return json({ plan: localizePlan(await describePlan(user.id, plan), locale) }, 201, {
    Location: `/api/v1/me/plans/${plan.id}`,
    ...languageHeaders(locale),
  });
});
