import { parseJsonBody } from "@/lib/http/body";
import { json } from "@/lib/http/handler";
import { ownPlanRoute } from "@/lib/http/plan-route";
import { publicOrigin } from "@/lib/http/public-url";
import { createLink, linkToJson, ownShareLinks, shareUrl } from "@/lib/services/sharing";
import { createShareLinkSchema } from "@/lib/schemas/sharing";

export const POST = ownPlanRoute(async ({ request, user, plan }) => {
  const input = await parseJsonBody(request, createShareLinkSchema);
  const { link, token } = await createLink(user.id, plan.id, input);
  // The only time the token exists outside the mentor's address bar: it is not stored.
  return json({ id: link.id, url: shareUrl(publicOrigin(request.headers), token), expiresAt: link.expiresAt?.toISOString() ?? null, link: linkToJson(link) }, 201);
});

export const GET = ownPlanRoute(async ({ user, plan }) => json({ links: (await ownShareLinks(user.id, plan.id)).map(linkToJson) }));
