import { roadmapToJson, roleNamed } from "@/lib/api/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { localizedRole } from "@/lib/catalog/localize";
import { buildRoadmap } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { roadmapRequestSchema } from "@/lib/schemas/analysis";

export const POST = publicRoute(async ({ request }) => {
  const locale = apiLocale(request);
  const { assessment, target, hoursPerWeek, startDate } = await parseJsonBody(request, roadmapRequestSchema);
  const role = localizedRole(roleNamed(target), locale);
  const roadmap = buildRoadmap(roleAsTarget(role), assessment, catalogBook, { hoursPerWeek, startDate, milestones: role.milestones });
  return json(roadmapToJson(roadmap, locale), 200, languageHeaders(locale));
});
