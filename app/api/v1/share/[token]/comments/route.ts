import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { commentToPublicJson, postComment, requireShare } from "@/lib/services/shared-plan";
import { commentSchema } from "@/lib/schemas/sharing";

export const POST = publicRoute<{ token: string }>(async ({ request, params }) => {
  const share = await requireShare(params.token);
  const input = await parseJsonBody(request, commentSchema);
  return json({ comment: commentToPublicJson(await postComment(share, input)) }, 201);
}, { headers: SHARE_HEADERS });
