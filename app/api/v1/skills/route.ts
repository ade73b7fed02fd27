import { skillToJson } from "@/lib/api/catalog";
import { localizedSkills } from "@/lib/catalog/localize";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";

export const GET = publicRoute(async ({ request }) => {
  const locale = apiLocale(request);
  return json({ skills: localizedSkills(locale).map(skillToJson) }, 200, {
    "Cache-Control": "public, max-age=300",
    ...languageHeaders(locale),
  });
});
