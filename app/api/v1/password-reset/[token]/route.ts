import { parseJsonBody } from "@/lib/http/body";
import { noContent, publicRoute } from "@/lib/http/handler";
import { resetPassword } from "@/lib/services/passwords";
import { z } from "zod";

/** 204; every session ends · 400 weak · 404 unknown, used or expired token. */
export const POST = publicRoute<{ token: string }>(
  async ({ request, params }) => {
    const body = await parseJsonBody(request, z.unknown());
    await resetPassword(params.token, body, request.headers);
    return noContent();
  },
  // The token is in the path: it must not leak through a referrer or a cache.
  { headers: { "Referrer-Policy": "no-referrer" } },
);
