import type { APIRequestContext, PlaywrightWorkerArgs } from "@playwright/test";
import { withTestDatabase } from "./db";
import { clientIp, expect, newUserData, registerUser, signIn, test, type TestUser } from "./fixtures";

/** Every table with a column naming its owner, and that column. */
const USER_COLUMNS: [table: string, column: string][] = [
  ["user", "id"],
  ["profile", "user_id"],
  ["assessment_entry", "user_id"],
  ["assessment_snapshot", "user_id"],
  ["password_credential", "user_id"],
  ["plan", "user_id"],
  ["custom_role", "user_id"],
  ["account", "userId"],
  ["session", "userId"],
];

async function rowsOf(userId: string): Promise<Record<string, number>> {
  return withTestDatabase(async (db) => {
    const counts: Record<string, number> = {};
    for (const [table, column] of USER_COLUMNS) {
      const [row] = await db.query<{ n: unknown }>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`, [userId]);
      // A number on both databases (PostgreSQL counts in bigint, which arrives as a string).
      counts[table] = Number(row!.n);
    }
    return counts;
  });
}

async function signedInContext(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined): Promise<{ request: APIRequestContext; user: TestUser }> {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const user = await registerUser(request);
  expect((await signIn(request, user)).status()).toBe(302);
  return { request, user };
}

function expectError(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
}

test.describe("registration", () => {
  test("a good registration answers 201 with the user and nothing secret", async ({ request }) => {
    const data = newUserData("reg");
    const response = await request.post("/api/v1/register", { data });
    expect(response.status()).toBe(201);
    const text = await response.text();
    expect(text).not.toContain("hash");
    expect(text).not.toContain(data.password);
    const { user } = JSON.parse(text);
    expect(user).toEqual({ id: expect.any(String), email: data.email, name: data.name });
  });

  test("a duplicate email answers 409, whatever its case", async ({ request }) => {
    const user = await registerUser(request);
    const again = await request.post("/api/v1/register", { data: { ...newUserData(), email: user.email.toUpperCase() } });
    expect(again.status()).toBe(409);
    expectError(await again.json(), "conflict");
  });

  test("weak, over-long and malformed input answers 400", async ({ request }) => {
    const base = newUserData("bad");
    const cases: [string, unknown][] = [
      ["too short", { ...base, password: "short1" }],
      ["common", { ...base, password: "password123" }],
      ["129 characters", { ...base, password: "x".repeat(129) }],
      ["bad email", { ...base, email: "not-an-email" }],
      ["no name", { ...base, name: "" }],
    ];
    for (const [what, data] of cases) {
      const response = await request.post("/api/v1/register", { data });
      expect(response.status(), what).toBe(400);
      const body = await response.json();
      expectError(body, "bad_request");
      expect(JSON.stringify(body), what).not.toContain(base.password);
    }
    const malformed = await request.post("/api/v1/register", {
      headers: { "Content-Type": "application/json" },
      data: Buffer.from('{"email": "a@example.test", "password": '),
    });
    expect(malformed.status()).toBe(400);
    expectError(await malformed.json(), "bad_request");
    // None of the refused attempts created the account.
    expect((await request.post("/api/v1/register", { data: base })).status()).toBe(201);
  });

  test("registrations per client are limited: 429 with Retry-After", async ({ request }) => {
    const headers = { "X-Forwarded-For": clientIp() };
    // Refused bodies count too, which keeps this test fast (no password hashing).
    let response = await request.post("/api/v1/register", { headers, data: { email: "nope" } });
    for (let i = 1; i < 30 && response.status() !== 429; i++) {
      expect(response.status()).toBe(400);
      response = await request.post("/api/v1/register", { headers, data: { email: "nope" } });
    }
    expect(response.status()).toBe(400);
    const limited = await request.post("/api/v1/register", { headers, data: newUserData() });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expectError(await limited.json(), "rate_limited");
  });
});

test.describe("sign-in", () => {
  test("the right password signs in; a wrong one leaves no session", async ({ request, playwright, baseURL }) => {
    const user = await registerUser(request);
    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    await signIn(other, { email: user.email, password: `${user.password}x` });
    expect((await other.get("/api/v1/me")).status()).toBe(401);
    await other.dispose();

    expect((await signIn(request, user)).status()).toBe(302);
    const me = await request.get("/api/v1/me");
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ user: { id: user.id, email: user.email, name: user.name } });
  });

  test("repeated failures for one account answer 429 with Retry-After", async ({ request }) => {
    const user = await registerUser(request);
    for (let i = 0; i < 5; i++) {
      const failed = await signIn(request, { email: user.email, password: `wrong ${i} ${user.password}` });
      expect(failed.status()).toBe(302);
    }
    const limited = await signIn(request, user);
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    // Even the right password waits: the account is locked for this window.
    expect((await request.get("/api/v1/me")).status()).toBe(401);
  });
});

test("every /me route answers 401 JSON when signed out", async ({ request }) => {
  const calls: [string, string, unknown?][] = [
    ["GET", "/api/v1/me"],
    ["PUT", "/api/v1/me/profile", { name: "x" }],
    ["GET", "/api/v1/me/assessment"],
    ["PUT", "/api/v1/me/assessment", { assessment: { python: 1 } }],
    ["GET", "/api/v1/me/assessment/history"],
    ["GET", "/api/v1/me/export"],
    ["DELETE", "/api/v1/me"],
  ];
  for (const [method, url, data] of calls) {
    const response = await request.fetch(url, { method, data });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expectError(await response.json(), "unauthorized");
  }
});

test("two users never reach each other's data", async ({ playwright, baseURL }) => {
  const a = await signedInContext(playwright, baseURL);
  const b = await signedInContext(playwright, baseURL);
  expect((await b.request.put("/api/v1/me/assessment", { data: { assessment: { sql: 1 } } })).status()).toBe(200);
  expect((await b.request.put("/api/v1/me/profile", { data: { targetRole: "data-engineer", hoursPerWeek: 3 } })).status()).toBe(200);

  // A names B in every way a client could, and every route still only touches A.
  const sneaky = { userId: b.user.id, user_id: b.user.id, id: b.user.id };
  expect((await a.request.put(`/api/v1/me/profile?userId=${b.user.id}`, { data: { ...sneaky, name: "Mallory" } })).status()).toBe(200);
  expect(
    (await a.request.put(`/api/v1/me/assessment?userId=${b.user.id}`, { data: { ...sneaky, assessment: { sql: 4, python: 4 } } })).status(),
  ).toBe(200);
  const aMe = await (await a.request.get(`/api/v1/me?userId=${b.user.id}`)).json();
  expect(aMe.user).toMatchObject({ id: a.user.id, name: "Mallory" });
  const aSeen = await (await a.request.get(`/api/v1/me/assessment?userId=${b.user.id}`)).json();
  expect(aSeen.assessment).toEqual({ sql: 4, python: 4 });
  const aExport = await (await a.request.get(`/api/v1/me/export?userId=${b.user.id}`)).text();
  expect(aExport).not.toContain(b.user.id);
  expect(aExport).not.toContain(b.user.email);
  for (const url of [`/api/v1/users/${b.user.id}`, `/api/v1/me/${b.user.id}`, `/api/v1/me/assessment/${b.user.id}`]) {
    expect((await a.request.get(url)).status(), url).toBe(404);
  }

  const bMe = await (await b.request.get("/api/v1/me")).json();
  expect(bMe.user).toEqual({ id: b.user.id, email: b.user.email, name: b.user.name });
  expect(bMe.profile).toMatchObject({ targetRole: "data-engineer", hoursPerWeek: 3 });
  expect((await (await b.request.get("/api/v1/me/assessment")).json()).assessment).toEqual({ sql: 1 });
  const bHistory = await (await b.request.get("/api/v1/me/assessment/history")).json();
  expect(bHistory.history.map((h: { assessment: unknown }) => h.assessment)).toEqual([{ sql: 1 }]);

  // A deleting their account leaves B whole.
  expect((await a.request.delete(`/api/v1/me?userId=${b.user.id}`)).status()).toBe(204);
  expect((await b.request.get("/api/v1/me")).status()).toBe(200);
  expect(await rowsOf(b.user.id)).toMatchObject({ user: 1, profile: 1, assessment_entry: 1, password_credential: 1 });
  await a.request.dispose();
  await b.request.dispose();
});

test.describe("assessment", () => {
  test("bad levels and unknown skills are refused by name and nothing is saved", async ({ page, user }) => {
    void user;
    const api = page.request;
    expect((await api.put("/api/v1/me/assessment", { data: { assessment: { python: 2 } } })).status()).toBe(200);

    const unknown = await api.put("/api/v1/me/assessment", { data: { assessment: { sql: 3, "basket-weaving": 2 } } });
    expect(unknown.status()).toBe(400);
    const unknownBody = await unknown.json();
    expectError(unknownBody, "bad_request");
    expect(JSON.stringify(unknownBody)).toContain("basket-weaving");

    const tooHigh = await api.put("/api/v1/me/assessment", { data: { assessment: { sql: 3, python: 5 } } });
    expect(tooHigh.status()).toBe(400);
    expect((await tooHigh.json()).error.message).toContain("python");

    const saved = await (await api.get("/api/v1/me/assessment")).json();
    expect(saved.assessment).toEqual({ python: 2 });
  });

  test("a PUT merges into the saved assessment and today's snapshot is kept", async ({ page, user }) => {
    void user;
    const api = page.request;
    const first = await api.put("/api/v1/me/assessment", { data: { assessment: { python: 3 } } });
    expect(first.status()).toBe(200);
    const second = await api.put("/api/v1/me/assessment", { data: { assessment: { sql: 2 } } });
    const body = await second.json();
    expect(body.assessment).toEqual({ python: 3, sql: 2 });
    expect(Date.parse(body.updatedAt)).not.toBeNaN();
    expect((await (await api.get("/api/v1/me/assessment")).json()).assessment).toEqual({ python: 3, sql: 2 });

    const { history } = await (await api.get("/api/v1/me/assessment/history")).json();
    const today = new Date().toISOString().slice(0, 10);
    expect(history).toEqual([{ date: today, assessment: { python: 3, sql: 2 } }]);
  });
});

test("the export holds the user's data and no hash", async ({ page, user }) => {
  const api = page.request;
  await api.put("/api/v1/me/profile", { data: { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 7 } });
  await api.put("/api/v1/me/assessment", { data: { assessment: { python: 3 }, notes: { python: "https://example.test/pr/1" } } });
  const response = await api.get("/api/v1/me/export");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="waypoint-export-\d{4}-\d{2}-\d{2}\.json"$/);
  const text = await response.text();
  expect(text).not.toMatch(/hash/i);
  expect(text).not.toContain(user.password);
  const data = JSON.parse(text);
  expect(data.user).toMatchObject({ id: user.id, email: user.email, name: user.name });
  expect(data.profile).toMatchObject({ currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 7 });
  expect(data.assessment).toEqual([expect.objectContaining({ skill: "python", level: 3, note: "https://example.test/pr/1" })]);
  expect(data.history).toHaveLength(1);
});

test("DELETE /me removes the account and every row it owned", async ({ page, user, playwright, baseURL }) => {
  const api = page.request;
  await api.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer" } });
  await api.put("/api/v1/me/assessment", { data: { assessment: { python: 2 } } });
  expect(await rowsOf(user.id)).toMatchObject({ user: 1, profile: 1, assessment_entry: 1, assessment_snapshot: 1, password_credential: 1 });
  const stolenCookies = await page.context().storageState();

  const response = await api.delete("/api/v1/me");
  expect(response.status()).toBe(204);
  expect(await response.text()).toBe("");

  expect((await api.get("/api/v1/me")).status()).toBe(401);
  // The old session cookie, replayed, signs nobody in.
  const replay = await playwright.request.newContext({ baseURL, storageState: stolenCookies });
  expect((await replay.get("/api/v1/me")).status()).toBe(401);
  expect((await replay.get("/api/v1/me/export")).status()).toBe(401);
  await replay.dispose();

  expect(Object.entries(await rowsOf(user.id)).filter(([, n]) => n > 0)).toEqual([]);
  // And the password no longer opens anything.
  await signIn(api, user);
  expect((await api.get("/api/v1/me")).status()).toBe(401);
});
