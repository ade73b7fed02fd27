import { roleNamed } from "@/lib/api/catalog";
import { roadmapRequestSchema } from "@/lib/api/schemas";
import { catalogBook, roleAsTarget } from "@/lib/catalog/engine";
import { buildRoadmap } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";

export const POST = publicRoute(async ({ request }) => {
  const { assessment, target, hoursPerWeek, startDate } = await parseJsonBody(request, roadmapRequestSchema);
  const role = roleNamed(target);
  return json(
    buildRoadmap(roleAsTarget(role), assessment, catalogBook, { hoursPerWeek, startDate, milestones: role.milestones }),
  );
});
