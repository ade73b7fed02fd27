import type { APIRequestContext, APIResponse } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { clientIp, expect, expectAccessible, registerUser, signIn, test } from "./fixtures";

/**
 * Live answers against the served OpenAPI document: every answer below must match the schema the
 * document gives for its path, method and status, and every request body we send must match the
 * document's request schema. Objects are checked closed here (no field the document does not
 * name), so a field added to a handler without its description fails this test.
 */

type Schema = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, Schema> }>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Schema> };
}

/** Fields of the contract the document requires but the server does not send yet (none now). */
const PENDING_1_1: Record<string, string[]> = {};

/** Closes every object that names its properties, recursively, leaving records (additionalProperties set) alone. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== "object") return schema;
  const out: Schema = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === "enum" || k === "const" ? v : closed(v)]));
  if (out.type === "object" && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

class Checker {
  private ajv = new Ajv2020({ allErrors: true, strict: false });
  constructor(private doc: Doc) {
    addFormats(this.ajv);
    const schemas = structuredClone(doc.components.schemas);
    for (const [name, fields] of Object.entries(PENDING_1_1)) {
      const schema = schemas[name] as { required?: string[] };
      schema.required = schema.required?.filter((f) => !fields.includes(f));
    }
    this.ajv.addSchema({ $id: "doc", components: { schemas: closed(schemas) } });
  }

  private operation(method: string, path: string) {
    const op = this.doc.paths[path]?.[method.toLowerCase()];
    expect(op, `${method} ${path} is in the document`).toBeDefined();
    return op!;
  }

  private validate(schema: Schema, value: unknown, what: string) {
    // Component refs point into the document registered above as "doc".
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/');
    const validate = this.ajv.compile(JSON.parse(text));
    expect(validate(value) ? [] : validate.errors, what).toEqual([]);
  }

  request(method: string, path: string, body: unknown) {
    const schema = this.operation(method, path).requestBody?.content["application/json"]?.schema;
    expect(schema, `${method} ${path} takes a JSON body`).toBeDefined();
    this.validate(schema!, body, `request of ${method} ${path}`);
  }

  /** Checks the answer against the document and returns its body. */
  async answer(method: string, path: string, response: APIResponse): Promise<unknown> {
    const status = String(response.status());
    let described = this.operation(method, path).responses[status];
    expect(described, `${method} ${path} documents a ${status}: ${status === "200" || status === "201" ? "" : await response.text()}`).toBeDefined();
    if (typeof described!.$ref === "string") described = this.doc.components.responses[(described!.$ref as string).split("/").pop()!];
    const content = described!.content as Record<string, { schema: Schema }> | undefined;
    if (!content) {
      expect(await response.body(), `${method} ${path} ${status} has no body`).toHaveLength(0);
      return undefined;
    }
    const [mediaType, { schema }] = Object.entries(content)[0]!;
    expect(response.headers()["content-type"], `${method} ${path}`).toContain(mediaType);
    if (mediaType !== "application/json") return response.text();
    const body = await response.json();
    this.validate(schema, body, `${status} of ${method} ${path}`);
    return body;
  }
}

async function loadDocument(request: APIRequestContext): Promise<Doc> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  return response.json();
}

/** Sends a JSON request, checks its body and the answer against the document. */
function caller(request: APIRequestContext, check: Checker) {
  return async (method: string, template: string, path: string, body?: unknown, expected?: number) => {
    if (body !== undefined) check.request(method, template, body);
    const response = await request.fetch(`/api/v1${path}`, { method, ...(body !== undefined && { data: body }) });
    if (expected !== undefined) expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(expected);
    return (await check.answer(method, template, response)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

test.describe("the OpenAPI document", () => {
  test("is served to anyone as cacheable JSON, with a 304 for a copy already held", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json", { headers: { Cookie: "" } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toContain("application/json");
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const etag = headers["etag"];
    expect(etag).toMatch(/^".+"$/);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/me/plans/{id}/items/{skill}");
    const again = await request.get("/api/v1/openapi.json", { headers: { "If-None-Match": etag! } });
    expect(again.status()).toBe(304);
  });

  test("public answers and errors match it", async ({ request }) => {
    const check = new Checker(await loadDocument(request));
    const call = caller(request, check);
    const assessment = { python: 3, sql: 2, statistics: 4, "classical-ml": 3 };

    await call("GET", "/roles", "/roles", undefined, 200);
    await call("GET", "/roles", "/roles?lang=ko", undefined, 200);
    await call("GET", "/roles/{slug}", "/roles/ml-engineer", undefined, 200);
    await call("GET", "/roles/{slug}", "/roles/astronaut", undefined, 404);
    await call("GET", "/skills", "/skills", undefined, 200);
    await call("GET", "/skills", "/skills?lang=xx", undefined, 400);
    await call("POST", "/gap", "/gap", { assessment, target: "ml-engineer" }, 200);
    await call("POST", "/gap", "/gap", { assessment: { astrology: 2 }, target: "ml-engineer" }, 400);
    await call("POST", "/fit", "/fit", { assessment }, 200);
    const roadmap = await call("POST", "/roadmap", "/roadmap", { assessment, target: "ml-engineer", hoursPerWeek: 10, startDate: "2026-01-05" }, 200);
    expect(roadmap.phases.length).toBeGreaterThan(0);
    await call("POST", "/job-postings/analyze", "/job-postings/analyze", { text: "We want strong Python, SQL and Kubernetes; PyTorch a plus." }, 200);

    // 413 and a cross-site refusal, both in the document's error shape.
    const big = await request.post("/api/v1/fit", { data: { assessment: {}, pad: "x".repeat(70_000) } });
    expect(big.status()).toBe(413);
    await check.answer("POST", "/fit", big);
    const foreign = await request.post("/api/v1/gap", { data: { assessment, target: "ml-engineer" }, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(foreign.status()).toBe(403);
    await check.answer("POST", "/gap", foreign);
  });

  test("account, plan, sharing and custom-role answers match it", async ({ request, playwright, baseURL }) => {
    const check = new Checker(await loadDocument(request));
    const call = caller(request, check);
    await call("GET", "/me", "/me", undefined, 401);

    const user = await registerUser(request);
    expect((await signIn(request, user)).status()).toBe(302);
    await call("GET", "/me", "/me", undefined, 200);
    await call("PUT", "/me/profile", "/me/profile", { targetRole: "ml-engineer", hoursPerWeek: 8 }, 200);
    await call("GET", "/me/profile", "/me/profile", undefined, 200);
    await call("PUT", "/me/assessment", "/me/assessment", { assessment: { python: 2, statistics: 4, "classical-ml": 3 }, notes: { python: "scripts only" } }, 200);
    await call("GET", "/me/assessment", "/me/assessment", undefined, 200);
    await call("GET", "/me/assessment/history", "/me/assessment/history", undefined, 200);

    const role = (await call("POST", "/me/roles", "/me/roles", { name: "MLE @ Acme", skills: [{ skill: "python", level: 3, weight: 3, evidence: "strong Python" }], postingText: "strong Python" }, 201)).role;
    await call("GET", "/me/roles", "/me/roles", undefined, 200);
    await call("GET", "/me/roles/{id}", `/me/roles/${role.id}`, undefined, 200);
    await call("PUT", "/me/roles/{id}", `/me/roles/${role.id}`, { name: "MLE @ Acme", skills: [{ skill: "sql", level: 2, weight: 2 }] }, 200);

    const plan = (await call("POST", "/me/plans", "/me/plans", { target: "ml-engineer", hoursPerWeek: 10 }, 201)).plan;
    const planPath = `/me/plans/${plan.id}`;
    const skill = plan.phases[0].items[0].skill as string;
    await call("GET", "/me/plans", "/me/plans", undefined, 200);
    await call("GET", "/me/plans/{id}", planPath, undefined, 200);
    await call("GET", "/me/plans/{id}", "/me/plans/not-a-plan", undefined, 404);
    await call("PATCH", "/me/plans/{id}", planPath, { title: "Towards MLE" }, 200);
    await call("PATCH", "/me/plans/{id}/items/{skill}", `${planPath}/items/${skill}`, { status: "doing" }, 200);
    await call("POST", "/me/plans/{id}/refresh", `${planPath}/refresh`, undefined, 200);
    expect(await call("GET", "/me/plans/{id}/markdown", `${planPath}/markdown`, undefined, 200)).toContain("#");
    expect(await call("GET", "/me/plans/{id}/calendar.ics", `${planPath}/calendar.ics`, undefined, 200)).toContain("BEGIN:VCALENDAR");
    await call("GET", "/me/plans/{id}/calendar.ics", "/me/plans/not-a-plan/calendar.ics", undefined, 404);

    const link = await call("POST", "/me/plans/{id}/share-links", `${planPath}/share-links`, { label: "mentor", expiresInDays: 30, allowComments: true }, 201);
    await call("GET", "/me/plans/{id}/share-links", `${planPath}/share-links`, undefined, 200);
    const token = new URL(link.url).pathname.split("/").pop()!;

    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const asMentor = caller(mentor, check);
    await asMentor("POST", "/share/{token}/comments", `/share/${token}/comments`, { author: "Lee", body: "Start with the serving project.", skill }, 201);
    await asMentor("POST", "/share/{token}/suggestions", `/share/${token}/suggestions`, { author: "Lee", skill, level: 3, reason: "Shipped two services with me." }, 201);
    await asMentor("GET", "/share/{token}", `/share/${token}`, undefined, 200);
    await mentor.dispose();

    const { comments } = await call("GET", "/me/plans/{id}/comments", `${planPath}/comments`, undefined, 200);
    const suggestion = comments.find((c: { suggestedLevel: number | null }) => c.suggestedLevel !== null);
    await call("PATCH", "/me/plans/{id}/comments/{commentId}", `${planPath}/comments/${suggestion.id}`, { suggestion: "dismissed" }, 200);
    await call("DELETE", "/me/plans/{id}/comments/{commentId}", `${planPath}/comments/${suggestion.id}`, undefined, 204);
    await call("DELETE", "/me/plans/{id}/share-links/{linkId}", `${planPath}/share-links/${link.id}`, undefined, 204);
    await call("GET", "/share/{token}", `/share/${token}`, undefined, 404);

    await call("GET", "/me/export", "/me/export", undefined, 200);
    await call("DELETE", "/me/roles/{id}", `/me/roles/${role.id}`, undefined, 204);
    await call("DELETE", "/me/plans/{id}", planPath, undefined, 204);
    await call("DELETE", "/me", "/me", undefined, 204);
  });
});

test.describe("the /api page", () => {
  // A long reference page: the accessibility scan alone takes tens of seconds on a busy machine.
  test.slow();
  test("renders the document for people: every operation, its shapes and errors, accessible on a phone", async ({ page, request }) => {
    const doc = await loadDocument(request);
    await page.setViewportSize({ width: 390, height: 844 });
    const response = await page.goto("/api");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "The Waypoint JSON API" })).toBeVisible();
    const operationCount = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    await expect(page.locator("article[id] h3 code.break-all")).toHaveCount(operationCount);
    const createPlan = page.locator("article#createPlan");
    await expect(createPlan).toContainText("/api/v1/me/plans");
    await expect(createPlan).toContainText("Needs sign-in");
    await createPlan.getByText("Request body").click();
    await createPlan.getByText("Answer 201").click();
    await expect(createPlan.getByText("hoursPerWeek")).toBeVisible();
    await expect(createPlan.getByText("401", { exact: true })).toBeVisible();
    await createPlan.getByRole("link", { name: "Plan", exact: true }).click();
    await expect(page.locator("#shape-Plan")).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no sideways scrolling at 390 px").toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });

  test.describe("in Korean", () => {
    test.use({ locale: "ko-KR" });
    test("has Korean chrome around the same operations", async ({ page }) => {
      await page.goto("/api");
      await expect(page.locator("html")).toHaveAttribute("lang", "ko");
      await expect(page.getByRole("heading", { level: 2, name: "기본 사항" })).toBeVisible();
      await expect(page.locator("article#createPlan")).toContainText("로그인 필요");
      await expectAccessible(page);
    });
  });
});
