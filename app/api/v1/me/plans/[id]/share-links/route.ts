import { listShareLinks } from "@/db/queries/shares";
import { parseJsonBody } from "@/lib/http/body";
import { notFound } from "@/lib/http/errors";
import { json, userRoute } from "@/lib/http/handler";
import { publicOrigin } from "@/lib/http/public-url";
import { requirePlan } from "@/lib/services/plans";
import { createLink, createShareLinkSchema, linkToJson, shareUrl } from "@/lib/services/sharing";

type Params = { id: string };

export const POST = userRoute<Params>(async ({ request, user, params }) => {
  await requirePlan(user.id, params.id);
  const input = await parseJsonBody(request, createShareLinkSchema);
  const { link, token } = await createLink(user.id, params.id, input);
  // The only time the token exists outside the mentor's address bar: it is not stored.
  return json({ id: link.id, url: shareUrl(publicOrigin(request.headers), token), expiresAt: link.expiresAt?.toISOString() ?? null, link: linkToJson(link) }, 201);
});

export const GET = userRoute<Params>(async ({ user, params }) => {
  await requirePlan(user.id, params.id);
  const links = await listShareLinks(user.id, params.id);
  if (!links) throw notFound("No such plan.");
  return json({ links: links.map(linkToJson) });
});
