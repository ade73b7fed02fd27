import { roleToJson } from "@/lib/api/catalog";
import { roles } from "@/lib/catalog";
import { json, publicRoute } from "@/lib/http/handler";

export const GET = publicRoute(async () =>
  json({ roles: roles.map(roleToJson) }, 200, { "Cache-Control": "public, max-age=300" }),
);
