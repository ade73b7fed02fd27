import { beforeEach, describe, expect, it, vi } from "vitest";
import { notFound } from "./errors";
import { json } from "./handler";
import { ownPlanRoute } from "./plan-route";
import { planCommentParamsSchema } from "@/lib/schemas/plans";

const state = vi.hoisted(() => ({
  user: { id: "owner", email: null, name: null } as { id: string; email: null; name: null } | null,
  loads: [] as string[],
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => state.user }));
// The owned-plan lookup: only "p1" belongs to "owner"; every other id, or another user, is not found.
vi.mock("@/lib/services/plans", () => ({
  requirePlan: async (userId: string, planId: string) => {
    state.loads.push(planId);
    if (userId !== "owner" || planId !== "p1") throw notFound("No such plan.");
    return { id: planId, title: "Plan" };
  },
}));

const request = (method = "GET") => new Request("http://waypoint.test/api/v1/me/plans/x", { method, headers: { host: "waypoint.test" } });
const segment = <P>(params: P) => ({ params: Promise.resolve(params) });
const status = async (response: Response) => ({ status: response.status, body: await response.json() });

beforeEach(() => {
  state.user = { id: "owner", email: null, name: null };
  state.loads = [];
});

describe("ownPlanRoute", () => {
  const handler = vi.fn(async ({ plan, params }: { plan: { id: string }; params: { commentId: string } }) => json({ plan: plan.id, comment: params.commentId }));
  const route = ownPlanRoute(handler, planCommentParamsSchema);

  it("loads the owner's plan once and hands it with the parsed params to the handler", async () => {
    expect(await status(await route(request(), segment({ id: "p1", commentId: "c-1" })))).toEqual({ status: 200, body: { plan: "p1", comment: "c-1" } });
    expect(state.loads).toEqual(["p1"]);
  });

  it("answers 404 alike for another user's plan, an unknown plan and a malformed id, before the handler", async () => {
    handler.mockClear();
    state.user = { id: "someone-else", email: null, name: null };
    expect((await status(await route(request(), segment({ id: "p1", commentId: "c-1" })))).status).toBe(404);
    state.user = { id: "owner", email: null, name: null };
    expect((await status(await route(request(), segment({ id: "p2", commentId: "c-1" })))).status).toBe(404);
    const malformed = await status(await route(request(), segment({ id: "x".repeat(65), commentId: "c-1" })));
    expect(malformed).toEqual({ status: 404, body: { error: { code: "not_found", message: "No such plan." } } });
    const badComment = await status(await route(request(), segment({ id: "p1", commentId: "'; drop table" })));
    expect(badComment).toEqual({ status: 404, body: { error: { code: "not_found", message: "No such comment." } } });
    expect(handler).not.toHaveBeenCalled();
    expect(state.loads).toEqual(["p1", "p2"]);
  });

  it("asks for a session first", async () => {
    state.user = null;
    expect((await status(await route(request(), segment({ id: "p1", commentId: "c-1" })))).status).toBe(401);
    expect(state.loads).toEqual([]);
  });
});
