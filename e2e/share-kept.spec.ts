import type { APIRequestContext } from "@playwright/test";
import { readTwice, SOURCE } from "./kept-pages";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";

/*
 * The share page is kept once rendered and sent again while its data and its reader are the same
 * (docs/decisions/0016). These tests hold that it is never someone else's copy and never stale:
 * each language, time zone and remembered name gets its own page at the same address, a signed-in
 * reader is always rendered, and every change the owner or a mentor makes shows on the next view.
 */

async function sharedPlan(request: APIRequestContext) {
  const owner = await registerUser(request);
  await signIn(request, owner);
  await request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2 } } });
  const { plan } = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
  const created = await request.post(`/api/v1/me/plans/${plan.id}/share-links`, { data: {} });
  expect(created.status()).toBe(201);
  const link = await created.json();
  const item = plan.phases[0].items[0] as { skill: string; name: string };
  return { owner, planId: plan.id as string, linkId: link.id as string, token: new URL(link.url).pathname.split("/").pop()!, item };
}

test.describe("share page kept between renders", () => {
  test("a change by the owner or a mentor shows on the very next view", async ({ request, playwright, baseURL }) => {
    const { planId, token, item } = await sharedPlan(request);
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp(), "Accept-Language": "en" } });
    const read = () => mentor.get(`/share/${token}`);

    const before = await readTwice(read);
    expect(before).not.toContain("status-done");

    // The owner marks the first item done.
    expect((await request.patch(`/api/v1/me/plans/${planId}/items/${item.skill}`, { data: { status: "done" } })).status()).toBe(200);
    const afterStatus = await read();
    expect(afterStatus.headers()[SOURCE]).toBe("rendered");
    expect(await afterStatus.text()).toContain(`status-done`);
    const done = await readTwice(read);

    // The owner rates a skill higher: the bars and levels on the page follow.
    expect((await request.put("/api/v1/me/assessment", { data: { assessment: { python: 4, "deep-learning": 3 } } })).status()).toBe(200);
    const afterRating = await read();
    expect(afterRating.headers()[SOURCE]).toBe("rendered");
    expect(await afterRating.text()).not.toBe(done);

    // A mentor comments.
    const comment = `Kept-page check ${Date.now()}`;
    expect((await mentor.post(`/api/v1/share/${token}/comments`, { data: { author: "Mina", body: comment } })).status()).toBe(201);
    const afterComment = await read();
    expect(afterComment.headers()[SOURCE]).toBe("rendered");
    expect(await afterComment.text()).toContain(comment);
    await mentor.dispose();
  });

  test("each language, time zone and remembered name has its own copy; signed-in readers and form results are rendered", async ({ request, playwright, baseURL }) => {
    const { owner, token, item } = await sharedPlan(request);
    const context = (headers: Record<string, string>) => playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp(), ...headers } });
    const english = await context({ "Accept-Language": "en-US,en;q=0.9" });
    const korean = await context({ "Accept-Language": "ko-KR,ko;q=0.9" });
    const named = await context({ "Accept-Language": "en", Cookie: "waypoint_mentor_name=Mina%20Park" });
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are never on the same calendar day.
    const east = await context({ "Accept-Language": "en", Cookie: "tz=Pacific/Kiritimati" });
    const west = await context({ "Accept-Language": "en", Cookie: "tz=Pacific/Pago_Pago" });

    const en = await readTwice(() => english.get(`/share/${token}`));
    const ko = await readTwice(() => korean.get(`/share/${token}`));
    expect(en).toContain('<html lang="en"');
    expect(ko).toContain('<html lang="ko"');
    // ?lang= pins the language whatever the browser asks for, with its own copy.
    const pinned = await readTwice(() => english.get(`/share/${token}?lang=ko`));
    expect(pinned).toContain('<html lang="ko"');
    // The language switcher returns each reader to the address they opened.
    expect(pinned).toContain(`name="returnTo" value="/share/${token}?lang=ko"`);
    expect(en).toContain(`name="returnTo" value="/share/${token}"`);
    expect(await readTwice(() => korean.get(`/share/${token}`))).toBe(ko);

    // The name a mentor left is theirs alone: prefilled for them, never in another reader's copy.
    const withName = await readTwice(() => named.get(`/share/${token}`));
    expect(withName).toContain('value="Mina Park"');
    expect(await readTwice(() => english.get(`/share/${token}`))).not.toContain("Mina Park");
    // Each reader's today: the schedule's dates are theirs.
    const eastPage = await readTwice(() => east.get(`/share/${token}`));
    const westPage = await readTwice(() => west.get(`/share/${token}`));
    expect(eastPage).not.toBe(westPage);

    // An item link is its own page: the forms open on that item.
    const itemLink = await english.get(`/share/${token}?skill=${item.skill}`);
    expect(itemLink.headers()[SOURCE]).toBe("rendered");
    expect(await itemLink.text()).toContain(`value="${item.skill}" selected=""`);
    expect(await readTwice(() => english.get(`/share/${token}?skill=${item.skill}`))).not.toBe(en);

    // After a form post the page says so once: always rendered.
    const posted = await english.get(`/share/${token}?posted=1`);
    expect(posted.headers()[SOURCE]).toBe("rendered");
    expect((await english.get(`/share/${token}?posted=1`)).headers()[SOURCE]).toBe("rendered");

    // The owner, signed in, reading their own link: rendered for them, with their own header.
    for (let i = 0; i < 2; i++) {
      const own = await request.get(`/share/${token}`, { headers: { "Accept-Language": "en" } });
      expect(own.status()).toBe(200);
      expect(own.headers()[SOURCE]).toBe("rendered");
      const html = await own.text();
      expect(html).toContain("Sign out");
      expect(html).not.toContain(owner.email);
    }
    expect(en).not.toContain("Sign out");
    for (const c of [english, korean, named, east, west]) await c.dispose();
  });

  test("a kept page counts views as a render would, and a revoked link answers 404 at once", async ({ request, playwright, baseURL }) => {
    const { planId, linkId, token, item } = await sharedPlan(request);
    const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp(), "Accept-Language": "en" } });
    await readTwice(() => mentor.get(`/share/${token}`));
    expect((await mentor.get(`/share/${token}`)).headers()[SOURCE]).toBe("kept");
    // Not views: the same reader opening an item, and a chat app drawing the link's preview.
    await readTwice(() => mentor.get(`/share/${token}?skill=${item.skill}`));
    const preview = await mentor.get(`/share/${token}`, { headers: { "User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" } });
    expect(preview.headers()[SOURCE]).toBe("kept");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect
      .poll(async () => (await (await request.get(`/api/v1/me/plans/${planId}/share-links`)).json()).links[0].views)
      .toBe(3);

    expect((await request.delete(`/api/v1/me/plans/${planId}/share-links/${linkId}`)).status()).toBe(204);
    expect((await mentor.get(`/share/${token}`)).status()).toBe(404);
    await mentor.dispose();
  });
});
