import { roleToJson } from "@/lib/api/catalog";
import { localizedRole } from "@/lib/catalog/localize";
import { notFound } from "@/lib/http/errors";
import { json, publicRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";

export const GET = publicRoute<{ slug: string }>(async ({ request, params }) => {
  const locale = apiLocale(request);
  const role = localizedRole(params.slug, locale);
  if (!role) throw notFound(`No role "${params.slug.slice(0, 64)}".`);
  return json({ role: roleToJson(role, locale) }, 200, { "Cache-Control": "public, max-age=300", ...languageHeaders(locale) });
});
