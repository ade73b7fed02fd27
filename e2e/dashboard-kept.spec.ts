import type { APIRequestContext, APIResponse } from "@playwright/test";
import { DATA_MARKER } from "../lib/http/data-marker";
import { readTwice, SOURCE } from "./kept-pages";
import { clientIp, expect, registerUser, signIn, test, type TestUser } from "./fixtures";

/*
 * The dashboard is sent without the runtime and kept once rendered, per person, while their data,
 * language and day stay the same (docs/decisions/0017). These tests hold that it is never someone
 * else's copy, never a stale one, never sent to a session that has ended, and that it still works
 * as a page: its forms post without script.
 */

async function member(request: APIRequestContext, targetRole = "ml-engineer"): Promise<TestUser> {
  const user = await registerUser(request);
  expect((await signIn(request, user)).status()).toBe(302);
  expect((await request.put("/api/v1/me/profile", { data: { targetRole } })).status()).toBe(200);
  return user;
}

async function expectRendered(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()[SOURCE]).toBe("rendered");
  return response.text();
}

test.describe("dashboard kept between renders", () => {
  test("each change shows on the very next view; another person never gets it; an ended session gets none", async ({ request, playwright, baseURL }) => {
    const owner = await member(request);
    const read = () => request.get("/dashboard", { headers: { "Accept-Language": "en" } });

    const first = await readTwice(read);
    expect(first).toContain(`Hello, ${owner.name}`);
    expect(first).not.toContain("<script src=");
    // The digest marker is for the proxy only.
    expect(first).not.toContain(DATA_MARKER);

    // Someone else with the very same data (same target, nothing rated) reads their own page: only
    // who they are tells the two apart, and that is enough.
    const other = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const stranger = await member(other);
    const theirFirst = await other.get("/dashboard", { headers: { "Accept-Language": "en" } });
    expect(theirFirst.headers()[SOURCE]).toBe("rendered");
    const theirs = await theirFirst.text();
    expect(theirs).toContain(`Hello, ${stranger.name}`);
    expect(theirs).not.toContain(owner.name);
    expect(await readTwice(() => other.get("/dashboard", { headers: { "Accept-Language": "en" } }))).toBe(theirs);

    // Ratings move the fits.
    expect((await request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2 } } })).status()).toBe(200);
    const rated = await expectRendered(await read());
    expect(rated).not.toBe(first);
    await readTwice(read);

    // A plan appears as the active plan, with this week's work.
    const { plan } = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
    const planned = await expectRendered(await read());
    expect(planned).toContain(`href="/plans/${plan.id}"`);
    const kept = await readTwice(read);

    // An item marked done moves the progress.
    const item = plan.phases[0].items[0] as { skill: string };
    expect((await request.patch(`/api/v1/me/plans/${plan.id}/items/${item.skill}`, { data: { status: "done" } })).status()).toBe(200);
    expect(await expectRendered(await read())).not.toBe(kept);

    expect(await readTwice(() => other.get("/dashboard", { headers: { "Accept-Language": "en" } }))).not.toContain(plan.id);

    // The client router asking for the page's data from another page gets that data, not the kept document.
    const data = await request.get("/dashboard", { headers: { RSC: "1", "Sec-Fetch-Dest": "empty", "Accept-Language": "en" } });
    expect(data.status()).toBe(200);
    expect(data.headers()["content-type"]).toContain("text/x-component");
    expect(data.headers()[SOURCE]).toBeUndefined();

    // Signed out, the owner's cookie opens nothing: the sign-in page, not the copy kept for them.
    const cookie = await cookieHeader(request);
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    expect((await request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 })).status()).toBe(302);
    const replay = await other.get("/dashboard", { headers: { cookie, "Accept-Language": "en" }, maxRedirects: 0 });
    expect(replay.status()).toBe(307);
    expect(replay.headers()["location"]).toMatch(/^(https?:\/\/[^/]+)?\/signin\?callbackUrl=%2Fdashboard$/);
    const withQuery = await other.get("/dashboard?lang=en", { headers: { cookie }, maxRedirects: 0 });
    expect(withQuery.status()).toBe(307);
    expect(withQuery.headers()[SOURCE]).toBeUndefined();
    await other.dispose();
  });

  test("someone who has not finished onboarding is sent there, and nothing is kept", async ({ request }) => {
    const user = await registerUser(request);
    expect((await signIn(request, user)).status()).toBe(302);
    for (let i = 0; i < 2; i++) {
      const answer = await request.get("/dashboard", { maxRedirects: 0 });
      expect(answer.status()).toBe(307);
      expect(answer.headers()["location"]).toMatch(/\/onboarding$/);
      expect(answer.headers()[SOURCE]).toBeUndefined();
    }
  });

  test("each language and day has its own copy; an address with a query is rendered each time", async ({ request }) => {
    const owner = await member(request);
    const session = await cookieHeader(request);
    const read = (headers: Record<string, string>, path = "/dashboard") => request.get(path, { headers });

    const en = await readTwice(() => read({ "Accept-Language": "en-US,en;q=0.9" }));
    const ko = await readTwice(() => read({ "Accept-Language": "ko-KR,ko;q=0.9" }));
    expect(en).toContain('<html lang="en"');
    expect(ko).toContain('<html lang="ko"');
    expect(ko).toContain(owner.name);
    // The language cookie wins over the browser's languages.
    expect(await readTwice(() => read({ "Accept-Language": "ko", Cookie: `${session}; NEXT_LOCALE=en` }))).toBe(en);

    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are never on the same calendar day.
    expect((await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).status()).toBe(201);
    const east = await readTwice(() => read({ "Accept-Language": "en", Cookie: `${session}; tz=Pacific/Kiritimati` }));
    const west = await readTwice(() => read({ "Accept-Language": "en", Cookie: `${session}; tz=Pacific/Pago_Pago` }));
    expect(east).not.toBe(west);

    // A language saved in the profile follows the user to a browser without the cookie.
    expect((await request.put("/api/v1/me/profile", { data: { locale: "ko" } })).status()).toBe(200);
    const saved = await expectRendered(await read({ "Accept-Language": "en" }));
    expect(saved).toContain('<html lang="ko"');
    expect(await readTwice(() => read({ "Accept-Language": "en" }))).toContain('<html lang="ko"');

    for (const path of ["/dashboard?lang=en", "/dashboard?utm_source=mail"]) {
      await expectRendered(await read({ "Accept-Language": "en" }, path));
      await expectRendered(await read({ "Accept-Language": "en" }, path));
    }
  });

  test("in the browser, the page works without its runtime: build a plan, sign out", async ({ page, user }) => {
    expect((await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer" } })).status()).toBe(200);
    expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, python: 3 } } })).status()).toBe(200);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: `Hello, ${user.name}` })).toBeVisible();
    expect(await page.locator("script[src]").count()).toBe(0);

    await page.getByRole("button", { name: "Build my roadmap" }).click();
    await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
    const planPath = new URL(page.url()).pathname;
    await page.goto("/dashboard");
    await expect(page.locator(`a[href="${planPath}"]`).first()).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
  });
});

/** The cookies a request context holds, as a Cookie header, for a request that adds its own. */
async function cookieHeader(request: APIRequestContext): Promise<string> {
  return (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
