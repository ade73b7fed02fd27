import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signedInTest } from "./fixtures";
import { DATA_SCIENTIST } from "./assessments";

function item(page: Page, name: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
}

async function prepareDataScientist(page: Page) {
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const profile = { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 8 };
  expect((await page.request.put("/api/v1/me/profile", { data: profile })).status()).toBe(200);
}

signedInTest("a data scientist builds a roadmap to ML engineer, tracks it and refreshes it", async ({ page }) => {
  await prepareDataScientist(page);

  await page.goto("/dashboard");
  await expect(page.getByText(/of the way to/)).toContainText("ML engineer");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Towards ML engineer");

  const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
  const at = (name: string) => {
    const index = headings.indexOf(name);
    expect(index, `${name} is in the plan`).toBeGreaterThanOrEqual(0);
    return index;
  };
  // Software engineering and deployment foundations come before what builds on them.
  expect(at("Software design")).toBeLessThan(at("System design"));
  expect(at("API development")).toBeLessThan(at("Model serving"));
  expect(at("Model serving")).toBeLessThan(at("MLOps and training pipelines"));
  expect(at("Testing and continuous integration")).toBeLessThan(at("MLOps and training pipelines"));
  await expectAccessible(page);

  // Two items done: one by pointer, one by keyboard alone.
  const saved = (response: { url(): string; request(): { method(): string } }) => response.request().method() === "POST" && response.url().includes("/plans/");
  await Promise.all([page.waitForResponse(saved), item(page, "Software design").getByText("Done", { exact: true }).click()]);
  const cloud = item(page, "Cloud platforms");
  await cloud.getByRole("radio", { name: "To do" }).focus();
  await Promise.all([page.waitForResponse(saved), page.keyboard.press("ArrowRight")]);
  await Promise.all([page.waitForResponse(saved), page.keyboard.press("ArrowRight")]);
  await expect(cloud.getByRole("radio", { name: "Done" })).toBeChecked();

  await page.reload();
  await expect(item(page, "Software design").getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(item(page, "Cloud platforms").getByRole("radio", { name: "Done" })).toBeChecked();
  await expect(page.getByText("2 of", { exact: false }).first()).toBeVisible();

  // Marking done offers to raise the level; accepting it makes the plan out of date, and a
  // refresh drops the item as met while the other done item keeps its status.
  await item(page, "Software design").getByRole("button", { name: /Raise my level to 3/ }).click();
  await expect(page.getByRole("heading", { name: "This plan is out of date" })).toBeVisible();
  await page.getByRole("button", { name: "Refresh plan" }).click();
  await expect(page.getByRole("heading", { name: "This plan is out of date" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 3, name: "Software design", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Met since this plan was made" })).toContainText("Software design");
  await expect(item(page, "Cloud platforms").getByRole("radio", { name: "Done" })).toBeChecked();
  await expectAccessible(page);
});

signedInTest("a level raised elsewhere drops that item on refresh", async ({ page }) => {
  await prepareDataScientist(page);
  await page.goto("/plans");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Build my roadmap" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Containers and orchestration" })).toBeVisible();
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: { "containers-orchestration": 3 } } })).status()).toBe(200);
  await page.reload();
  await page.getByRole("button", { name: "Refresh plan" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Containers and orchestration" })).toHaveCount(0);
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
