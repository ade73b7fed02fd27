import { json, userRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { describePlan, refreshPlan } from "@/lib/services/plans";

export const POST = userRoute<{ id: string }>(async ({ request, user, params }) => {
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, await refreshPlan(user.id, params.id)), locale) }, 200, languageHeaders(locale));
});
