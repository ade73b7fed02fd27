import { currentSession } from "@/lib/auth/session";
import { parseJsonBody } from "@/lib/http/body";
import { noContent, userRoute } from "@/lib/http/handler";
import { changePassword } from "@/lib/services/passwords";
import { z } from "zod";

/** 204; every other session of the user ends · 400 weak · 403 wrong current password. */
export const PUT = userRoute(async ({ request, user }) => {
  const body = await parseJsonBody(request, z.unknown());
  await changePassword(user.id, (await currentSession())?.sessionId ?? null, body);
  return noContent();
});
