import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signedInTest } from "./fixtures";
import { DATA_SCIENTIST } from "./assessments";

function item(page: Page, name: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
}

/** The value of one of the plan's facts (Hours left, Pace, Ready by, Fit now). */
function fact(page: Page, label: string): Locator {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: label }) }).locator("dd");
}

async function numbers(locator: Locator): Promise<number[]> {
  return ((await locator.textContent()) ?? "").match(/\d+(\.\d+)?/g)!.map(Number);
}

async function prepareDataScientist(page: Page) {
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const profile = { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 8 };
  expect((await page.request.put("/api/v1/me/profile", { data: profile })).status()).toBe(200);
}

const saved = (response: { url(): string; request(): { method(): string } }) => response.request().method() === "POST" && response.url().includes("/plans/");

async function buildPlan(page: Page, button = "Build my roadmap") {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
}

signedInTest("phases say what they get you, and progress moves hours, weeks and date", async ({ page }) => {
  await prepareDataScientist(page);
  await buildPlan(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Towards ML engineer");

  // Core path first, then the important, then the rest; each says what it gets you.
  const phases = await page.getByRole("heading", { level: 2 }).allTextContents();
  const phaseIndex = (name: string) => phases.indexOf(name);
  expect(phaseIndex("Interview-ready")).toBeGreaterThanOrEqual(0);
  expect(phaseIndex("Interview-ready")).toBeLessThan(phaseIndex("Strong candidate"));
  await expect(page.getByText(/^Gets you: every core requirement of ML engineer/)).toBeVisible();

  const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
  const at = (name: string) => {
    const index = headings.indexOf(name);
    expect(index, `${name} is in the plan`).toBeGreaterThanOrEqual(0);
    return index;
  };
  expect(at("Software design")).toBeLessThan(at("System design"));
  expect(at("API development")).toBeLessThan(at("Model serving"));
  expect(at("Model serving")).toBeLessThan(at("MLOps and training pipelines"));

  // A new plan has nothing to compare its fit with.
  await expect(fact(page, "Fit now")).not.toContainText("was");
  const [remaining, total] = await numbers(fact(page, "Hours left"));
  expect(remaining).toBe(total);
  const [perWeek, weeks] = await numbers(fact(page, "Pace"));
  expect(perWeek).toBe(8);
  expect(weeks).toBe(Math.ceil(total! / 8));
  const dateBefore = await fact(page, "Ready by").textContent();
  await expect(page.getByText(/^0 of \d+ items done · 0 of \d+ hours/)).toBeVisible();
  await expect(page.getByRole("region", { name: "This week" })).toContainText("At 8 h/week, work on:");

  // Done by pointer and by keyboard alone: hours, weeks and date move at once.
  const design = item(page, "Software design");
  const designHours = Number((await design.getByText(/^\d+ h$/).first().textContent())!.match(/\d+/)![0]);
  await Promise.all([page.waitForResponse(saved), design.getByText("Done", { exact: true }).click()]);
  const cloud = item(page, "Cloud platforms");
  await cloud.getByRole("radio", { name: "To do" }).focus();
  await Promise.all([page.waitForResponse(saved), page.keyboard.press("ArrowRight")]);
  await Promise.all([page.waitForResponse(saved), page.keyboard.press("ArrowRight")]);
  await expect(cloud.getByRole("radio", { name: "Done" })).toBeChecked();
  const cloudHours = Number((await cloud.getByText(/^\d+ h$/).first().textContent())!.match(/\d+/)![0]);

  await page.reload();
  await expect(item(page, "Software design").getByRole("radio", { name: "Done" })).toBeChecked();
  const [remainingAfter] = await numbers(fact(page, "Hours left"));
  expect(remainingAfter).toBe(remaining! - designHours - cloudHours);
  const [, weeksAfter] = await numbers(fact(page, "Pace"));
  expect(weeksAfter).toBe(Math.ceil(remainingAfter! / 8));
  if (weeksAfter! < weeks!) expect(await fact(page, "Ready by").textContent()).not.toBe(dateBefore);
  await expect(page.getByText(new RegExp(`^2 of \\d+ items done · ${designHours + cloudHours} of ${total} hours`))).toBeVisible();

  // The raise offer names its skill: two offers on one page never share a name.
  const raise = page.getByRole("button", { name: /^Raise my .* level to \d$/ });
  const names = await raise.allTextContents();
  expect(new Set(names).size).toBe(names.length);
  await item(page, "Software design").getByRole("button", { name: "Raise my Software design level to 3" }).click();
  // No refresh step: the plan follows, keeps the other done item and says what changed.
  await expect(page.getByRole("heading", { level: 3, name: "Software design", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What changed" })).toContainText("You now meet Software design (level 3)");
  await expect(page.getByRole("region", { name: "Met since this plan was made" })).toContainText("Software design");
  await expect(item(page, "Cloud platforms").getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(fact(page, "Fit now")).toContainText("was");
  await expect(page.getByRole("button", { name: "Refresh plan" })).toHaveCount(0);
  await expectAccessible(page);
});

signedInTest("skip and undo, move within prerequisite order by keyboard, and 'I already know this'", async ({ page }) => {
  await prepareDataScientist(page);
  await buildPlan(page);
  const [remaining] = await numbers(fact(page, "Hours left"));

  const cloud = item(page, "Cloud platforms");
  const cloudHours = Number((await cloud.getByText(/^\d+ h$/).first().textContent())!.match(/\d+/)![0]);
  await cloud.getByRole("button", { name: "Skip Cloud platforms" }).click();
  const skipped = page.getByRole("region", { name: "Skipped" });
  await expect(skipped).toContainText("Cloud platforms");
  await expect(page.getByRole("heading", { level: 3, name: "Cloud platforms", exact: true })).toHaveCount(0);
  expect((await numbers(fact(page, "Hours left")))[0]).toBe(remaining! - cloudHours);
  await skipped.getByRole("button", { name: "Put back Cloud platforms" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Cloud platforms", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Skipped" })).toHaveCount(0);
  expect((await numbers(fact(page, "Hours left")))[0]).toBe(remaining);

  // Every move button names its item; one that would break prerequisite order is disabled.
  const moves = await page.getByRole("button", { name: /^(Up|Down): move / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
  expect(new Set(moves).size).toBe(moves.length);
  const up = page.getByRole("button", { name: /^Up: move .* earlier$/, disabled: false }).first();
  const label = (await up.getAttribute("aria-label"))!;
  const moving = label.replace(/^Up: move /, "").replace(/ earlier$/, "");
  const before = await page.getByRole("heading", { level: 3 }).allTextContents();
  await up.focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await page.getByRole("heading", { level: 3 }).allTextContents()).indexOf(moving))
    .toBe(before.indexOf(moving) - 1);
  // Focus stays with the item's own move buttons, so it can keep moving.
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", new RegExp(`move ${moving.replace(/[()]/g, "\\$&")} (earlier|later)`));
  await page.reload();
  expect((await page.getByRole("heading", { level: 3 }).allTextContents()).indexOf(moving)).toBe(before.indexOf(moving) - 1);
  // The first item of a phase cannot go up, and nothing goes before what it needs.
  await expect(page.getByRole("button", { name: /^Up: move .* earlier$/ }).first()).toBeDisabled();

  // "I already know this" asks for the level and writes it to the assessment; the plan follows.
  const serving = item(page, "Model serving");
  await serving.getByText("I already know this").click();
  await serving.getByLabel("My level in Model serving").selectOption("4");
  await serving.getByRole("button", { name: "Save my level in Model serving" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Model serving", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What changed" })).toContainText("You now meet Model serving");
  const assessment = (await (await page.request.get("/api/v1/me/assessment")).json()).assessment;
  expect(assessment["model-serving"]).toBe(4);
  await expectAccessible(page);
});

signedInTest("a plan has its own pace: hours per week or a date to be ready by", async ({ page }) => {
  await prepareDataScientist(page);
  await buildPlan(page);
  const [remaining] = await numbers(fact(page, "Hours left"));
  const pace = page.getByRole("region", { name: "Pace of this plan" });
  await pace.getByLabel("Hours per week for this plan").fill("16");
  await pace.getByRole("button", { name: "Save hours per week" }).click();
  await expect(pace.getByRole("status")).toHaveText("Pace saved: 16 h/week.");
  expect(await numbers(fact(page, "Pace"))).toEqual([16, Math.ceil(remaining! / 16)]);

  const in40Weeks = new Date(Date.now() + 40 * 7 * 86_400_000).toISOString().slice(0, 10);
  await pace.getByLabel("Ready by (date)").fill(in40Weeks);
  await pace.getByRole("button", { name: "Set the pace from this date" }).click();
  const needed = Math.ceil(remaining! / 40);
  await expect(pace.getByRole("status")).toHaveText(`Pace saved: ${needed} h/week.`);
  expect((await numbers(fact(page, "Pace")))[0]).toBe(needed);

  const tooSoon = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  await pace.getByLabel("Ready by (date)").fill(tooSoon);
  await pace.getByRole("button", { name: "Set the pace from this date" }).click();
  await expect(pace.getByRole("alert")).toContainText("80 h/week");
  expect((await numbers(fact(page, "Pace")))[0]).toBe(needed);
  await expectAccessible(page);
});

signedInTest("a plan follows a level raised elsewhere and a mentor's accepted suggestion, with no refresh step", async ({ page }) => {
  await prepareDataScientist(page);
  await buildPlan(page);
  const planId = page.url().split("/").pop()!;
  await Promise.all([page.waitForResponse(saved), item(page, "Cloud platforms").getByText("Doing", { exact: true }).click()]);

  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: { "containers-orchestration": 3 } } })).status()).toBe(200);
  const link = await (await page.request.post(`/api/v1/me/plans/${planId}/share-links`, { data: {} })).json();
  const token = new URL(link.url).pathname.split("/").pop()!;
  const suggestion = { author: "Mentor", skill: "testing-ci", level: 4, reason: "You wrote the CI for our team." };
  expect((await page.request.post(`/api/v1/share/${token}/suggestions`, { data: suggestion })).status()).toBe(201);

  await page.reload();
  await expect(page.getByRole("heading", { level: 3, name: "Containers and orchestration" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What changed" })).toContainText("You now meet Containers and orchestration");
  await page.getByRole("button", { name: "Accept level 4" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Testing and continuous integration" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "What changed" })).toContainText("You now meet Testing and continuous integration");
  await expect(item(page, "Cloud platforms").getByRole("radio", { name: "Doing" })).toBeChecked();
  await expect(page.getByRole("heading", { name: "This plan is out of date" })).toHaveCount(0);
  await expectAccessible(page);
});

signedInTest("unrated is not zero: the gap view and the plan ask for the target's unrated skills first", async ({ page }) => {
  await prepareDataScientist(page);
  await page.goto("/dashboard");
  await expect(page.getByText(/of ML engineer not rated yet/)).toBeVisible();
  await page.getByRole("link", { name: "Rate them now" }).click();
  await expect(page).toHaveURL(/\/gap\/ml-engineer#rate-unrated$/);
  const form = page.getByRole("region", { name: "Rate these first" });
  const intro = (await form.getByText(/You have not rated \d+ skills/).textContent())!;
  const count = Number(intro.match(/\d+/)![0]);
  await expectAccessible(page);
  await form.getByLabel("Model serving").selectOption("2");
  await form.getByLabel("MLOps and training pipelines").selectOption("0");
  await form.getByRole("button", { name: "Save these ratings" }).click();
  await expect(page.getByRole("status")).toHaveText("Ratings saved.");
  await expect(form.getByText(new RegExp(`You have not rated ${count - 2} skill`))).toBeVisible();
  await expect(form.getByLabel("Model serving")).toHaveCount(0);

  await page.getByRole("button", { name: "Build a roadmap to ML engineer" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  const planForm = page.getByRole("region", { name: "Rate these first" });
  await expect(planForm).toContainText(`You have not rated ${count - 2} skill`);
  // A 0 rating is an answer: it plans like before, but no longer asks.
  await expect(planForm.getByLabel("MLOps and training pipelines")).toHaveCount(0);
  await expect(item(page, "Model serving")).toContainText("2 · working");
});

signedInTest.describe("in Korean", () => {
  signedInTest.use({ locale: "ko-KR" });

  signedInTest("phases, progress in items and hours, and the unrated form read in Korean", async ({ page }) => {
    await prepareDataScientist(page);
    await buildPlan(page, "내 로드맵 만들기");
    await expect(page.getByRole("heading", { level: 2, name: "면접 준비" })).toBeVisible();
    await expect(page.getByText(/^이 단계를 마치면: 머신러닝 엔지니어의 핵심 요구 사항/)).toBeVisible();
    await expect(page.getByText(/^항목 \d+개 중 0개 완료 · \d+시간 중 0시간/)).toBeVisible();
    const [total, remaining] = await numbers(fact(page, "남은 시간"));
    expect(remaining).toBe(total);
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).first();
    await Promise.all([page.waitForResponse(saved), first.getByText("완료", { exact: true }).click()]);
    await page.reload();
    const [, remainingAfter] = await numbers(fact(page, "남은 시간"));
    expect(remainingAfter).toBeLessThan(remaining!);
    await expect(page.getByText(/^항목 \d+개 중 1개 완료/)).toBeVisible();

    const form = page.getByRole("region", { name: "먼저 평가해 주세요" });
    await expect(form).toContainText("아직 평가하지 않았습니다");
    await form.getByRole("combobox").first().selectOption("1");
    await form.getByRole("button", { name: "평가 저장" }).click();
    await expect(page.getByRole("status")).toHaveText("평가를 저장했습니다.");
    await expectAccessible(page);
  });
});

signedInTest("the dashboard says what to work on this week, with resources and time", async ({ page }) => {
  await prepareDataScientist(page);
  await buildPlan(page);
  await page.goto("/dashboard");
  const next = page.getByRole("region", { name: "Your next step" });
  await expect(next.getByRole("heading", { name: "This week" })).toBeVisible();
  await expect(next.getByText(/^\d+ h this week · \d+ h in all$/).first()).toBeVisible();
  await expect(next.getByRole("link").filter({ hasNotText: "Open the plan" }).first()).toHaveAttribute("href", /^https?:\/\//);
  await expect(page.getByText(/of \d+ items · \d+ of \d+ h done/)).toBeVisible();
  await expectAccessible(page);
});

signedInTest("dashboard and plan pages work at 360 px and the gap view makes a target", async ({ page }) => {
  await prepareDataScientist(page);
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ["/dashboard", "/gap/applied-scientist", "/plans"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} has no horizontal scroll`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
  await page.goto("/gap/applied-scientist");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You and Applied scientist");
  await page.getByRole("button", { name: "Make this my target" }).click();
  await expect(page.getByRole("status")).toHaveText("Applied scientist is now your target.");
  await expectAccessible(page);
  await page.goto("/dashboard");
  await expect(page.getByText(/of the way to/)).toContainText("Applied scientist");
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
