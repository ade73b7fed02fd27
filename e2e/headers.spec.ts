import { createHash } from "node:crypto";
import type { APIResponse } from "@playwright/test";
import { expect, signIn, test, registerUser } from "./fixtures";

const PUBLIC_PAGES = ["/", "/about", "/api", "/roles", "/roles/ml-engineer", "/compare", "/compare?from=data-scientist&to=ml-engineer", "/check", "/signin", "/signup"];
// Served from their prebuilt copy (docs/decisions/0011): scripts allowed by hash, not by a nonce.
const PREBUILT = new Set(["/", "/about", "/roles", "/roles/ml-engineer", "/compare"]);
const NOT_FOUND = ["/no-such-page", "/roles/astronaut", "/share/" + "x".repeat(43)];
const SIGNED_IN = ["/dashboard", "/plans", "/assessment", "/profile", "/settings", "/gap/ml-engineer"];
// Sent without the runtime (docs/decisions/0015, 0017): scripts allowed by hash, not by a nonce.
const SCRIPT_FREE = new Set(["/dashboard"]);

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

async function expectPageHeaders(response: APIResponse, path: string, { share = false, https = false, hashed = PREBUILT.has(path) } = {}) {
  const headers = response.headers();
  expect(headers["content-type"], path).toContain("text/html");
  const csp = headers["content-security-policy"];
  expect(csp, `${path} has a CSP`).toBeTruthy();
  const d = directives(csp!);
  expect(csp, path).not.toContain("unsafe-eval");
  expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(d.get("object-src"), path).toEqual(["'none'"]);
  expect(d.get("base-uri"), path).toEqual(["'none'"]);
  const scriptSrc = d.get("script-src") ?? [];
  expect(scriptSrc, path).not.toContain("'unsafe-inline'");
  expect(scriptSrc, path).not.toContain("*");
  const html = await response.text();
  if (hashed) {
    // No nonce (a prebuilt page is the same file for everyone; a share page is sent without the
    // runtime, docs/decisions/0015): each inline script is allowed by its hash, script files only
    // from this origin's build output.
    expect(scriptSrc.some((v) => v.startsWith("'nonce-")), `${path} has no nonce`).toBe(false);
    expect(scriptSrc, path).not.toContain("'strict-dynamic'");
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes!)) expect(attributes, path).toMatch(/src="\/_next\/static\//);
      else if (body) expect(scriptSrc, path).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    }
  } else {
    const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, `${path} has a script nonce`).toBeTruthy();
    // Every script the page carries runs only because it has this response's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }

  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe(share ? "no-referrer" : "strict-origin-when-cross-origin");
  if (https) expect(headers["strict-transport-security"], path).toMatch(/max-age=(\d{8,})/);
  else expect(headers["strict-transport-security"], `${path}: no HSTS over plain http`).toBeUndefined();
}

test("public pages and 404s carry the security headers, HSTS only behind https", async ({ request }) => {
  const expected = [...PUBLIC_PAGES.map((path) => [path, 200] as const), ...NOT_FOUND.map((path) => [path, 404] as const)];
  for (const [path, status] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    await expectPageHeaders(response, path, { share: path.startsWith("/share/") });
  }
  for (const path of ["/", "/roles/ml-engineer", "/no-such-page"]) {
    await expectPageHeaders(await request.get(path, { headers: { "X-Forwarded-Proto": "https" } }), path, { https: true });
  }
});

test("signed-in pages, a plan and its share page carry them too", async ({ request }) => {
  const user = await registerUser(request);
  expect((await signIn(request, user)).status()).toBe(302);
  expect((await request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer" } })).status()).toBe(200);
  const plan = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer" } })).json();
  const link = await (await request.post(`/api/v1/me/plans/${plan.plan.id}/share-links`, { data: {} })).json();

  for (const path of [...SIGNED_IN, `/plans/${plan.plan.id}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    await expectPageHeaders(response, path, { hashed: SCRIPT_FREE.has(path) });
  }
  // The dashboard kept from an earlier render carries the same headers (HSTS added over https),
  // and no cache between may store it: it is one person's page at an address every member uses.
  for (const https of [false, true]) {
    const kept = await request.get("/dashboard", { headers: https ? { "X-Forwarded-Proto": "https" } : {} });
    expect(kept.headers()["x-waypoint-page-source"]).toBe("kept");
    expect(kept.headers()["cache-control"]).toMatch(/^private, .*no-store/);
    await expectPageHeaders(kept, `/dashboard (kept${https ? ", https" : ""})`, { https, hashed: true });
  }
  // Signed out it would be the sign-in page; signed in, a plan that is not yours is a 404 page.
  const notMine = await request.get("/plans/not-a-plan");
  expect(notMine.status()).toBe(404);
  await expectPageHeaders(notMine, "/plans/not-a-plan");
  const sharePath = new URL(link.url).pathname;
  const share = await request.get(sharePath, { headers: { Cookie: "" } });
  expect(share.status()).toBe(200);
  await expectPageHeaders(share, "/share/{token}", { share: true, hashed: true });
  expect(share.headers()["x-robots-tag"]).toContain("noindex");
  await expectPageHeaders(await request.get(sharePath, { headers: { "X-Forwarded-Proto": "https" } }), "/share/{token} https", { share: true, https: true, hashed: true });
});

test("API answers are nosniff and cannot be framed or run as a document", async ({ request }) => {
  for (const path of ["/api/v1/skills", "/api/v1/roles/ml-engineer", "/api/v1/me", "/api/v1/nope", "/api/v1/openapi.json"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toContain("default-src 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("an undecodable path is a 404 and a foreign callbackUrl a 400, never a 500", async ({ request }) => {
  for (const path of ["/plans/%ZZ", "/roles/%E0%A4%A", "/share/%ZZ", "/api/v1/me/plans/%ZZ", "/api/v1/roles/%ZZ"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  for (const callbackUrl of ["javascript:alert(1)", "https://evil.example/", "//evil.example"]) {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(400);
  }
  expect((await request.get("/api/auth/signin?callbackUrl=%2Fdashboard", { maxRedirects: 0 })).status()).toBeLessThan(400);
});
