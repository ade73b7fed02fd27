import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { withTestDatabase } from "./db";
import { clientIp, expect, registerUser, signIn, test, type TestUser } from "./fixtures";

async function owner(request: APIRequestContext): Promise<{ user: TestUser; planId: string; skill: string }> {
  const user = await registerUser(request);
  await signIn(request, user);
  await request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2 } } });
  const { plan } = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
  return { user, planId: plan.id, skill: plan.phases[0].items[0].skill };
}

async function share(request: APIRequestContext, planId: string, body: object = {}) {
  const response = await request.post(`/api/v1/me/plans/${planId}/share-links`, { data: body });
  expect(response.status(), await response.text()).toBe(201);
  const created = await response.json();
  const token = new URL(created.url).pathname.split("/").pop()!;
  return { ...created, token } as { id: string; url: string; expiresAt: string | null; token: string };
}

test.describe("sharing API", () => {
  test("an anonymous mentor reads the plan without the owner's email; revoking ends it", async ({ request, playwright, baseURL }) => {
    const { user, planId } = await owner(request);
    const link = await share(request, planId, { label: "for my manager", expiresInDays: 30 });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const response = await anonymous.get(`/api/v1/share/${link.token}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["referrer-policy"]).toBe("no-referrer");
    expect(response.headers()["x-robots-tag"]).toContain("noindex");
    expect(response.headers()["cache-control"]).toBe("private, no-store");
    const text = await response.text();
    expect(text).not.toContain(user.email);
    expect(text).not.toContain(user.id);
    const body = JSON.parse(text);
    expect(body.owner).toEqual({ name: user.name });
    expect(body.plan.id).toBe(planId);
    expect(body.comments).toEqual([]);

    const links = (await (await request.get(`/api/v1/me/plans/${planId}/share-links`)).json()).links;
    expect(links).toEqual([expect.objectContaining({ id: link.id, label: "for my manager", views: 1, revokedAt: null })]);
    expect(links[0].lastViewedAt).not.toBeNull();

    expect((await request.delete(`/api/v1/me/plans/${planId}/share-links/${link.id}`)).status()).toBe(204);
    const revoked = await anonymous.get(`/api/v1/share/${link.token}`);
    expect(revoked.status()).toBe(404);
    expect(revoked.headers()["referrer-policy"]).toBe("no-referrer");
    expect((await revoked.json()).error.code).toBe("not_found");
    await anonymous.dispose();
  });

  test("expired and random tokens answer 404 like unknown ones", async ({ request }) => {
    const { planId } = await owner(request);
    const link = await share(request, planId, { expiresInDays: 7 });
    await withTestDatabase((db) => db.query("UPDATE share_link SET expires_at = ? WHERE id = ?", [db.time(Date.now() - 60_000), link.id]));
    const bodies = [];
    for (const token of [link.token, randomBytes(32).toString("base64url"), "short", "..%2F..%2Fetc", "a".repeat(500)]) {
      const response = await request.get(`/api/v1/share/${token}`);
      expect(response.status(), token).toBe(404);
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
  });

  test("the database keeps only the token's hash", async ({ request }) => {
    const { planId } = await owner(request);
    const link = await share(request, planId);
    const rows = await withTestDatabase((db) => db.query("SELECT * FROM share_link WHERE plan_id = ?", [planId]));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(link.token);
    expect(rows[0]!.token_hash).toBe(createHash("sha256").update(link.token).digest("hex"));
  });

  test("comments: plain text stored, off → 403, too long → 400, limited per link → 429", async ({ request, playwright, baseURL }) => {
    const { planId, skill } = await owner(request);
    const open = await share(request, planId);
    const closed = await share(request, planId, { allowComments: false });
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const post = (token: string, data: unknown) => mentor.post(`/api/v1/share/${token}/comments`, { data });

    const html = "<img src=x onerror=alert(1)> **bold**";
    const created = await post(open.token, { author: "Dana", body: html, skill });
    expect(created.status()).toBe(201);
    expect((await created.json()).comment).toMatchObject({ author: "Dana", body: html, skill });

    expect((await post(closed.token, { author: "Dana", body: "hello" })).status()).toBe(403);
    for (const bad of [
      { author: "Dana", body: "x".repeat(2001) },
      { author: "x".repeat(81), body: "hi" },
      { author: "", body: "hi" },
      { author: "Dana", body: "" },
      { author: "Dana", body: 42 },
      { author: "Dana", body: "hi", skill: "not-in-plan" },
    ]) {
      const response = await post(open.token, bad);
      expect(response.status(), JSON.stringify(bad).slice(0, 80)).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
    expect((await post(randomBytes(32).toString("base64url"), { author: "Dana", body: "hi" })).status()).toBe(404);

    const comments = (await (await request.get(`/api/v1/me/plans/${planId}/comments`)).json()).comments;
    expect(comments).toHaveLength(1);

    // 20 per hour per link: one was accepted above.
    let limited;
    for (let i = 0; i < 25 && !limited; i++) {
      const response = await post(open.token, { author: "Dana", body: `note ${i}` });
      if (response.status() === 429) limited = response;
      else expect(response.status()).toBe(201);
    }
    expect(limited, "the limit was reached").toBeDefined();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
    await mentor.dispose();
  });

  test("a mentor's level suggestion can be accepted into the assessment", async ({ request, playwright, baseURL }) => {
    const { planId, skill } = await owner(request);
    const link = await share(request, planId);
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    for (const bad of [{ author: "Lee", skill, level: 5, reason: "r" }, { author: "Lee", skill, level: 2 }, { author: "Lee", skill: "nope", level: 2, reason: "r" }]) {
      expect((await mentor.post(`/api/v1/share/${link.token}/suggestions`, { data: bad })).status()).toBe(400);
    }
    const suggested = await mentor.post(`/api/v1/share/${link.token}/suggestions`, { data: { author: "Lee", skill, level: 3, reason: "Shipped two services with me." } });
    expect(suggested.status()).toBe(201);
    const { comments } = await (await request.get(`/api/v1/me/plans/${planId}/comments`)).json();
    expect(comments[0]).toMatchObject({ suggestedLevel: 3, suggestionStatus: "pending", skill });
    const accepted = await request.patch(`/api/v1/me/plans/${planId}/comments/${comments[0].id}`, { data: { suggestion: "accepted" } });
    expect(accepted.status()).toBe(200);
    expect((await (await request.get("/api/v1/me/assessment")).json()).assessment[skill]).toBe(3);
    await mentor.dispose();
  });

  test("another user cannot list, create or revoke the owner's links", async ({ request, playwright, baseURL }) => {
    const { planId } = await owner(request);
    const link = await share(request, planId);
    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    await signIn(other, await registerUser(other));
    expect((await other.get(`/api/v1/me/plans/${planId}/share-links`)).status()).toBe(404);
    expect((await other.post(`/api/v1/me/plans/${planId}/share-links`, { data: {} })).status()).toBe(404);
    expect((await other.delete(`/api/v1/me/plans/${planId}/share-links/${link.id}`)).status()).toBe(404);
    expect((await other.get(`/api/v1/me/plans/${planId}/comments`)).status()).toBe(404);
    expect((await request.get(`/api/v1/share/${link.token}`)).status()).toBe(200);
    await other.dispose();
  });

  test("the share page sends no-referrer, noindex and no-store, also for unknown links", async ({ request }) => {
    const { planId } = await owner(request);
    const link = await share(request, planId);
    for (const [path, status] of [[`/share/${link.token}`, 200], [`/share/${randomBytes(32).toString("base64url")}`, 404]] as const) {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const headers = response.headers();
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-robots-tag"]).toContain("noindex");
      expect(headers["cache-control"]).toContain("no-store");
      expect(headers["cache-control"]).toContain("private");
      if (status === 200) expect(await response.text()).toMatch(/<meta name="robots" content="noindex/);
    }
  });
});
