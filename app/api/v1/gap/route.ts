import { roleNamed } from "@/lib/api/catalog";
import { gapRequestSchema } from "@/lib/api/schemas";
import { catalogBook, roleAsTarget } from "@/lib/catalog/engine";
import { computeGap } from "@/lib/engine";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";

export const POST = publicRoute(async ({ request }) => {
  const { assessment, target } = await parseJsonBody(request, gapRequestSchema);
  return json(computeGap(roleAsTarget(roleNamed(target)), assessment, catalogBook));
});
