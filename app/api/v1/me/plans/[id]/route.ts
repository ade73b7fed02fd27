import { parseJsonBody } from "@/lib/http/body";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { deleteOwnPlan, describePlan, planChangeSchema, requirePlan, updatePlan } from "@/lib/services/plans";

type Params = { id: string };

export const GET = userRoute<Params>(async ({ request, user, params }) => {
  const locale = apiLocale(request);
  return json({ plan: localizePlan(await describePlan(user.id, await requirePlan(user.id, params.id)), locale) }, 200, languageHeaders(locale));
});

export const PATCH = userRoute<Params>(async ({ request, user, params }) => {
  const locale = apiLocale(request);
  await requirePlan(user.id, params.id);
  const change = await parseJsonBody(request, planChangeSchema);
  return json({ plan: localizePlan(await describePlan(user.id, await updatePlan(user.id, params.id, change)), locale) }, 200, languageHeaders(locale));
});

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await deleteOwnPlan(user.id, params.id);
  return noContent();
});
