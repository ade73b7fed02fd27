import { customRoleInputSchema } from "@/lib/custom-roles/schema";
import { parseJsonBody } from "@/lib/http/body";
import { json, userRoute } from "@/lib/http/handler";
import { createOwnRole, describeOwnRoles, describeRole } from "@/lib/services/custom-roles";

export const GET = userRoute(async ({ user }) => json({ roles: await describeOwnRoles(user.id) }));

export const POST = userRoute(async ({ request, user }) => {
  const input = await parseJsonBody(request, customRoleInputSchema);
  const role = await createOwnRole(user.id, input);
  return json({ role: await describeRole(user.id, role) }, 201, { Location: `/api/v1/me/roles/${role.id}` });
});
