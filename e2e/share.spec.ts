import { clientIp, expect, expectAccessible, test } from "./fixtures";

test("owner shares a plan; a signed-out mentor comments and suggests a level; owner accepts; revoking ends access", async ({ page, user, browser }) => {
  await page.request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, "classical-ml": 3, python: 2, "software-design": 1 } } });
  await page.request.put("/api/v1/me/profile", { data: { targetRole: "ml-engineer", hoursPerWeek: 10 } });
  await page.goto("/plans");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  const planUrl = page.url();

  const share = page.getByRole("region", { name: "Share with a mentor" });
  await share.getByLabel("Label (for you)").fill("for my mentor");
  await share.getByLabel("Expires").selectOption("7");
  await share.getByRole("button", { name: "Create link" }).click();
  const linkField = share.getByLabel(/Your new link/);
  await expect(linkField).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();
  await expectAccessible(page);

  // The mentor: another browser context, no account, their own address.
  const mentorContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": clientIp() } });
  const mentor = await mentorContext.newPage();
  const scriptFiles: string[] = [];
  mentor.on("request", (r) => {
    if (r.resourceType() === "script") scriptFiles.push(r.url());
  });
  const response = await mentor.goto(link);
  expect(response!.status()).toBe(200);
  // A plain document (docs/decisions/0015): the forms below post without the framework runtime.
  expect(scriptFiles).toEqual([]);
  await expect(mentor.getByRole("heading", { level: 1 })).toContainText(`${user.name}’s plan`);
  await expect(mentor.locator("body")).not.toContainText(user.email);
  await expectAccessible(mentor);

  // Each item links to the page's one pair of forms, with that item chosen.
  const item = mentor.getByRole("listitem").filter({ has: mentor.getByRole("heading", { level: 3, name: "Software design", exact: true }) });
  await item.getByRole("link", { name: "Suggest a level or comment on Software design" }).click();
  await expect(mentor).toHaveURL(/\?skill=software-design#feedback$/);
  const suggest = mentor.getByRole("form", { name: "Suggest a level" });
  await expect(suggest.getByLabel("Skill")).toHaveValue("software-design");
  await suggest.getByRole("radio", { name: /^2 · working/ }).check();
  await suggest.getByLabel("Your name").fill("Mentor Kim");
  await suggest.getByLabel("Reason for this level").fill("You refactored our pipeline library with tests.");
  await suggest.getByRole("button", { name: "Suggest this level" }).click();
  await expect(mentor.getByRole("status")).toContainText("will see your feedback");
  await expect(mentor.getByRole("region", { name: "Feedback" })).toContainText("on Software design · suggests level 2");

  const comment = mentor.getByRole("form", { name: "Leave a comment" });
  await expect(comment.getByLabel("About")).toHaveValue("");
  await comment.getByLabel("About").selectOption({ label: "Software design" });
  await comment.getByLabel("Your name").fill("Mentor Kim");
  await comment.getByLabel("Your comment").fill("Pair this with the API course <b>first</b>.");
  await comment.getByRole("button", { name: "Post comment" }).click();
  await expect(mentor.getByText("Pair this with the API course <b>first</b>.")).toBeVisible();
  await expectAccessible(mentor);

  // The owner sees both, marked new, with the ratings side by side, and accepts the level.
  await page.goto(planUrl);
  const feedback = page.getByRole("region", { name: "Mentor feedback" });
  await expect(feedback.getByText("New")).toHaveCount(2);
  await expect(feedback).toContainText("Pair this with the API course <b>first</b>.");
  await expect(feedback).toContainText("You refactored our pipeline library with tests.");
  await feedback.getByRole("button", { name: "Accept level 2" }).click();
  await expect(feedback.getByText("Accepted")).toBeVisible();
  const assessment = await (await page.request.get("/api/v1/me/assessment")).json();
  expect(assessment.assessment["software-design"]).toBe(2);
  await page.reload();
  await expect(page.getByRole("region", { name: "Mentor feedback" }).getByText("New")).toHaveCount(0);
  await expectAccessible(page);

  // Revoking takes effect at once.
  await page.getByRole("region", { name: "Share with a mentor" }).getByRole("button", { name: /Revoke/ }).click();
  await page.getByRole("region", { name: "Share with a mentor" }).getByRole("button", { name: "Revoke now" }).click();
  await expect(page.getByRole("region", { name: "Share with a mentor" }).getByRole("cell", { name: "Revoked" })).toBeVisible();
  const gone = await mentor.reload();
  expect(gone!.status()).toBe(404);
  await expect(mentor.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectAccessible(mentor);
  await mentorContext.close();
});
