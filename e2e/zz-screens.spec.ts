import { clientIp, expect, test } from "./fixtures";

for (const width of [390, 1280]) {
  test(`screens at ${width}`, async ({ page, user, browser }) => {
    test.setTimeout(240_000);
    expect(user.id).toBeTruthy();
    await page.setViewportSize({ width, height: 900 });
    const out = (name: string) => `/tmp/mentor-shots/${name}-${width}.png`;
    await page.goto("/check?python=3&sql=2&statistics=2&target=ml-engineer&hours=6");
    await page.locator('section[aria-labelledby="results-title"]').screenshot({ path: out("check-results") });
    await page.locator("#check-target").locator("xpath=ancestor::div[contains(@class,'card')][1]").screenshot({ path: out("check-target") });
    await page.context().clearCookies();
    await page.goto("/signup?python=3&sql=2&target=ml-engineer&hours=6");
    await page.screenshot({ path: out("signup"), fullPage: true });
    const { signIn } = await import("./fixtures");
    await signIn(page.request, user);
    await page.request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2, "software-design": 1 } } });
    await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer", hoursPerWeek: 10 } });
    const { plan } = await (await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10, title: "Road to ML engineer" } })).json();
    const { url } = await (await page.request.post(`/api/v1/me/plans/${plan.id}/share-links`, { data: {} })).json();
    const token = new URL(url).pathname.split("/").pop();
    const mentorCtx = await browser.newContext({ viewport: { width, height: 900 }, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const mentor = await mentorCtx.newPage();
    await mentor.request.post(`/api/v1/share/${token}/comments`, { data: { author: "Mentor Kim", body: "Start with the serving course." } });
    await mentor.request.post(`/api/v1/share/${token}/suggestions`, { data: { author: "Mentor Kim", skill: "software-design", level: 2, reason: "Refactored our library with tests." } });
    await page.goto("/dashboard");
    await page.screenshot({ path: out("dashboard"), fullPage: true });
    await page.goto("/plans");
    await page.screenshot({ path: out("plans"), fullPage: true });
    await page.goto(`/plans/${plan.id}`);
    const feedback = page.getByRole("region", { name: "Mentor feedback" });
    await feedback.locator("summary").first().click();
    await feedback.getByRole("textbox").first().fill("Thanks! Starting it this week.");
    await feedback.getByRole("button", { name: /^Send reply/ }).first().click();
    await expect(feedback.getByText("You replied")).toBeVisible();
    await feedback.screenshot({ path: out("feedback") });
    await mentor.goto(url);
    await mentor.getByRole("form", { name: "Leave a comment" }).getByLabel("Your name for this comment").fill("Mentor Kim");
    await mentor.getByRole("form", { name: "Leave a comment" }).getByLabel("Your comment").fill("Great.");
    await mentor.getByRole("button", { name: "Post comment" }).click();
    await expect(mentor.getByRole("status")).toBeVisible();
    await mentor.locator("#feedback").screenshot({ path: out("share") });
    await page.goto(`/plans/${plan.id}?lang=ko`);
    await mentorCtx.close();
  });
}

test("korean quick check and feedback", async ({ browser }) => {
  test.setTimeout(120_000);
  const ctx = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "Accept-Language": "ko", "X-Forwarded-For": clientIp() }, viewport: { width: 390, height: 900 } });
  const page = await ctx.newPage();
  await page.goto("/check?python=3&sql=2&target=ml-engineer&hours=6");
  await page.locator('section[aria-labelledby="results-title"]').screenshot({ path: "/tmp/mentor-shots/check-ko-390.png" });
  await page.goto("/signup?python=3&sql=2&target=ml-engineer&hours=6");
  await page.screenshot({ path: "/tmp/mentor-shots/signup-ko-390.png" });
  await ctx.close();
});
