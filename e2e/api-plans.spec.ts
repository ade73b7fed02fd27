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
    for (const data of [{ status: "finished" }, { status: 1 }, {}, { status: null }, { position: null }]) {
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

  test("plans follow the assessment by themselves: statuses kept, met items dropped, changes listed", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    expect(plan.changes).toEqual([]);
    await request.patch(`/api/v1/me/plans/${plan.id}/items/software-design`, { data: { status: "doing" } });
    await request.patch(`/api/v1/me/plans/${plan.id}/items/cloud-platforms`, { data: { status: "done" } });
    const testing = itemsOf(plan).find((i: Item) => i.skill === "testing-ci")!;
    await request.put("/api/v1/me/assessment", { data: { assessment: { "testing-ci": testing.to } } });

    // No refresh step: the next read has followed.
    const next = (await (await request.get(`/api/v1/me/plans/${plan.id}`)).json()).plan;
    const skills = itemsOf(next).map((i: Item) => i.skill);
    expect(skills).not.toContain("testing-ci");
    expect(next.met.map((m: { skill: string }) => m.skill)).toContain("testing-ci");
    expect(next.changes).toContainEqual(expect.objectContaining({ kind: "met", skill: "testing-ci" }));
    expect(itemsOf(next).find((i: Item) => i.skill === "software-design")!.status).toBe("doing");
    expect(itemsOf(next).find((i: Item) => i.skill === "cloud-platforms")!.status).toBe("done");
    expect(next.progress.done).toBe(2);
    expect(next.startFit).toBe(plan.fit);
    expect(next.currentFit).toBeGreaterThan(plan.fit);
    // Version 1's refresh still answers, with the same followed plan and no second round of changes.
    const refreshed = await request.post(`/api/v1/me/plans/${plan.id}/refresh`);
    expect(refreshed.status()).toBe(200);
    expect((await refreshed.json()).plan.changes).toEqual(next.changes);
  });

  test("a plan carries its pace: hours per week or a target date, and progress moves the date", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    for (const field of ["hoursPerWeek", "totalHours", "remainingHours", "weeks", "targetDate", "changes", "unrated"]) {
      expect(plan, field).toHaveProperty(field);
    }
    expect(plan.hoursPerWeek).toBe(10);
    expect(plan.remainingHours).toBe(plan.totalHours);
    expect(plan.weeks).toBe(Math.ceil(plan.remainingHours / 10));
    const today = new Date().toISOString().slice(0, 10);
    const weeksFromToday = (weeks: number) => new Date(Date.parse(`${today}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
    expect(plan.targetDate).toBe(weeksFromToday(plan.weeks));
    // DATA_SCIENTIST rates none of deep learning, serving, MLOps…: unrated, not known to be 0.
    expect(plan.unrated).toEqual(expect.arrayContaining(["model-serving", "mlops"]));
    expect(plan.unrated).not.toContain("python");

    const first = itemsOf(plan)[0]! as Item & { hours: number };
    const done = (await (await request.patch(`/api/v1/me/plans/${plan.id}/items/${first.skill}`, { data: { status: "done" } })).json()).plan;
    expect(done.remainingHours).toBe(plan.totalHours - first.hours);
    expect(done.weeks).toBe(Math.ceil(done.remainingHours / 10));
    expect(done.progress).toMatchObject({ done: 1, doneHours: first.hours });

    const faster = await request.patch(`/api/v1/me/plans/${plan.id}`, { data: { hoursPerWeek: 20 } });
    expect(faster.status()).toBe(200);
    const fast = (await faster.json()).plan;
    expect(fast).toMatchObject({ hoursPerWeek: 20, weeks: Math.ceil(done.remainingHours / 20), targetDate: weeksFromToday(Math.ceil(done.remainingHours / 20)) });

    const byDate = await request.patch(`/api/v1/me/plans/${plan.id}`, { data: { targetDate: weeksFromToday(30) } });
    expect(byDate.status()).toBe(200);
    const paced = (await byDate.json()).plan;
    expect(paced.hoursPerWeek).toBe(Math.ceil(done.remainingHours / 30));
    expect(paced.targetDate <= weeksFromToday(30)).toBe(true);

    for (const data of [
      { targetDate: weeksFromToday(1) }, // needs far more than 80 h/week
      { targetDate: today },
      { targetDate: "2027-02-30" },
      { hoursPerWeek: 0 },
      { hoursPerWeek: 81 },
      { hoursPerWeek: 10, targetDate: weeksFromToday(30) },
      {},
      { title: "" },
    ]) {
      const response = await request.patch(`/api/v1/me/plans/${plan.id}`, { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
    expect((await (await request.get(`/api/v1/me/plans/${plan.id}`)).json()).plan.hoursPerWeek).toBe(paced.hoursPerWeek);
    const list = (await (await request.get("/api/v1/me/plans")).json()).plans;
    expect(list[0]).toMatchObject({ hoursPerWeek: paced.hoursPerWeek, remainingHours: done.remainingHours });
  });

  test("skip takes an item out of the hours and back; a position must keep prerequisite order", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const plan = await newPlan(request);
    const items = itemsOf(plan) as (Item & { hours: number; unlocks: string[] })[];
    const url = (skill: string) => `/api/v1/me/plans/${plan.id}/items/${skill}`;

    const skippable = items.find((i) => i.unlocks.length === 0)!;
    const skipped = (await (await request.patch(url(skippable.skill), { data: { status: "skipped" } })).json()).plan;
    expect(skipped.remainingHours).toBe(plan.remainingHours - skippable.hours);
    expect(skipped.progress.skipped).toBe(1);
    const back = (await (await request.patch(url(skippable.skill), { data: { status: "todo" } })).json()).plan;
    expect(back.remainingHours).toBe(plan.remainingHours);

    // An item that unlocks another cannot go after it; one with no prerequisites in its phase can go first.
    const order = items.map((i) => i.skill);
    const prerequisite = items.find((i) => i.unlocks.length > 0)!;
    const dependent = order.indexOf(prerequisite.unlocks[0]!);
    const refused = await request.patch(url(prerequisite.skill), { data: { position: dependent } });
    expect(refused.status()).toBe(400);
    const error = (await refused.json()).error;
    expect(error.code).toBe("bad_request");
    expect(error.message).toMatch(/needs .* first/);
    const unchanged = (await (await request.get(`/api/v1/me/plans/${plan.id}`)).json()).plan;
    expect(itemsOf(unchanged).map((i: Item) => i.skill)).toEqual(order);

    const firstPhase = plan.phases[0].items as (Item & { unlocks: string[] })[];
    const needsNothing = firstPhase.slice(1).find((i) => !firstPhase.some((other) => other.unlocks.includes(i.skill)))!;
    const moved = await request.patch(url(needsNothing.skill), { data: { position: 0, status: "doing" } });
    expect(moved.status(), await moved.text()).toBe(200);
    const after = itemsOf((await moved.json()).plan);
    expect(after[0]).toMatchObject({ skill: needsNothing.skill, status: "doing" });

    for (const data of [{ position: -1 }, { position: 1.5 }, { position: "1" }, { position: order.length }, { status: "gone" }, {}]) {
      const response = await request.patch(url(needsNothing.skill), { data });
      expect(response.status(), JSON.stringify(data)).toBe(400);
    }
    // Out of its phase is refused as well: phases say what they get you.
    const lastPhaseStart = order.length - (plan.phases.at(-1).items.length as number);
    if (plan.phases.length > 1) expect((await request.patch(url(order[0]!), { data: { position: lastPhaseStart } })).status()).toBe(400);
  });

  test("the gap answer lists the target's unrated skills", async ({ request }) => {
    const response = await request.post("/api/v1/gap", { data: { assessment: { python: 2, sql: 0 }, target: "data-engineer" } });
    expect(response.status()).toBe(200);
    const gap = await response.json();
    expect(gap.unrated).not.toContain("python");
    expect(gap.unrated).not.toContain("sql");
    expect(gap.unrated.length).toBeGreaterThan(2);
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
