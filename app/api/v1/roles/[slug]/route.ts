import { roleToJson } from "@/lib/api/catalog";
import { getRole } from "@/lib/catalog";
import { notFound } from "@/lib/http/errors";
import { json, publicRoute } from "@/lib/http/handler";

export const GET = publicRoute<{ slug: string }>(async ({ params }) => {
  const role = getRole(params.slug);
  if (!role) throw notFound(`No role "${params.slug.slice(0, 64)}".`);
  return json({ role: roleToJson(role) }, 200, { "Cache-Control": "public, max-age=300" });
});
