import { catalogTargets } from "@/lib/catalog/book";
import { roleName } from "@/lib/catalog/localize";
import { rankRoles } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { fitRequestSchema } from "@/lib/schemas/analysis";

export const POST = publicRoute(async ({ request }) => {
  const locale = apiLocale(request);
  const { assessment } = await parseJsonBody(request, fitRequestSchema);
  const roles = rankRoles(catalogTargets, assessment).map((role) => ({ ...role, name: roleName(role.slug, locale, role.name) }));
  return json({ roles }, 200, languageHeaders(locale));
});
