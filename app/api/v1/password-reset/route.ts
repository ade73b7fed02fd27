import { parseJsonBody } from "@/lib/http/body";
import { publicRoute } from "@/lib/http/handler";
import { apiLocale } from "@/lib/i18n/api";
import { requestPasswordReset } from "@/lib/services/passwords";
import { z } from "zod";

/** 202 whether or not the account exists; the link goes by email. */
export const POST = publicRoute(async ({ request }) => {
  const body = await parseJsonBody(request, z.unknown());
  await requestPasswordReset(body, request.headers, apiLocale(request));
  return new Response(null, { status: 202, headers: { "Cache-Control": "no-store" } });
});
