import { createHash } from "node:crypto";
import { z } from "zod";
import { roleSlugSchema, skillSlugSchema } from "@/lib/schemas/common";
import { roles } from "@/lib/catalog";
import { langSchema } from "@/lib/i18n/api";
import { operations, type ErrorStatus, type Operation, type Tag } from "./operations";
import * as shape from "./responses";

/**
 * Builds the OpenAPI 3.1 document of /api/v1 from zod schemas with zod 4's own JSON Schema output
 * (draft 2020-12, the dialect OpenAPI 3.1 uses), so no generator library stands between the
 * schemas the handlers parse with and what integrators read.
 */

type JsonSchema = Record<string, unknown>;
type Json = Record<string, unknown>;

export const API_VERSION = "1.1.0";

/** Tag ids are keys of the "apiDocs" messages; the document carries their English names. */
export const TAG_NAMES: Record<Tag, string> = {
  catalog: "Catalog",
  analysis: "Analysis",
  account: "Account",
  plans: "Plans",
  sharing: "Sharing",
  customRoles: "Custom roles",
  discovery: "Discovery",
};

/** Shapes named once and referenced from every answer that holds them. */
const NAMED_SHAPES: Record<string, z.ZodType> = {
  Error: shape.errorBody,
  Role: shape.role,
  Skill: shape.skill,
  Resource: shape.resource,
  Roadmap: shape.roadmap,
  Progress: shape.progress,
  Plan: shape.plan,
  PlanSummary: shape.planSummary,
  User: shape.user,
  Profile: shape.profile,
  ShareLink: shape.shareLink,
  PublicComment: shape.publicComment,
  OwnerComment: shape.ownerComment,
  CustomRole: shape.customRole,
};

export const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "Invalid input (`bad_request`): malformed JSON, a field out of range, an unknown skill or role slug named in the message." },
  401: { name: "Unauthorized", description: "Not signed in (`unauthorized`)." },
  403: { name: "Forbidden", description: "Refused (`forbidden`); every unsafe method refuses cross-site requests." },
  404: { name: "NotFound", description: "No such object for this user (`not_found`); another user's object answers the same." },
  409: { name: "Conflict", description: "Conflicts with what is stored (`conflict`)." },
  413: { name: "PayloadTooLarge", description: "The body is over 64 KiB (`payload_too_large`)." },
  429: { name: "RateLimited", description: "Too many requests (`rate_limited`); `Retry-After` says when to try again." },
};

/** What a refinement checks cannot be said in JSON Schema; the reader gets it in words (and the role slugs as a list). */
const SLUG_NOTES = new Map<z.core.$ZodType, JsonSchema>([
  [roleSlugSchema, { description: "One of the catalog's role slugs (GET /roles); another answers 400 naming it.", enum: roles.map((r) => r.slug) }],
  [skillSlugSchema, { description: "A catalog skill slug (GET /skills); another answers 400 naming it." }],
]);

function annotate(zodSchema: z.core.$ZodType, jsonSchema: JsonSchema): void {
  const description = z.globalRegistry.get(zodSchema)?.description;
  if (description && !jsonSchema.description) jsonSchema.description = description;
  Object.assign(jsonSchema, SLUG_NOTES.get(zodSchema));
  // z.int() is a safe integer; the bounds it writes for that say nothing to a reader.
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
}

const without = (schema: JsonSchema, keys: string[]) => Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * Component schemas of one registry. Descriptions set with `.describe()` live in zod's global
 * registry, not in ours, so they are copied over. The `$id` zod gives each entry is dropped: it
 * would be a fragment-only id, which JSON Schema 2020-12 does not allow.
 */
function componentSchemas(entries: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(entries)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      annotate(zodSchema, jsonSchema);
      // Answers may gain fields (the contract says so): the document does not forbid them.
      if (io === "output" && jsonSchema.type === "object" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, without(schema as JsonSchema, ["$schema", "$id"])]),
  );
}

function inlineSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override: ({ zodSchema, jsonSchema }) => annotate(zodSchema, jsonSchema) });
  return without(json as JsonSchema, ["$schema"]);
}

function collect(pick: (op: Operation) => { name: string; schema: z.ZodType } | undefined): Record<string, z.ZodType> {
  const named: Record<string, z.ZodType> = {};
  for (const op of operations) {
    const entry = pick(op);
    if (!entry) continue;
    if (named[entry.name] && named[entry.name] !== entry.schema) throw new Error(`Two schemas are named ${entry.name}.`);
    named[entry.name] = entry.schema;
  }
  return named;
}

function successBody(op: Operation) {
  const body = op.success.body;
  return body && "schema" in body ? body : undefined;
}

function operationObject(op: Operation): Json {
  const pathParams = (op.params ?? []).map((p) => ({ name: p.name, in: "path", required: true, description: p.description, schema: inlineSchema(p.schema) }));
  const parameters = [...pathParams, ...(op.localized ? [{ $ref: "#/components/parameters/Lang" }] : [])];
  const body = op.success.body;
  const success: Json = { description: op.success.description };
  if (body) {
    success.content = { [("mediaType" in body && body.mediaType) || "application/json"]: { schema: "schema" in body ? ref(body.name) : {} } };
  }
  const headers: Json = {};
  if (op.cache) headers["Cache-Control"] = { description: op.cache, schema: { type: "string" } };
  if (op.localized) headers["Content-Language"] = { description: "The language of names and descriptions.", schema: { type: "string", enum: ["en", "ko"] } };
  if (Object.keys(headers).length) success.headers = headers;

  const responses: Json = { [String(op.success.status)]: success };
  for (const status of op.errors) {
    const note = op.errorNotes?.[status];
    responses[String(status)] = note
      ? { description: note, content: { "application/json": { schema: ref("Error") } }, ...(status === 429 && { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } }) }
      : { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  }
  return {
    operationId: op.id,
    summary: op.summary,
    tags: [TAG_NAMES[op.tag]],
    "x-waypoint-origin": op.origin,
    ...(parameters.length && { parameters }),
    ...(op.request && { requestBody: { required: true, content: { "application/json": { schema: ref(op.request.name) } } } }),
    responses,
    security: op.auth === "session" ? [{ session: [] }] : [],
  };
}

export function buildOpenApiDocument(): Json {
  const requests = collect((op) => op.request);
  const answers = { ...NAMED_SHAPES, ...collect(successBody) };
  const schemas = { ...componentSchemas(requests, "input"), ...componentSchemas(answers, "output") };

  const paths: Record<string, Json> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);

  const responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description }) => [
      name,
      {
        description,
        content: { "application/json": { schema: ref("Error") } },
        ...(name === "RateLimited" && { headers: { "Retry-After": { $ref: "#/components/headers/RetryAfter" } } }),
      },
    ]),
  );

  return {
    openapi: "3.1.0",
    info: {
      title: "Waypoint API",
      version: API_VERSION,
      description:
        "Career paths between data and ML jobs: the role catalog, fit and gap, roadmaps, personal plans and share links. " +
        "JSON in and out, UTF-8. Levels are integers 0..4, weights 1..3; an assessment is `{skillSlug: level}` and a skill left out counts as 0. " +
        "Every 4xx answers `{error:{code,message,issues?}}`; bodies over 64 KiB get 413. Sign in through Auth.js (GET /api/auth/csrf, then POST /api/auth/callback/credentials); " +
        "the session cookie then authorizes the /me routes.",
    },
    servers: [{ url: "/api/v1" }],
    tags: Object.values(TAG_NAMES).map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses,
      parameters: {
        Lang: {
          name: "lang",
          in: "query",
          required: false,
          description: "Language of names and descriptions; else Accept-Language, else English. Slugs and numbers never change. Another value is a 400.",
          schema: inlineSchema(langSchema.unwrap()),
        },
      },
      headers: {
        RetryAfter: { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 1 } },
      },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The Auth.js session cookie (`__Secure-authjs.session-token` over https), set by signing in.",
        },
      },
    },
  };
}

let cached: { document: Json; text: string; etag: string } | undefined;

/** The document never changes while the server runs: built once, served from memory. */
export function openApiDocument() {
  if (!cached) {
    const document = buildOpenApiDocument();
    const text = JSON.stringify(document);
    cached = { document, text, etag: `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"` };
  }
  return cached;
}
