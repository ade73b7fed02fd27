import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { register } from "@/lib/services/accounts";
import { z } from "zod";

export const POST = publicRoute(async ({ request }) => {
  const body = await parseJsonBody(request, z.unknown());
  const user = await register(body, request.headers);
  return json({ user: { id: user.id, email: user.email, name: user.name } }, 201);
});
