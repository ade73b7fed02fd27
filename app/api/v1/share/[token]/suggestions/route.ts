import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { commentToPublicJson, postSuggestion, requireShare } from "@/lib/services/shared-plan";
import { suggestionSchema } from "@/lib/schemas/sharing";

/** Mentor calibration: the level the mentor believes the person really has, with a reason. */
export const POST = publicRoute<{ token: string }>(async ({ request, params }) => {
  const share = await requireShare(params.token);
  const input = await parseJsonBody(request, suggestionSchema);
  return json({ comment: commentToPublicJson(await postSuggestion(share, input)) }, 201);
}, { headers: SHARE_HEADERS });
