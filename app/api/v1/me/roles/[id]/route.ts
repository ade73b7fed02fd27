import { customRoleInputSchema } from "@/lib/schemas/custom-roles";
import { parseJsonBody } from "@/lib/http/body";
import { json, noContent, userRoute } from "@/lib/http/handler";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { deleteOwnRole, describeRole, replaceOwnRole, requireCustomRole } from "@/lib/services/custom-roles";

type Params = { id: string };

export const GET = userRoute<Params>(async ({ request, user, params }) => {
  const role = await requireCustomRole(user.id, params.id);
  const locale = apiLocale(request);
  return json({ role: await describeRole(user.id, role, locale) }, 200, languageHeaders(locale));
});

/** A replace: the body is the whole role, as POST /me/roles takes it. */
export const PUT = userRoute<Params>(async ({ request, user, params }) => {
  // Another user's id answers 404 before the body is judged, so a 400 never confirms it exists.
  await requireCustomRole(user.id, params.id);
  const locale = apiLocale(request);
  const input = await parseJsonBody(request, customRoleInputSchema);
  return json({ role: await describeRole(user.id, await replaceOwnRole(user.id, params.id, input), locale) }, 200, languageHeaders(locale));
});

export const DELETE = userRoute<Params>(async ({ user, params }) => {
  await deleteOwnRole(user.id, params.id);
  return noContent();
});
