import { noContent } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { planShareLinkParamsSchema } from "@/lib/schemas/plans";
import { revokeOwnShareLink } from "@/lib/services/sharing";

export const DELETE = ownPlanRoute(async ({ user, params, plan }) => {
  await revokeOwnShareLink(user.id, plan.id, params.linkId);
  return noContent();
}, planShareLinkParamsSchema);
