import type { APIRequestContext } from "@playwright/test";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";

const POSTING = `ML Engineer — Payments Risk

Requirements
- 3+ years of Python in production
- Strong SQL
- Experience deploying models with Docker and Kubernetes

Nice to have
- Familiarity with Spark
`;

const ROLE = {
  name: "ML Engineer @ Acme",
  postingText: POSTING,
  skills: [
    { skill: "python", level: 3, weight: 3, evidence: "Python" },
    { skill: "sql", level: 3, weight: 3, evidence: "SQL" },
    { skill: "model-serving", level: 2, weight: 2 },
  ],
};

async function signedIn(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL?: string) {
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const user = await registerUser(request);
  expect((await signIn(request, user)).status()).toBe(302);
  return request;
}

async function createRole(request: APIRequestContext, body: object = ROLE) {
  const response = await request.post("/api/v1/me/roles", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).role;
}

function expectError(body: { error?: { code?: string; message?: string } }, code: string) {
  expect(body.error?.code).toBe(code);
  expect(typeof body.error?.message).toBe("string");
}

test.describe("job-posting analyzer API", () => {
  test("answers the skills a posting asks for, with evidence that is the matched text", async ({ request }) => {
    const response = await request.post("/api/v1/job-postings/analyze", { data: { text: POSTING } });
    expect(response.status()).toBe(200);
    const { skills } = await response.json();
    const bySlug = new Map(skills.map((s: { skill: string }) => [s.skill, s]));
    expect(bySlug.get("python")).toEqual(
      expect.objectContaining({ skill: "python", name: "Python", level: 3, weight: 3, evidence: "Python", occurrences: [expect.any(Object)] }),
    );
    expect(bySlug.get("sql")).toEqual(expect.objectContaining({ level: 3, weight: 3 }));
    for (const s of skills) {
      expect(POSTING.slice(s.start, s.end)).toBe(s.evidence);
      expect([1, 2, 3, 4]).toContain(s.level);
      expect([1, 2, 3]).toContain(s.weight);
    }
    // A nice-to-have is weighted as one.
    const spark = skills.find((s: { evidence: string }) => s.evidence === "Spark");
    expect(spark?.weight).toBe(1);
  });

  test("Korean postings are read too, and text without skills gives an empty list", async ({ request }) => {
    const korean = await request.post("/api/v1/job-postings/analyze", { data: { text: "자격요건\n- 파이썬 3년 이상 경험\n- SQL 능숙자" } });
    expect(korean.status()).toBe(200);
    expect((await korean.json()).skills.map((s: { skill: string }) => s.skill)).toEqual(expect.arrayContaining(["python", "sql"]));
    expect(korean.headers()["content-language"]).toBe("en");
    const named = await request.post("/api/v1/job-postings/analyze?lang=ko", { data: { text: "자격요건\n- 데이터 시각화 경험" } });
    expect(named.headers()["content-language"]).toBe("ko");
    expect((await named.json()).skills).toEqual([expect.objectContaining({ skill: "data-visualization", name: "데이터 시각화" })]);
    const byHeader = await request.post("/api/v1/job-postings/analyze", { data: { text: "Data visualization" }, headers: { "Accept-Language": "ko-KR" } });
    expect((await byHeader.json()).skills[0]).toMatchObject({ skill: "data-visualization", name: "데이터 시각화" });
    const badLang = await request.post("/api/v1/job-postings/analyze?lang=fr", { data: { text: "Python" } });
    expect(badLang.status()).toBe(400);
    expect((await badLang.json()).error.code).toBe("bad_request");
    const none = await request.post("/api/v1/job-postings/analyze", { data: { text: "We go to market fast; our R&D team loves lunch." } });
    expect(await none.json()).toEqual({ skills: [], titleRoles: [] });
  });

  test("empty, too long, non-string, missing and malformed bodies answer 400; a huge body 413", async ({ request }) => {
    const url = "/api/v1/job-postings/analyze";
    for (const data of [{ text: "" }, { text: "   \n" }, { text: "a".repeat(20_001) }, { text: 42 }, { text: null }, {}, { text: ["Python"] }, [], "text"]) {
      // A bare string goes as a JSON string: JSON that is not an object is the 400 here (text/plain is a 415).
      const response = await request.post(url, typeof data === "string" ? { data: JSON.stringify(data), headers: { "content-type": "application/json" } } : { data });
      expect(response.status(), JSON.stringify(data).slice(0, 40)).toBe(400);
      expectError(await response.json(), "bad_request");
    }
    const malformed = await request.post(url, { data: "{text:", headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    expectError(await malformed.json(), "bad_request");
    const huge = await request.post(url, { data: { text: "a".repeat(70_000) } });
    expect(huge.status()).toBe(413);
    expectError(await huge.json(), "payload_too_large");
    const exact = await request.post(url, { data: { text: `Python ${"a".repeat(19_993)}` } });
    expect(exact.status()).toBe(200);
  });

  test("each client gets 60 analyses a minute, then 429 with Retry-After", async ({ request }) => {
    const url = "/api/v1/job-postings/analyze";
    const answers = await Promise.all(Array.from({ length: 60 }, () => request.post(url, { data: { text: "" } })));
    expect(answers.map((a) => a.status())).toEqual(Array(60).fill(400));
    const limited = await request.post(url, { data: { text: POSTING } });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expectError(await limited.json(), "rate_limited");
  });
});

test.describe("custom roles API", () => {
  test("create, list, read, replace and delete a role; it works as a plan and profile target", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const role = await createRole(request);
    expect(role).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        slug: `custom:${role.id}`,
        name: "ML Engineer @ Acme",
        postingText: POSTING,
        fit: 0,
        skills: [
          { skill: "python", name: "Python", level: 3, weight: 3, evidence: "Python" },
          expect.objectContaining({ skill: "sql", level: 3 }),
          expect.objectContaining({ skill: "model-serving", evidence: null }),
        ],
      }),
    );

    expect((await request.put("/api/v1/me/assessment", { data: { assessment: { python: 3 } } })).status()).toBe(200);
    const listed = (await (await request.get("/api/v1/me/roles")).json()).roles;
    expect(listed).toHaveLength(1);
    const inKorean = await request.get(`/api/v1/me/roles/${role.id}?lang=ko`);
    expect(inKorean.headers()["content-language"]).toBe("ko");
    const koRole = (await inKorean.json()).role;
    expect(koRole.name).toBe("ML Engineer @ Acme");
    expect(koRole.skills.find((s: { skill: string }) => s.skill === "model-serving").name).toBe("모델 서빙");
    expect((await request.get("/api/v1/me/roles?lang=xx")).status()).toBe(400);
    expect(listed[0].fit).toBeGreaterThan(0);
    expect((await (await request.get(`/api/v1/me/roles/${role.id}`)).json()).role.name).toBe("ML Engineer @ Acme");

    const replaced = await request.put(`/api/v1/me/roles/${role.id}`, {
      data: { name: "  MLE @ Acme  ", skills: [{ skill: "python", level: 4, weight: 3 }] },
    });
    expect(replaced.status()).toBe(200);
    const after = (await replaced.json()).role;
    expect(after).toEqual(expect.objectContaining({ name: "MLE @ Acme", postingText: null, skills: [expect.objectContaining({ skill: "python", level: 4 })] }));

    // The role is a target like a catalog one.
    expect((await request.put("/api/v1/me/profile", { data: { targetRole: role.slug } })).status()).toBe(200);
    const plan = await request.post("/api/v1/me/plans", { data: { target: role.slug, hoursPerWeek: 5 } });
    expect(plan.status(), await plan.text()).toBe(201);
    const planId = (await plan.json()).plan.id;
    expect((await (await request.get("/api/v1/me")).json()).profile.targetRole).toBe(role.slug);

    expect((await request.delete(`/api/v1/me/roles/${role.id}`)).status()).toBe(204);
    expect((await request.get(`/api/v1/me/roles/${role.id}`)).status()).toBe(404);
    expect((await request.delete(`/api/v1/me/roles/${role.id}`)).status()).toBe(404);
    expect((await (await request.get("/api/v1/me")).json()).profile.targetRole).toBeNull();
    // The plan keeps its snapshot and says its target is gone.
    const kept = await request.get(`/api/v1/me/plans/${planId}`);
    expect(kept.status()).toBe(200);
    expect((await kept.json()).plan).toEqual(expect.objectContaining({ targetExists: false, targetName: "MLE @ Acme", currentFit: null }));
    expect((await request.post(`/api/v1/me/plans/${planId}/refresh`)).status()).toBe(409);
  });

  test("roles are private: another user gets 404 for every method and never sees them listed", async ({ request, playwright, baseURL }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const role = await createRole(request);
    const other = await signedIn(playwright, baseURL);
    expect((await other.get(`/api/v1/me/roles/${role.id}`)).status()).toBe(404);
    expect((await other.put(`/api/v1/me/roles/${role.id}`, { data: ROLE })).status()).toBe(404);
    expect((await other.put(`/api/v1/me/roles/${role.id}`, { data: { name: "" } })).status()).toBe(404);
    expect((await other.delete(`/api/v1/me/roles/${role.id}`)).status()).toBe(404);
    expect((await (await other.get("/api/v1/me/roles")).json()).roles).toEqual([]);
    expect((await other.post("/api/v1/me/plans", { data: { target: role.slug } })).status()).toBe(400);
    expect((await other.put("/api/v1/me/profile", { data: { targetRole: role.slug } })).status()).toBe(400);
    await other.dispose();
    // Still there, unchanged, for its owner.
    expect((await (await request.get(`/api/v1/me/roles/${role.id}`)).json()).role.name).toBe(ROLE.name);
  });

  test("invalid roles answer 400 and write nothing; malformed ids 404", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    const bad = [
      { ...ROLE, skills: [{ skill: "cobol", level: 3, weight: 3 }] },
      { ...ROLE, skills: [] },
      { ...ROLE, skills: [ROLE.skills[0], ROLE.skills[0]] },
      { ...ROLE, skills: [{ skill: "python", level: 0, weight: 3 }] },
      { ...ROLE, skills: [{ skill: "python", level: 3, weight: 5 }] },
      { ...ROLE, skills: [{ skill: "python", level: "3", weight: 3 }] },
      { ...ROLE, name: "" },
      { ...ROLE, name: "x".repeat(81) },
      { ...ROLE, postingText: "p".repeat(20_001) },
      { skills: ROLE.skills },
      "role",
    ];
    for (const data of bad) {
      const response = await request.post("/api/v1/me/roles", typeof data === "string" ? { data: JSON.stringify(data), headers: { "content-type": "application/json" } } : { data });
      expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
      expectError(await response.json(), "bad_request");
    }
    const unknown = await request.post("/api/v1/me/roles", { data: bad[0] });
    expect((await unknown.json()).error.message).toContain('Unknown skill "cobol"');
    expect((await (await request.get("/api/v1/me/roles")).json()).roles).toEqual([]);

    const role = await createRole(request);
    const refused = await request.put(`/api/v1/me/roles/${role.id}`, { data: { ...ROLE, name: "   " } });
    expect(refused.status()).toBe(400);
    expect((await (await request.get(`/api/v1/me/roles/${role.id}`)).json()).role.name).toBe(ROLE.name);
    for (const id of ["nope", "00000000-0000-0000-0000-000000000000", "..%2F..%2Fplans"]) {
      expect((await request.get(`/api/v1/me/roles/${id}`)).status()).toBe(404);
    }
  });

  test("an account keeps at most 50 roles; the 51st answers 409", async ({ request }) => {
    const user = await registerUser(request);
    await signIn(request, user);
    for (let i = 0; i < 50; i++) {
      const response = await request.post("/api/v1/me/roles", { data: { name: `Role ${i}`, skills: [{ skill: "python", level: 2, weight: 2 }] } });
      expect(response.status()).toBe(201);
    }
    const refused = await request.post("/api/v1/me/roles", { data: ROLE });
    expect(refused.status()).toBe(409);
    expectError(await refused.json(), "conflict");
    expect((await (await request.get("/api/v1/me/roles")).json()).roles).toHaveLength(50);
  });

  test("signed out, every role route answers 401", async ({ request }) => {
    const id = "00000000-0000-0000-0000-000000000000";
    const answers = await Promise.all([
      request.get("/api/v1/me/roles"),
      request.post("/api/v1/me/roles", { data: ROLE }),
      request.get(`/api/v1/me/roles/${id}`),
      request.put(`/api/v1/me/roles/${id}`, { data: ROLE }),
      request.delete(`/api/v1/me/roles/${id}`),
    ]);
    for (const answer of answers) {
      expect(answer.status()).toBe(401);
      expectError(await answer.json(), "unauthorized");
    }
  });
});
