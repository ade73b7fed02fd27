import { skillName } from "@/lib/catalog/localize";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { countsAsView } from "@/lib/share/views";
import { requireShare, sharedPlanView } from "@/lib/services/shared-plan";

export const GET = publicRoute<{ token: string }>(
  async ({ request, params }) => {
    // The reader's language (a mentor's), not the owner's.
    const locale = apiLocale(request);
    const view = await sharedPlanView(await requireShare(params.token), { countView: countsAsView(request.method, request.headers) });
    const localized = {
      ...view,
      plan: localizePlan(view.plan, locale),
      gap: view.gap.map((row) => ({ ...row, name: skillName(row.skill, locale, row.name) })),
    };
    return json(localized, 200, languageHeaders(locale));
  },
  { headers: SHARE_HEADERS },
);
