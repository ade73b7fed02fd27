import { customRoleInputSchema } from "@/lib/schemas/custom-roles";
import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { createOwnRole, describeOwnRoles, describeRole } from "@/lib/services/custom-roles";

export const GET = userRoute(async ({ request, user }) => {
  const locale = apiLocale(request);
  return json({ roles: await describeOwnRoles(user.id, locale) }, 200, languageHeaders(locale));
});

export const POST = userRoute(async ({ request, user }) => {
  // A bad lang answers 400 before anything is written.
  const locale = apiLocale(request);
  const input = await parseJsonBody(request, customRoleInputSchema);
  const role = await createOwnRole(user.id, input);
  return json({ role: await describeRole(user.id, role, locale) }, 201, { Location: `/api/v1/me/roles/${role.id}`, ...languageHeaders(locale) });
});
