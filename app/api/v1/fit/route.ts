import { fitRequestSchema } from "@/lib/api/schemas";
import { catalogTargets } from "@/lib/catalog/engine";
import { rankRoles } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";

export const POST = publicRoute(async ({ request }) => {
  const { assessment } = await parseJsonBody(request, fitRequestSchema);
  return json({ roles: rankRoles(catalogTargets, assessment) });
});
