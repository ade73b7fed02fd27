import { parseJsonBody } from "@/lib/http/body";
import { json, publicRoute } from "@/lib/http/handler";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { commentSchema, commentToPublicJson, postComment, requireShare } from "@/lib/services/sharing";

export const POST = publicRoute<{ token: string }>(async ({ request, params }) => {
  await requireShare(params.token);
  const input = await parseJsonBody(request, commentSchema);
  return json({ comment: commentToPublicJson(await postComment(params.token, input)) }, 201);
}, { headers: SHARE_HEADERS });
