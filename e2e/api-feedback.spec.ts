import type { APIRequestContext } from "@playwright/test";
import { withTestDatabase } from "./db";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";

/** Replies stored under a comment (a number on both databases: PostgreSQL counts in bigint). */
const replyCount = (commentId: string) =>
  withTestDatabase(async (db) => Number((await db.query<{ n: unknown }>("SELECT count(*) AS n FROM comment_reply WHERE comment_id = ?", [commentId]))[0]!.n));

/** A signed-in owner with a plan and a share link; `mentor` is an anonymous client. */
async function ownerWithLink(request: APIRequestContext) {
  const user = await registerUser(request);
  await signIn(request, user);
  await request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2 } } });
  const { plan } = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
  const created = await request.post(`/api/v1/me/plans/${plan.id}/share-links`, { data: {} });
  expect(created.status(), await created.text()).toBe(201);
  const token = new URL((await created.json()).url).pathname.split("/").pop()!;
  return { user, planId: plan.id as string, token };
}

test.describe("owner replies and unread feedback (API)", () => {
  test("unreadComments counts mentor comments per plan; a reply is 201, seen by the mentor, and clears the count", async ({ request, playwright, baseURL }) => {
    const { user, planId, token } = await ownerWithLink(request);
    const { plan: other } = await (await request.post("/api/v1/me/plans", { data: { target: "data-engineer", hoursPerWeek: 5 } })).json();
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });

    const unread = async () => {
      const { plans } = await (await request.get("/api/v1/me/plans")).json();
      return Object.fromEntries(plans.map((p: { id: string; unreadComments: number }) => [p.id, p.unreadComments]));
    };
    expect(await unread()).toEqual({ [planId]: 0, [other.id]: 0 });

    for (const body of ["First thought", "Second thought"]) {
      expect((await mentor.post(`/api/v1/share/${token}/comments`, { data: { author: "Dana", body } })).status()).toBe(201);
    }
    expect(await unread()).toEqual({ [planId]: 2, [other.id]: 0 });

    const { comments } = await (await request.get(`/api/v1/me/plans/${planId}/comments`)).json();
    expect(comments.map((c: { replies: unknown[] }) => c.replies)).toEqual([[], []]);
    const first = comments[0].id as string;

    const replied = await request.post(`/api/v1/me/plans/${planId}/comments/${first}/replies`, { data: { body: "  Thanks, on it.\nWill report back.  " } });
    expect(replied.status(), await replied.text()).toBe(201);
    const { reply } = await replied.json();
    expect(reply).toMatchObject({ commentId: first, body: "Thanks, on it.\nWill report back.", author: user.name });
    expect(new Date(reply.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Answering a comment is reading it; the other comment stays unread.
    expect(await unread()).toEqual({ [planId]: 1, [other.id]: 0 });

    // The mentor sees the reply under the comment it answers, and nothing of the owner's account.
    const shared = await mentor.get(`/api/v1/share/${token}`);
    const text = await shared.text();
    expect(text).not.toContain(user.email);
    const view = JSON.parse(text);
    expect(view.comments[0].replies).toEqual([expect.objectContaining({ id: reply.id, body: reply.body, author: user.name })]);
    expect(view.comments[1].replies).toEqual([]);

    const owned = (await (await request.get(`/api/v1/me/plans/${planId}/comments`)).json()).comments;
    expect(owned[0].replies).toEqual([reply]);

    // A reply goes with its comment.
    expect((await request.delete(`/api/v1/me/plans/${planId}/comments/${first}`)).status()).toBe(204);
    expect(await replyCount(first)).toBe(0);
    await mentor.dispose();
  });

  test("bad bodies are 400 and write nothing; another user's plan or comment is 404; no session is 401", async ({ request, playwright, baseURL }) => {
    const { planId, token } = await ownerWithLink(request);
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    await mentor.post(`/api/v1/share/${token}/comments`, { data: { author: "Dana", body: "Hello" } });
    const [comment] = (await (await request.get(`/api/v1/me/plans/${planId}/comments`)).json()).comments;
    const url = `/api/v1/me/plans/${planId}/comments/${comment.id}/replies`;

    for (const data of [{}, { body: "" }, { body: "   " }, { body: "x".repeat(2001) }, { body: 42 }, { body: null }, { body: "bell\u0007" }, [], "text"]) {
      // A bare string goes as a JSON string: a body that is JSON but not an object is the 400 here (text/plain is a 415).
      const response = await request.post(url, typeof data === "string" ? { data: JSON.stringify(data), headers: { "content-type": "application/json" } } : { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("bad_request");
      expect(typeof error.message).toBe("string");
    }
    const notJson = await request.post(url, { headers: { "Content-Type": "application/json" }, data: "{not json" });
    expect(notJson.status()).toBe(400);
    expect((await request.post(url, { data: { body: "x".repeat(2000) } })).status()).toBe(201);
    expect(await replyCount(comment.id)).toBe(1);

    // Unknown comment, or a comment id that is not on this plan: 404 like a missing plan.
    const { plan: second } = await (await request.post("/api/v1/me/plans", { data: { target: "data-engineer", hoursPerWeek: 5 } })).json();
    expect((await request.post(`/api/v1/me/plans/${planId}/comments/${crypto.randomUUID()}/replies`, { data: { body: "hi" } })).status()).toBe(404);
    expect((await request.post(`/api/v1/me/plans/${second.id}/comments/${comment.id}/replies`, { data: { body: "hi" } })).status()).toBe(404);
    expect((await request.post(`/api/v1/me/plans/${planId}/comments/${"x".repeat(500)}/replies`, { data: { body: "hi" } })).status()).toBe(404);

    // Someone else, signed in: 404 for the plan whatever the body, and their own list has no count of ours.
    const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    await signIn(stranger, await registerUser(stranger));
    const theirs = await stranger.post(url, { data: { body: "not my plan" } });
    expect(theirs.status()).toBe(404);
    expect((await theirs.json()).error.code).toBe("not_found");
    expect((await stranger.post(url, { data: {} })).status()).toBe(404);
    expect((await (await stranger.get("/api/v1/me/plans")).json()).plans).toEqual([]);

    // No session at all.
    expect((await mentor.post(url, { data: { body: "hi" } })).status()).toBe(401);
    expect((await mentor.get("/api/v1/me/plans")).status()).toBe(401);
    await stranger.dispose();
    await mentor.dispose();
  });
});
