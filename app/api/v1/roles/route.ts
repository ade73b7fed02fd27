import { roleToJson } from "@/lib/api/catalog";
import { localizedRoles } from "@/lib/catalog/localize";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { json, publicRoute } from "@/lib/http/handler";

export const GET = publicRoute(async ({ request }) => {
  const locale = apiLocale(request);
  return json({ roles: localizedRoles(locale).map((role) => roleToJson(role, locale)) }, 200, {
    "Cache-Control": "public, max-age=300",
    ...languageHeaders(locale),
  });
});
