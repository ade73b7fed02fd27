// Malformed and hostile requests over every endpoint, shared by `npm run test:fuzz` (thousands)
// and e2e/fuzz.spec.ts (a few hundred). Every request here must be refused: a 5xx, a stack trace,
// a 2xx on a mutation, or one user reaching another's objects is a finding.
import { createHash, randomBytes } from "node:crypto";
import { api, registerAndSignIn, seedPlanWithShare, testIp, type Account } from "./client";

export interface FuzzWorld {
  a: Account;
  b: Account;
  aPlan: string;
  aLink: string;
  aToken: string;
  aComment: string;
  bPlan: string;
}

/** Two users: A owns a plan with a share link and a mentor's suggestion; B owns a plan of their own. */
export async function buildWorld(base: string): Promise<FuzzWorld> {
  const a = await registerAndSignIn(base, "fuzz-a");
  const b = await registerAndSignIn(base, "fuzz-b");
  const aShare = await seedPlanWithShare(base, a);
  const bShare = await seedPlanWithShare(base, b, "data-engineer");
  const plan = await api(base, "GET", `/api/v1/me/plans/${aShare.planId}`, { account: a });
  const skill = plan.body.plan.phases[0].items[0].skill as string;
  const suggestion = await api(base, "POST", `/api/v1/share/${aShare.token}/suggestions`, {
    body: { author: "Mentor", skill, level: 4, reason: "Has shipped this in production." },
  });
  if (suggestion.status !== 201) throw new Error(`suggestion: ${suggestion.status} ${JSON.stringify(suggestion.body)}`);
  const comments = await api(base, "GET", `/api/v1/me/plans/${aShare.planId}/comments`, { account: a });
  const aComment = comments.body.comments?.[0]?.id as string;
  if (!aComment) throw new Error("fuzz world: the suggestion did not arrive");
  return { a, b, aPlan: aShare.planId, aLink: aShare.linkId, aToken: aShare.token, aComment, bPlan: bShare.planId };
}

/**
 * A digest of everything A and B own (other tests may write elsewhere in the same database).
 * `query` runs SQL with `?` values on SQLite or PostgreSQL (e2e/db.ts), hence `"user"` quoted.
 */
export async function worldFingerprint(query: (sql: string, params?: unknown[]) => Promise<unknown[]>, world: FuzzWorld): Promise<string> {
  const hash = createHash("sha256");
  const users = [world.a.id, world.b.id];
  const plans = [world.aPlan, world.bPlan];
  const statements: [string, string[]][] = [];
  const q = (sql: string, ...params: string[][]) => void statements.push([sql, params.flat()]);
  const u = "(?, ?)";
  q(`SELECT * FROM "user" WHERE id IN ${u} ORDER BY id`, users);
  q(`SELECT * FROM password_credential WHERE user_id IN ${u} ORDER BY user_id`, users);
  q(`SELECT * FROM profile WHERE user_id IN ${u} ORDER BY user_id`, users);
  q(`SELECT * FROM assessment_entry WHERE user_id IN ${u} ORDER BY user_id, skill`, users);
  q(`SELECT * FROM assessment_snapshot WHERE user_id IN ${u} ORDER BY user_id, day`, users);
  q(`SELECT * FROM custom_role WHERE user_id IN ${u} ORDER BY id`, users);
  q(`SELECT * FROM plan WHERE user_id IN ${u} ORDER BY id`, users);
  q(`SELECT * FROM plan_item_status WHERE plan_id IN ${u} ORDER BY plan_id, skill`, plans);
  q(`SELECT * FROM share_link WHERE plan_id IN ${u} ORDER BY id`, plans);
  q(`SELECT * FROM comment WHERE plan_id IN ${u} ORDER BY id`, plans);
  q(`SELECT count(*) AS n FROM "user" WHERE email LIKE 'fuzz-new-%'`);
  for (const [sql, params] of statements) hash.update(JSON.stringify(await query(sql, params)));
  return hash.digest("hex");
}

interface Case {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Blob;
  /** Whose data must not leak into the answer (B's request on A's object). */
  foreign?: boolean;
}

export interface Finding {
  label: string;
  method: string;
  path: string;
  status: number;
  problem: string;
  /** The start of the body sent, to reproduce a finding. */
  sample: string;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Any JSON object is a valid body where every field is optional (unknown fields are ignored). */
function isJsonObject(body: string | Blob): boolean {
  try {
    const value: unknown = typeof body === "string" ? JSON.parse(body) : undefined;
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Wrong values by the type the field wants, so every one of them is invalid for that field; null is
 * left out where the API gives it a meaning (expiresInDays: null is "never expires", targetRole: null clears the target).
 */
function badValueFor(valid: unknown, pick: <T>(items: readonly T[]) => T, nullOk = false): unknown {
  const common = [...(nullOk ? [] : [null]), [], [1, 2], { $gt: "" }];
  if (typeof valid === "string") return pick([...common, true, 0, -1, 1.5, 1e308, {}, "x".repeat(25_000)]);
  if (typeof valid === "number") return pick([...common, true, "5", "NaN", -1, 1.5, 1e308, -1e308, {}, "' OR 1=1 --"]);
  if (typeof valid === "boolean") return pick([...common, 0, 1, "true", {}, "<script>alert(1)</script>"]);
  // A known skill with a value of the valid record's own kind is still valid (notes are strings,
  // levels numbers), so only the other kind counts as broken.
  const kind = typeof Object.values((valid ?? {}) as object)[0];
  const wrongKind = [{ python: 9 }, { python: "3" }].filter((record) => typeof record.python !== kind);
  return pick([...common, true, 0, "x", ...wrongKind, { "no-such-skill": 1 }, { "../../etc/passwd": 1 }]);
}

const BAD_BODIES: (string | Blob)[] = [
  "", "{", "}", "{\"a\":", "null", "[]", "\"text\"", "123", "true", "{\"__proto__\":{\"polluted\":1}}", "{\"constructor\":{\"prototype\":{}}}",
  "[".repeat(5000) + "]".repeat(5000), "{\"assessment\":" + "[".repeat(3000) + "]".repeat(3000) + "}", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "\u0000\u0001\u0002", "\xff\xfe\xfd",
  new Blob([new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28])]), "a=1&b=2", "--boundary\r\nContent-Disposition: form-data; name=x\r\n\r\ny\r\n--boundary--",
];

const BAD_IDS = [
  "", "%00", "..%2F..%2Fme", "%2e%2e%2f%2e%2e%2fme", "..", "' OR '1'='1", "x".repeat(3000), "%ZZ", "ü", "%F0%9F%99%82", "null", "undefined",
  "00000000-0000-0000-0000-000000000000", "1;DROP TABLE plan", "%0d%0aSet-Cookie:%20x=1", "[object Object]", "-1", "0x1",
];

function badTokens(world: FuzzWorld): string[] {
  return [
    randomBytes(32).toString("base64url"), world.aLink, world.aToken.slice(0, 42), world.aToken + "A", world.aToken.toUpperCase(),
    encodeURIComponent(world.aToken + "/../x"), "..%2F..%2Fapi%2Fv1%2Fme", "%00", "x".repeat(2000), createHash("sha256").update(world.aToken).digest("hex"),
  ];
}

/** The mutations and their bodies: a valid template per endpoint, so one field at a time can be broken. */
function mutations(world: FuzzWorld, plan: string, comment: string, link: string, token: string) {
  return [
    { method: "PUT", path: "/api/v1/me/profile", valid: { hoursPerWeek: 9, targetRole: "data-scientist" }, emptyOk: true, nullOk: ["targetRole"] },
    { method: "PUT", path: "/api/v1/me/assessment", valid: { assessment: { python: 1 }, notes: { python: "fuzz" } } },
    { method: "POST", path: "/api/v1/me/plans", valid: { target: "data-scientist", hoursPerWeek: 5 } },
    { method: "PATCH", path: `/api/v1/me/plans/${plan}`, valid: { title: "Renamed by fuzz" } },
    { method: "PATCH", path: `/api/v1/me/plans/${plan}/items/python`, valid: { status: "done" } },
    { method: "POST", path: `/api/v1/me/plans/${plan}/share-links`, valid: { label: "fuzz", expiresInDays: 3, allowComments: false }, emptyOk: true, nullOk: ["expiresInDays"] },
    { method: "PATCH", path: `/api/v1/me/plans/${plan}/comments/${comment}`, valid: { suggestion: "accepted" } },
    { method: "POST", path: `/api/v1/share/${token}/comments`, valid: { author: "Fuzz", body: "hello", skill: "python" }, anonymous: true },
    { method: "POST", path: `/api/v1/share/${token}/suggestions`, valid: { author: "Fuzz", skill: "python", level: 2, reason: "why" }, anonymous: true },
    { method: "POST", path: "/api/v1/register", valid: { email: `fuzz-new-${randomBytes(4).toString("hex")}@example.test`, password: "a long enough password 1", name: "N" }, anonymous: true },
    { method: "POST", path: "/api/v1/gap", valid: { assessment: { python: 2 }, target: "ml-engineer" }, anonymous: true, readOnly: true },
    { method: "POST", path: "/api/v1/fit", valid: { assessment: { python: 2 } }, anonymous: true, readOnly: true },
    { method: "POST", path: "/api/v1/roadmap", valid: { assessment: { python: 2 }, target: "ml-engineer", hoursPerWeek: 5 }, anonymous: true, readOnly: true },
    { method: "POST", path: "/api/v1/job-postings/analyze", valid: { text: "We need Python and SQL." }, anonymous: true, readOnly: true },
    // Accounts (contract 1.1): every generated body breaks a field, so none of these can succeed.
    { method: "PUT", path: "/api/v1/me/password", valid: { currentPassword: world.a.password, newPassword: "fuzz changed phrase 1" } },
    { method: "POST", path: "/api/v1/password-reset", valid: { email: "fuzz-nobody@example.test" }, anonymous: true },
    { method: "POST", path: `/api/v1/password-reset/${token}`, valid: { newPassword: "fuzz reset phrase 1" }, anonymous: true },
  ] as { method: string; path: string; valid: Record<string, unknown>; anonymous?: boolean; readOnly?: boolean; emptyOk?: boolean; nullOk?: string[] }[];
}

/** Mutations that a valid body would carry out on A's objects; B and strangers must all be refused. */
function foreignWrites(world: FuzzWorld) {
  const p = world.aPlan;
  return [
    ["GET", `/api/v1/me/plans/${p}`], ["GET", `/api/v1/me/plans/${p}/markdown`], ["GET", `/api/v1/me/plans/${p}/comments`],
    ["GET", `/api/v1/me/plans/${p}/share-links`], ["PATCH", `/api/v1/me/plans/${p}`, { title: "Taken over" }],
    ["PATCH", `/api/v1/me/plans/${p}/items/python`, { status: "done" }], ["POST", `/api/v1/me/plans/${p}/refresh`],
    ["POST", `/api/v1/me/plans/${p}/share-links`, { label: "stolen" }], ["DELETE", `/api/v1/me/plans/${p}/share-links/${world.aLink}`],
    ["PATCH", `/api/v1/me/plans/${p}/comments/${world.aComment}`, { suggestion: "accepted" }],
    ["DELETE", `/api/v1/me/plans/${p}/comments/${world.aComment}`], ["DELETE", `/api/v1/me/plans/${p}`],
    ["PATCH", `/api/v1/me/plans/${world.bPlan}/comments/${world.aComment}`, { suggestion: "accepted" }],
    ["DELETE", `/api/v1/me/plans/${world.bPlan}/comments/${world.aComment}`], ["DELETE", `/api/v1/me/plans/${world.bPlan}/share-links/${world.aLink}`],
    ["GET", `/plans/${p}`], ["GET", `/gap/custom:${p}`],
  ] as [string, string, unknown?][];
}

const PAGES = ["/", "/about", "/roles", "/roles/ml-engineer", "/check", "/compare", "/signin", "/signup", "/dashboard", "/plans", "/assessment", "/profile", "/settings", "/onboarding", "/gap/ml-engineer"];
const PROTECTED = ["/dashboard", "/plans", "/assessment", "/profile", "/settings", "/onboarding", "/gap/ml-engineer", "/api/v1/me", "/api/v1/me/export", "/api/v1/me/plans", "/api/v1/me/assessment"];

export function generateCases(world: FuzzWorld, count: number, seed = 1): Case[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const json = { "content-type": "application/json" };
  const as = (account?: Account) => ({ "x-forwarded-for": account?.ip ?? testIp(), ...(account && { cookie: account.cookie }) });
  const cases: Case[] = [];
  const tokens = badTokens(world);

  const generators: (() => Case)[] = [
    // A well-formed request with one field broken, as the owner (or anonymously for public routes).
    () => {
      const m = pick(mutations(world, world.aPlan, world.aComment, world.aLink, pick(tokens)));
      const body: Record<string, unknown> = { ...m.valid };
      const keys = Object.keys(body);
      const key = pick(keys);
      if (rand() < 0.2) delete body[key];
      else body[key] = badValueFor(m.valid[key], pick, m.nullOk?.includes(key));
      // Dropping an optional field leaves a valid body: break another one as well.
      const other = keys.find((k) => k !== key);
      if (other) body[other] = badValueFor(m.valid[other], pick, m.nullOk?.includes(other));
      return { label: `bad field ${key}`, method: m.method, path: m.path, headers: { ...json, ...as(m.anonymous ? undefined : world.a) }, body: JSON.stringify(body) };
    },
    // Bodies that are not the JSON object asked for at all, with assorted content types.
    () => {
      const m = pick(mutations(world, world.aPlan, world.aComment, world.aLink, world.aToken));
      const type = pick(["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=boundary", "application/json; charset=utf-16", ""]);
      return { label: "bad body", method: m.method, path: m.path, headers: { ...(type && { "content-type": type }), ...as(m.anonymous ? undefined : world.a) }, body: pick(BAD_BODIES.filter((b) => !(m.emptyOk && isJsonObject(b)))) };
    },
    // Huge bodies: over the 64 KiB limit, with and without an honest Content-Length.
    () => {
      const m = pick(mutations(world, world.aPlan, world.aComment, world.aLink, world.aToken));
      const size = pick([70 * 1024, 300 * 1024, 2 * 1024 * 1024]);
      const body = JSON.stringify({ ...m.valid, padding: "x".repeat(size) });
      return { label: `huge body ${size}`, method: m.method, path: m.path, headers: { ...json, ...as(m.anonymous ? undefined : world.a) }, body };
    },
    // Bad ids in every id position, as the owner.
    () => {
      const id = pick(BAD_IDS);
      const [method, path, body] = pick([
        ["GET", `/api/v1/me/plans/${id}`], ["PATCH", `/api/v1/me/plans/${id}/items/python`, { status: "done" }],
        ["PATCH", `/api/v1/me/plans/${world.aPlan}/items/${id}`, { status: "done" }], ["DELETE", `/api/v1/me/plans/${id}`],
        ["DELETE", `/api/v1/me/plans/${world.aPlan}/share-links/${id}`], ["PATCH", `/api/v1/me/plans/${world.aPlan}/comments/${id}`, { suggestion: "accepted" }],
        ["DELETE", `/api/v1/me/plans/${world.aPlan}/comments/${id}`], ["GET", `/api/v1/roles/${id}`], ["GET", `/plans/${id}`], ["GET", `/gap/${id}`],
        ["GET", `/api/v1/me/plans/${id}/markdown`], ["POST", `/api/v1/me/plans/${id}/refresh`], ["GET", `/roles/${id}`],
      ] as [string, string, unknown?][]);
      return { label: "bad id", method, path, headers: { ...json, ...as(world.a) }, body: body === undefined ? undefined : JSON.stringify(body) };
    },
    // Bad share tokens on the page and the API.
    () => {
      const token = pick(tokens);
      const [method, path, body] = pick([
        ["GET", `/share/${token}`], ["GET", `/api/v1/share/${token}`], ["POST", `/api/v1/share/${token}/comments`, { author: "x", body: "y" }],
        ["POST", `/api/v1/share/${token}/suggestions`, { author: "x", skill: "python", level: 3, reason: "y" }],
      ] as [string, string, unknown?][]);
      return { label: "bad token", method, path, headers: { ...json, ...as() }, body: body === undefined ? undefined : JSON.stringify(body) };
    },
    // User B (and forged sessions) on A's objects with valid bodies.
    () => {
      const [method, path, body] = pick(foreignWrites(world));
      const who = pick(["b", "b", "b", "forged", "tampered"]);
      const cookie =
        who === "b" ? world.b.cookie : who === "forged" ? `authjs.session-token=${randomBytes(120).toString("base64url")}` : world.a.cookie.slice(0, -3) + "abc";
      return { label: `cross-user (${who})`, method, path, headers: { ...json, "x-forwarded-for": world.b.ip, cookie }, body: body === undefined ? undefined : JSON.stringify(body), foreign: true };
    },
    // A's own cookie, sent by a foreign page: Origin or Fetch Metadata say cross-site.
    () => {
      const m = pick(mutations(world, world.aPlan, world.aComment, world.aLink, world.aToken).filter((x) => !x.anonymous));
      const header = pick([{ origin: "https://evil.example" }, { origin: "http://127.0.0.1.evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "not a url" }]);
      return { label: "cross-site", method: m.method, path: m.path, headers: { ...json, ...as(world.a), ...header }, body: JSON.stringify(m.valid) };
    },
    // Signed out: every protected page and route, with the middleware-bypass header some try.
    () => {
      const path = pick(PROTECTED);
      const bypass = pick(["middleware", "middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware", "pages/_middleware"]);
      return { label: "x-middleware-subrequest", method: pick(["GET", "GET", "DELETE"]), path, headers: { ...as(), "x-middleware-subrequest": bypass } };
    },
    // Path tricks on pages and routes.
    () => {
      const path = pick([
        "/api/v1/me/../me", "/api/v1//me", "/api/v1/%2e%2e/v1/me", "/api/v1/me%2f..%2f..%2fskills", "/share/..%2F..%2Fdashboard", "/share/%2e%2e",
        "/_next/../dashboard", "/api/v1/skills%00", "/api/v1/" + "a/".repeat(200), "/roles/" + "%2e%2e%2f".repeat(20), "/%5c%5cevil.example",
        "//evil.example/", "/api/v1/me/plans/%252e%252e", "/.env", "/../package.json", "/api/v1/roles?slug[]=x&slug[$ne]=", "/roles/ml-engineer?__proto__[x]=1",
        "/signin?callbackUrl=https://evil.example", "/signin?callbackUrl=//evil.example", "/api/auth/signin?callbackUrl=javascript:alert(1)",
      ]);
      return { label: "path trick", method: "GET", path, headers: as(pick([undefined, world.a])) };
    },
    // Sign-in and Auth.js endpoints with junk.
    () => {
      const path = pick(["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session", "/api/auth/csrf", "/api/auth/callback/../csrf", "/api/auth/providers", "/api/auth/nope"]);
      const body = pick(["email=x&password=y&csrfToken=z", "email[]=a&password=b", "", "{\"email\":1}", "email=" + "a".repeat(70_000)]);
      return { label: "auth junk", method: pick(["POST", "GET"]), path, headers: { "content-type": "application/x-www-form-urlencoded", ...as() }, body };
    },
    // Server actions that do not exist, and pages POSTed to.
    () => {
      const path = pick(PAGES);
      return {
        label: "bogus server action",
        method: "POST",
        path,
        headers: { ...as(pick([undefined, world.a])), "next-action": pick([randomBytes(21).toString("hex"), "x", "' OR 1=1", ""]), "content-type": "text/plain;charset=UTF-8" },
        body: pick(["[]", "[{\"x\":1}]", "{", ""]),
      };
    },
    // Ending sessions: only the signed-in user from this site may; a foreign page, a forged or
    // tampered cookie, or nobody is refused (a success would sign A out and spoil the run).
    () => {
      const who = pick(["cross-site", "forged", "tampered", "none"]);
      const cookie =
        who === "cross-site" ? world.a.cookie : who === "forged" ? `authjs.session-token=${randomBytes(120).toString("base64url")}` : who === "tampered" ? world.a.cookie.slice(0, -3) + "abc" : undefined;
      const site = who === "cross-site" ? pick([{ origin: "https://evil.example" }, { origin: "null" }, { "sec-fetch-site": "cross-site" }]) : {};
      return { label: `revoke sessions (${who})`, method: "POST", path: "/api/v1/me/sessions/revoke", headers: { ...as(), ...(cookie && { cookie }), ...site } };
    },
    // Unknown methods and unknown API paths.
    () => ({
      label: "wrong method",
      method: pick(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]),
      path: pick(["/api/v1/skills", "/api/v1/roles", "/api/v1/gap", `/api/v1/share/${world.aToken}`, "/api/v1/nope", "/api/v2/skills", "/api/v1/register"]),
      headers: { ...as(), "content-type": "application/json" },
      body: "{}",
    }),
  ];

  for (let i = 0; i < count; i++) cases.push(generators[i % generators.length]!());
  return cases;
}

const STACK = /\n\s+at [\w$.<>[\] ]+ \(|node_modules\/|\/app\/|webpack-internal|\.(ts|tsx|js):\d+:\d+|SqliteError|ZodError|TypeError:|ReferenceError:/;
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function runCases(base: string, world: FuzzWorld, cases: Case[], concurrency = 8): Promise<{ findings: Finding[]; statuses: Record<string, number> }> {
  const findings: Finding[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++]!;
      let status = 0;
      let text = "";
      try {
        const response = await fetch(base + c.path, {
          method: c.method,
          headers: c.headers,
          body: c.method === "GET" || c.method === "HEAD" ? undefined : c.body,
          redirect: "manual",
          signal: AbortSignal.timeout(15_000),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // A request that cannot be built (e.g. an invalid URL) never reached the server.
        if ((error as Error).name === "TimeoutError") findings.push({ label: c.label, method: c.method, path: c.path.slice(0, 120), status: 0, problem: "timed out", sample: "" });
        statuses["not sent"] = (statuses["not sent"] ?? 0) + 1;
        continue;
      }
      const key = `${Math.floor(status / 100)}xx`;
      statuses[key] = (statuses[key] ?? 0) + 1;
      const sample = typeof c.body === "string" ? c.body.slice(0, 60) : c.body ? "(bytes)" : "";
      const finding = (problem: string) => findings.push({ label: c.label, method: c.method, path: c.path.slice(0, 120), status, problem, sample });
      if (status >= 500) finding("5xx");
      if (STACK.test(text)) finding(`stack trace or internals in the answer: ${STACK.exec(text)![0].trim()}`);
      if (c.foreign && status >= 200 && status < 300) finding("another user's object answered 2xx");
      // Ids the request itself carried may be echoed (a 404 page names its URL); anything else of A's may not.
      const sent = c.path + (typeof c.body === "string" ? c.body : "");
      const aData = [world.a.email, world.a.name, world.aPlan, world.aLink, world.aComment].filter((s) => !sent.includes(s));
      if (c.foreign && aData.some((s) => text.includes(s))) finding("another user's data in the answer");
      const asA = c.headers.cookie === world.a.cookie;
      const secrets = [world.a.password, world.b.password, world.aToken, ...(asA ? [] : [world.a.email])];
      if (secrets.some((s) => !sent.includes(s) && text.includes(s))) finding("a secret in the answer");
      if (c.label === "x-middleware-subrequest" && status >= 200 && status < 300) finding("signed-out request reached a protected resource");
      if (WRITES.has(c.method) && status >= 200 && status < 300 && !c.path.match(/\/api\/v1\/(gap|fit|roadmap|job-postings)/) && c.label !== "auth junk") {
        finding("a malformed or foreign write was accepted");
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { findings, statuses };
}
