import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";
import { operations } from "./operations";

/** The contract's paths (api-v1.md, version 1 and the 1.1 additions), as `METHOD /path`. */
const CONTRACT = [
  "GET /roles", "GET /roles/{slug}", "GET /skills", "POST /gap", "POST /fit", "POST /roadmap", "POST /job-postings/analyze",
  "POST /register", "GET /me", "PUT /me/profile", "GET /me/assessment", "PUT /me/assessment", "GET /me/assessment/history",
  "GET /me/export", "DELETE /me",
  "GET /me/plans", "POST /me/plans", "GET /me/plans/{id}", "PATCH /me/plans/{id}/items/{skill}", "POST /me/plans/{id}/refresh", "DELETE /me/plans/{id}",
  "POST /me/plans/{id}/share-links", "GET /me/plans/{id}/share-links", "DELETE /me/plans/{id}/share-links/{linkId}",
  "GET /share/{token}", "POST /share/{token}/comments",
  "PATCH /me/plans/{id}", "POST /me/plans/{id}/comments/{commentId}/replies", "GET /me/plans/{id}/calendar.ics",
  "PUT /me/password", "POST /me/sessions/revoke", "POST /password-reset", "POST /password-reset/{token}", "GET /openapi.json",
];

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; security: unknown[] }>>; components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> } };

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    // validate() checks the document against the OpenAPI 3.1 schema and resolves every $ref.
    const api = await SwaggerParser.validate(structuredClone(buildOpenApiDocument()) as never);
    expect((api as { openapi?: string }).openapi).toBe("3.1.0");
  });

  it("describes every path of the contract", () => {
    const doc = buildOpenApiDocument() as Doc;
    const described = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(described).toEqual(expect.arrayContaining(CONTRACT));
    expect(new Set(described).size).toBe(operations.length);
  });

  it("gives every JSON-body operation its request schema and every operation its error answers", () => {
    const doc = buildOpenApiDocument() as Doc;
    for (const op of operations) {
      const described = doc.paths[op.path]![op.method]!;
      if (["post", "put", "patch"].includes(op.method) && op.request) expect(described.requestBody, op.id).toBeDefined();
      const statuses = Object.keys(described.responses).map(Number);
      if (op.auth === "session") expect(statuses, `${op.id} answers 401 signed out`).toContain(401);
      if (op.method !== "get") expect(statuses, `${op.id} refuses cross-site requests`).toContain(403);
      if (op.request) expect(statuses, `${op.id} refuses bad and oversized bodies`).toEqual(expect.arrayContaining([400, 413]));
      expect(described.security.length > 0, op.id).toBe(op.auth === "session");
    }
  });

  it("keeps the contract's field names in the request and answer schemas", () => {
    const { schemas } = (buildOpenApiDocument() as Doc).components;
    const props = (name: string) => Object.keys(schemas[name]?.properties ?? {});
    expect(props("RoadmapRequest")).toEqual(expect.arrayContaining(["assessment", "target", "hoursPerWeek", "startDate"]));
    expect(schemas.RoadmapRequest?.required).toEqual(expect.arrayContaining(["assessment", "target", "hoursPerWeek"]));
    expect(props("Roadmap")).toEqual(expect.arrayContaining(["target", "fit", "totalHours", "weeks", "phases"]));
    expect(props("GapReport")).toEqual(expect.arrayContaining(["target", "fit", "gaps", "met", "unrated"]));
    expect(props("Plan")).toEqual(expect.arrayContaining(["id", "hoursPerWeek", "totalHours", "remainingHours", "weeks", "targetDate", "unrated", "phases"]));
    expect(props("PlanSummary")).toEqual(expect.arrayContaining(["id", "target", "createdAt", "progress", "unreadComments"]));
    expect(props("CreateShareLinkRequest")).toEqual(["label", "expiresInDays", "allowComments"]);
    expect(props("CreatedShareLink")).toEqual(expect.arrayContaining(["id", "url", "expiresAt"]));
    expect(props("Error")).toEqual(["error"]);
  });
});

describe("the validator", () => {
  it("rejects a document that breaks OpenAPI 3.1, so the check above can fail", async () => {
    const broken = structuredClone(buildOpenApiDocument()) as Doc;
    // A path parameter must be required; "in: body" is Swagger 2, not OpenAPI 3.
    (broken.paths["/roles/{slug}"]!.get as { parameters?: unknown[] }).parameters = [{ name: "slug", in: "body", schema: { type: "string" } }];
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
    const dangling = structuredClone(buildOpenApiDocument()) as Doc;
    dangling.paths["/roles"]!.get!.responses["200"] = { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } } };
    await expect(SwaggerParser.validate(dangling as never)).rejects.toThrow();
  });
});

describe("the operation table", () => {
  it("lists every method of every route under app/api/v1", () => {
    const root = path.join(process.cwd(), "app/api/v1");
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts") && !f.includes("[..."));
    const served = routes.flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const template = "/" + path.dirname(file).split(path.sep).map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
      return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${template}`);
    });
    expect(served.length).toBeGreaterThan(30);
    const described = operations.map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(described).toEqual(expect.arrayContaining(served));
  });
});
