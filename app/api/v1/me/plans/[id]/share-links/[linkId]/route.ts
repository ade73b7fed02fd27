import { revokeShareLink } from "@/db/queries/shares";
import { notFound } from "@/lib/http/errors";
import { noContent, userRoute } from "@/lib/http/handler";
import { requirePlan } from "@/lib/services/plans";

export const DELETE = userRoute<{ id: string; linkId: string }>(async ({ user, params }) => {
  await requirePlan(user.id, params.id);
  if (!(await revokeShareLink(user.id, params.id, params.linkId.slice(0, 64)))) throw notFound("No such share link.");
  return noContent();
});
