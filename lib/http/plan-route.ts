import "server-only";
import type { z } from "zod";
import type { PublicUser } from "@/lib/auth/session";
import { planParamsSchema } from "@/lib/schemas/plans";
import { requirePlan, type PlanRecord } from "@/lib/services/plans";
import { notFound } from "./errors";
import { userRoute } from "./handler";

type PlanParams = z.ZodType<z.output<typeof planParamsSchema>, Record<string, unknown>>;

/** What each path parameter names, for the 404 a malformed one answers. */
const NOUNS: Record<string, string> = { id: "plan", commentId: "comment", linkId: "share link", skill: "item" };

/**
 * The one way into a user's own plan over HTTP: the session is checked (userRoute), the path
 * parameters are parsed with zod, and the plan is loaded once, through its owner, before the
 * handler runs. A malformed id, an unknown plan and another user's plan all answer the same 404,
 * before the body is read.
 */
export function ownPlanRoute<S extends PlanParams = typeof planParamsSchema>(
  handler: (ctx: { request: Request; user: PublicUser; params: z.output<S>; plan: PlanRecord }) => Promise<Response>,
  params: S = planParamsSchema as unknown as S,
) {
  return userRoute(async ({ request, user, params: raw }) => {
    const parsed = params.safeParse(raw);
    if (!parsed.success) {
      const key = String(parsed.error.issues[0]?.path[0] ?? "id");
      throw notFound(`No such ${NOUNS[key] ?? "thing"}.`);
    }
    const plan = await requirePlan(user.id, parsed.data.id);
    return handler({ request, user, params: parsed.data, plan });
  });
}
