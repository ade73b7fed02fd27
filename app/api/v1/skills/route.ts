import { skillToJson } from "@/lib/api/catalog";
import { skills } from "@/lib/catalog";
import { json, publicRoute } from "@/lib/http/handler";

export const GET = publicRoute(async () =>
  json({ skills: skills.map(skillToJson) }, 200, { "Cache-Control": "public, max-age=300" }),
);
