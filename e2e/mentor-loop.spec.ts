import type { Page } from "@playwright/test";
import { clientIp, expect, expectAccessible, test } from "./fixtures";
import { repeatedNames } from "./names";

async function shareLinkFor(page: Page, planId: string): Promise<string> {
  const response = await page.request.post(`/api/v1/me/plans/${planId}/share-links`, { data: { label: "mentor" } });
  expect(response.status()).toBe(201);
  return (await response.json()).url;
}

test("mentor feedback shows as unread on the dashboard and plan list, clears when the owner opens the plan; the owner replies and the mentor reads it; the mentor's name is asked once", async ({ page, user, browser }) => {
  test.setTimeout(240_000);
  await page.request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2, "software-design": 1 } } });
  await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer", hoursPerWeek: 10 } });
  const created = await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10, title: "Road to ML engineer" } });
  expect(created.status()).toBe(201);
  const { plan } = await created.json();
  const link = await shareLinkFor(page, plan.id);

  // The mentor types their name once, for the first comment.
  const mentorContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const mentor = await mentorContext.newPage();
  await mentor.goto(link);
  const commentForm = mentor.getByRole("form", { name: "Leave a comment" });
  const suggestForm = mentor.getByRole("form", { name: "Suggest a level" });
  await expect(commentForm.getByLabel("Your name for this comment")).toHaveValue("");
  await commentForm.getByLabel("Your name for this comment").fill("Mentor Kim");
  await commentForm.getByLabel("Your comment").fill("Start with the serving course.");
  await commentForm.getByRole("button", { name: "Post comment" }).click();
  await expect(mentor.getByRole("status")).toContainText("will see your feedback");

  // Then it is there, in both forms, editable; the second piece of feedback does not ask again.
  await expect(commentForm.getByLabel("Your name for this comment")).toHaveValue("Mentor Kim");
  await expect(suggestForm.getByLabel("Your name for this suggestion")).toHaveValue("Mentor Kim");
  await expect(mentor.getByText("Remembered from your last feedback on this page.").first()).toBeVisible();
  await suggestForm.getByLabel("Skill").selectOption({ label: "Software design" });
  await suggestForm.getByRole("radio", { name: /^2 · working/ }).check();
  await suggestForm.getByLabel("Reason for this level").fill("Refactored our library with tests.");
  await suggestForm.getByRole("button", { name: "Suggest this level" }).click();
  await expect(mentor.getByRole("region", { name: "Feedback" })).toContainText("Mentor Kim · ");
  await expect(mentor.getByRole("region", { name: "Feedback" }).getByText("Refactored our library with tests.")).toBeVisible();
  expect(await repeatedNames(mentor.getByRole("main"))).toEqual([]);
  await expectAccessible(mentor);

  // The owner: two unread comments on the dashboard, the plan list and in the API.
  const apiUnread = async () =>
    (await (await page.request.get("/api/v1/me/plans")).json()).plans.find((p: { id: string }) => p.id === plan.id).unreadComments;
  expect(await apiUnread()).toBe(2);
  await page.goto("/plans");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Road to ML engineer" }) });
  await expect(card.getByText("2 new mentor comments")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/dashboard");
  const notice = page.getByRole("region", { name: "New feedback from your mentors" });
  await expect(notice).toBeVisible();
  await expectAccessible(page);
  await notice.getByRole("link", { name: "2 new comments on “Road to ML engineer”" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${plan.id}#feedback-title$`));

  // Opened: still marked new in this view, then read everywhere.
  const feedback = page.getByRole("region", { name: "Mentor feedback" });
  await expect(feedback.getByText("New", { exact: true })).toHaveCount(2);
  expect(await apiUnread()).toBe(0);

  // The owner replies under the first comment; every control names its comment.
  expect(await repeatedNames(feedback)).toEqual([]);
  await feedback.locator("summary").filter({ hasText: "Reply to comment 1 from Mentor Kim" }).click();
  await feedback.getByLabel("Your reply to comment 1 from Mentor Kim").fill("Thanks! Starting it this week.");
  await feedback.getByRole("button", { name: "Send reply to comment 1 from Mentor Kim" }).click();
  const replies = feedback.getByRole("list", { name: "Your replies to comment 1 from Mentor Kim" });
  await expect(replies).toContainText("Thanks! Starting it this week.");
  await expect(replies).toContainText("You replied");
  await expect(feedback.getByRole("button", { name: /^Accept level 2/ })).toHaveCount(1);
  expect(await repeatedNames(feedback)).toEqual([]);
  await expectAccessible(page);

  await page.goto("/plans");
  await expect(page.getByText(/new mentor comment/)).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "New feedback from your mentors" })).toHaveCount(0);

  // The mentor sees the reply under their comment.
  await mentor.goto(link);
  const answered = mentor.getByRole("list", { name: `Replies from ${user.name} to Mentor Kim` });
  await expect(answered).toHaveCount(1);
  await expect(answered).toContainText(`${user.name} replied`);
  await expect(answered).toContainText("Thanks! Starting it this week.");
  await expectAccessible(mentor);
  await mentorContext.close();
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the feedback section and the share page fit a phone", async ({ page, user, browser }, testInfo) => {
    test.setTimeout(180_000);
    expect(user.id).toBeTruthy();
    await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer", hoursPerWeek: 10 } });
    const { plan } = await (await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
    const link = await shareLinkFor(page, plan.id);
    const mentorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
    const mentor = await mentorContext.newPage();
    await mentor.request.post(`/api/v1/share/${new URL(link).pathname.split("/").pop()}/comments`, { data: { author: "Mentor Kim", body: "A long comment ".repeat(20) } });
    await page.goto("/dashboard");
    await page.screenshot({ path: testInfo.outputPath("dashboard-390.png"), fullPage: true });
    await page.goto("/plans");
    await page.screenshot({ path: testInfo.outputPath("plans-390.png"), fullPage: true });
    await page.goto(`/plans/${plan.id}`);
    const feedback = page.getByRole("region", { name: "Mentor feedback" });
    await feedback.locator("summary").filter({ hasText: "Reply to comment 1 from Mentor Kim" }).click();
    await feedback.getByLabel("Your reply to comment 1 from Mentor Kim").fill("Thank you, noted.");
    await feedback.getByRole("button", { name: "Send reply to comment 1 from Mentor Kim" }).click();
    await expect(feedback.getByText("Thank you, noted.")).toBeVisible();
    await feedback.screenshot({ path: testInfo.outputPath("feedback-390.png") });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await mentor.goto(link);
    await mentor.locator("#feedback").screenshot({ path: testInfo.outputPath("share-390.png") });
    expect(await mentor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await mentorContext.close();
  });
});
