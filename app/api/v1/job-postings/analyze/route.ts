import { z } from "zod";
import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { analyzeForClient } from "@/lib/services/job-postings";

export const POST = publicRoute(async ({ request }) => {
  const body = await parseJsonBody(request, z.unknown());
  return json({ skills: analyzeForClient(body, request.headers) });
});
