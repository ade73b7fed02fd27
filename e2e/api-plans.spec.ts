import type { APIRequestContext } from "@playwright/test";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";
import { DATA_SCIENTIST } from "./assessments";

async function signedInUser(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL?: string) {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const user = await registerUser(request);
  expect((await signIn(request, user)).status()).toBe(302);
  return { request, user };
}

async function newPlan(request: APIRequestContext, target = "ml-engineer") {
  expect((await request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const response = await request.post("/api/v1/me/plans", { data: { target, hoursPerWeek: 10 } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).plan;
}

type Item = { skill: string; status: string; from: number; to: number };
const itemsOf = (plan: { phases: { items: Item[] }[] }) => plan.phases.flatMap((p) => p.items);

test.describe("plans API", () => {
  test("create, read, list, update status, rename, delete", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    expect(plan.target).toBe("ml-engineer");
    expect(plan.weeks).toBe(Math.ceil(plan.totalHours / 10));
    const items = itemsOf(plan);
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((i) => i.status === "todo")).toBe(true);
    const order = items.map((i) => i.skill);
    expect(order.indexOf("software-design")).toBeLessThan(order.indexOf("system-design"));
    expect(order.indexOf("api-development")).toBeLessThan(order.indexOf("model-serving"));

    const list = await (await request.get("/api/v1/me/plans")).json();
    expect(list.plans).toEqual([expect.objectContaining({ id: plan.id, target: "ml-engineer", progress: expect.objectContaining({ done: 0 }) })]);

    const patched = await request.patch(`/api/v1/me/plans/${plan.id}/items/software-design`, { data: { status: "done" } });
    expect(patched.status()).toBe(200);
    const after = (await patched.json()).plan;
    expect(itemsOf(after).find((i: Item) => i.skill === "software-design")!.status).toBe("done");
    expect(after.progress.done).toBe(1);
    expect(after.progress.percent).toBeGreaterThan(0);

    const renamed = await request.patch(`/api/v1/me/plans/${plan.id}`, { data: { title: "My MLE plan" } });
    expect((await renamed.json()).plan.title).toBe("My MLE plan");

    const markdown = await request.get(`/api/v1/me/plans/${plan.id}/markdown`);
    expect(markdown.headers()["content-type"]).toContain("text/markdown");
    expect(await markdown.text()).toContain("# My MLE plan");

    expect((await request.delete(`/api/v1/me/plans/${plan.id}`)).status()).toBe(204);
    expect((await request.get(`/api/v1/me/plans/${plan.id}`)).status()).toBe(404);
  });

  test("bad status, unknown skill and bad bodies answer 400 and write nothing", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    const url = `/api/v1/me/plans/${plan.id}/items/software-design`;
    for (const data of [{ status: "finished" }, { status: 1 }, {}, { status: null }]) {
      const response = await request.patch(url, { data });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
    const unknown = await request.patch(`/api/v1/me/plans/${plan.id}/items/not-a-skill`, { data: { status: "done" } });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).error.message).toContain("not-a-skill");
    const notInPlan = await request.patch(`/api/v1/me/plans/${plan.id}/items/statistics`, { data: { status: "done" } });
    expect(notInPlan.status()).toBe(400);
    const malformed = await request.patch(url, { data: "{nope", headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    const reread = (await (await request.get(`/api/v1/me/plans/${plan.id}`)).json()).plan;
    expect(itemsOf(reread).every((i: Item) => i.status === "todo")).toBe(true);

    for (const data of [{ target: "astronaut" }, { target: "ml-engineer", hoursPerWeek: 0 }, { target: "ml-engineer", hoursPerWeek: 81 }, { target: 3 }, {}]) {
      const response = await request.post("/api/v1/me/plans", { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
    }
    expect((await (await request.get("/api/v1/me/plans")).json()).plans).toHaveLength(1);
    expect((await request.patch(`/api/v1/me/plans/${plan.id}`, { data: { title: "" } })).status()).toBe(400);
  });

  test("refresh keeps statuses of remaining items and drops items now met", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    expect(plan.outOfDate).toBe(false);
    await request.patch(`/api/v1/me/plans/${plan.id}/items/software-design`, { data: { status: "doing" } });
    await request.patch(`/api/v1/me/plans/${plan.id}/items/cloud-platforms`, { data: { status: "done" } });
    const testing = itemsOf(plan).find((i: Item) => i.skill === "testing-ci")!;
    await request.put("/api/v1/me/assessment", { data: { assessment: { "testing-ci": testing.to } } });
    expect((await (await request.get(`/api/v1/me/plans/${plan.id}`)).json()).plan.outOfDate).toBe(true);

    const refreshed = await request.post(`/api/v1/me/plans/${plan.id}/refresh`);
    expect(refreshed.status()).toBe(200);
    const next = (await refreshed.json()).plan;
    expect(next.outOfDate).toBe(false);
    const skills = itemsOf(next).map((i: Item) => i.skill);
    expect(skills).not.toContain("testing-ci");
    expect(next.met.map((m: { skill: string }) => m.skill)).toContain("testing-ci");
    expect(itemsOf(next).find((i: Item) => i.skill === "software-design")!.status).toBe("doing");
    expect(itemsOf(next).find((i: Item) => i.skill === "cloud-platforms")!.status).toBe("done");
    expect(next.progress.done).toBe(2);
  });

  test("another user's plan answers 404 on every route, and nothing changes", async ({ playwright, baseURL }) => {
    const owner = await signedInUser(playwright, baseURL);
    const other = await signedInUser(playwright, baseURL);
    const plan = await newPlan(owner.request);
    const base = `/api/v1/me/plans/${plan.id}`;
    const attempts = [
      other.request.get(base),
      other.request.patch(base, { data: { title: "mine now" } }),
      other.request.delete(base),
      other.request.patch(`${base}/items/software-design`, { data: { status: "done" } }),
      other.request.post(`${base}/refresh`),
      other.request.get(`${base}/markdown`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
    expect((await (await other.request.get("/api/v1/me/plans")).json()).plans).toEqual([]);
    const untouched = (await (await owner.request.get(base)).json()).plan;
    expect(untouched.title).toBe(plan.title);
    expect(itemsOf(untouched).every((i: Item) => i.status === "todo")).toBe(true);
    await owner.request.dispose();
    await other.request.dispose();
  });

  test("signed out, every plan route answers 401", async ({ request }) => {
    const id = "00000000-0000-0000-0000-000000000000";
    const responses = await Promise.all([
      request.get("/api/v1/me/plans"),
      request.post("/api/v1/me/plans", { data: { target: "ml-engineer" } }),
      request.get(`/api/v1/me/plans/${id}`),
      request.patch(`/api/v1/me/plans/${id}`, { data: { title: "x" } }),
      request.delete(`/api/v1/me/plans/${id}`),
      request.patch(`/api/v1/me/plans/${id}/items/sql`, { data: { status: "done" } }),
      request.post(`/api/v1/me/plans/${id}/refresh`),
    ]);
    for (const response of responses) {
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });
});
