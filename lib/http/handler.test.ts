import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { parseJsonBody } from "./body";
import { HttpError } from "./errors";
import { json, noContent, publicRoute, userRoute } from "./handler";

// The session is read from Next's request cookies; here the test decides who is signed in.
const session = vi.hoisted(() => ({ user: null as { id: string; email: string | null; name: string | null } | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const HOST = "waypoint.test";
const segment = <P>(params: P) => ({ params: Promise.resolve(params) });

/** A body goes as JSON unless the test says otherwise: the wrapper answers 415 to anything else. */
function request(method: string, headers: Record<string, string> = {}, body?: string): Request {
  const type: Record<string, string> = body === undefined ? {} : { "content-type": "application/json" };
  return new Request(`http://${HOST}/api/v1/x`, { method, headers: { host: HOST, ...type, ...headers }, body });
}

async function errorOf(response: Response) {
  return { status: response.status, body: (await response.json()) as { error: { code: string; message: string; issues?: unknown[] } } };
}

const echo = publicRoute(async ({ request }) => json(await parseJsonBody(request, z.object({ level: z.int().min(0).max(4) }))));

beforeEach(() => {
  session.user = null;
});

describe("publicRoute", () => {
  it("answers a handler's HttpError in the contract's error shape, with its headers", async () => {
    const route = publicRoute(async () => {
      throw new HttpError("rate_limited", "Too many.", undefined, { "Retry-After": "7" });
    });
    const response = await route(request("GET"), segment({}));
    expect(await errorOf(response)).toEqual({ status: 429, body: { error: { code: "rate_limited", message: "Too many." } } });
    expect(response.headers.get("retry-after")).toBe("7");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a bug with a plain 500 that tells nothing of the internals", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const route = publicRoute(async () => {
      throw new Error("SQLITE_CORRUPT at /srv/db.sqlite");
    });
    const { status, body } = await errorOf(await route(request("GET"), segment({})));
    expect(status).toBe(500);
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("SQLITE");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("puts its own headers on errors too", async () => {
    const route = publicRoute(
      async () => {
        throw new HttpError("not_found", "No.");
      },
      { headers: { "Referrer-Policy": "no-referrer" } },
    );
    const response = await route(request("GET"), segment({}));
    expect(response.status).toBe(404);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("hands the route its params", async () => {
    const route = publicRoute<{ slug: string }>(async ({ params }) => json({ slug: params.slug }));
    expect(await (await route(request("GET"), segment({ slug: "sql" }))).json()).toEqual({ slug: "sql" });
  });
});

describe("the body limit", () => {
  it("accepts a body up to 64 KiB", async () => {
    const body = JSON.stringify({ level: 2, pad: "x".repeat(64 * 1024 - 30) });
    expect(body.length).toBeLessThanOrEqual(64 * 1024);
    expect((await echo(request("POST", { "content-type": "application/json" }, body), segment({}))).status).toBe(200);
  });

  it("answers 413 past 64 KiB, whether the length is declared or not", async () => {
    const body = JSON.stringify({ level: 2, pad: "x".repeat(64 * 1024) });
    const declared = await echo(request("POST", { "content-length": String(body.length) }, body), segment({}));
    expect((await errorOf(declared)).body.error.code).toBe("payload_too_large");
    const undeclared = await echo(request("POST", {}, body), segment({}));
    expect(undeclared.status).toBe(413);
  });

  it("answers 400 with the failing field for invalid JSON and invalid values", async () => {
    expect((await errorOf(await echo(request("POST", {}, "{level: 2"), segment({})))).body.error.code).toBe("bad_request");
    expect((await echo(request("POST", {}, ""), segment({}))).status).toBe(400);
    const { status, body } = await errorOf(await echo(request("POST", {}, JSON.stringify({ level: 9 })), segment({})));
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([expect.objectContaining({ path: ["level"] })]);
  });
});

describe("the same-origin check", () => {
  const ok = publicRoute(async () => noContent());

  it("refuses unsafe requests a browser marks cross-site or sends from another origin", async () => {
    const refused: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { origin: "https://evil.example" }, { origin: "not a url" }];
    for (const headers of refused) {
      const response = await ok(request("POST", headers), segment({}));
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
  });

  it("lets through same-origin requests, scripts without an Origin, and reads from anywhere", async () => {
    expect((await ok(request("POST", { origin: `https://${HOST}` }), segment({}))).status).toBe(204);
    expect((await ok(request("DELETE", {}), segment({}))).status).toBe(204);
    expect((await ok(request("POST", { origin: "https://proxy.example", "x-forwarded-host": "proxy.example" }), segment({}))).status).toBe(204);
    expect((await ok(request("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }), segment({}))).status).toBe(204);
  });
});

describe("userRoute", () => {
  const whoAmI = userRoute(async ({ user }) => json({ id: user.id }));

  it("answers 401 without a session and never runs the handler", async () => {
    const handler = vi.fn(async () => json({}));
    const response = await userRoute(handler)(request("GET"), segment({}));
    expect((await errorOf(response)).body.error.code).toBe("unauthorized");
    expect(handler).not.toHaveBeenCalled();
  });

  it("gives the handler the signed-in user", async () => {
    session.user = { id: "u1", email: "a@example.test", name: "A" };
    expect(await (await whoAmI(request("GET"), segment({}))).json()).toEqual({ id: "u1" });
  });

  it("checks the origin before the session, so a cross-site write learns nothing", async () => {
    const response = await whoAmI(request("PUT", { "sec-fetch-site": "cross-site" }), segment({}));
    expect(response.status).toBe(403);
  });
});
