import { roleNamed } from "@/lib/api/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { roleName, skillName } from "@/lib/catalog/localize";
import { computeGap } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { gapRequestSchema } from "@/lib/schemas/analysis";

export const POST = publicRoute(async ({ request }) => {
  const locale = apiLocale(request);
  const { assessment, target } = await parseJsonBody(request, gapRequestSchema);
  const report = computeGap(roleAsTarget(roleNamed(target)), assessment, catalogBook);
  // Names are additions to the contract's slugs, in the answer's language.
  return json(
    { ...report, targetName: roleName(report.target, locale), gaps: report.gaps.map((gap) => ({ ...gap, name: skillName(gap.skill, locale) })) },
    200,
    languageHeaders(locale),
  );
});
