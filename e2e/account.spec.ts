import type { Page } from "@playwright/test";
import { expect, expectAccessible, newUserData, test } from "./fixtures";

const status = (page: Page) => page.getByRole("status").filter({ hasText: /saved|Saving|Not saved|save automatically/ });
const skill = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
const level = (page: Page, skillName: string, levelName: RegExp) => skill(page, skillName).getByRole("radio", { name: levelName });

test("sign up, onboard, rate skills, and find them again after a reload", async ({ page }) => {
  // A whole journey of six pages, each checked with axe; the default minute is tight on a busy machine.
  test.slow();
  const person = newUserData("ui");
  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByLabel("Your name")).toHaveValue(person.name);
  await expectAccessible(page);
  // A refused submit names the field and keeps what was typed.
  await page.getByLabel("Hours per week for learning").fill("0");
  await page.getByRole("button", { name: "Continue to my skills" }).click();
  await expect(page.getByText("Plan at least 1 hour a week.")).toBeVisible();
  await expect(page.getByText("Choose your current role from the list.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Your current role").selectOption({ label: "Data scientist" });
  await page.getByLabel("The role you want next").selectOption("ml-engineer");
  await page.getByLabel("Hours per week for learning").fill("6");
  await page.getByLabel("Pre-fill my skills with the typical levels of my current role").check();
  await page.getByRole("button", { name: "Continue to my skills" }).click();

  await expect(page).toHaveURL(/\/assessment$/);
  await expect(page.getByRole("heading", { name: "Rate your skills" })).toBeVisible();
  // Pre-filled from the data scientist profile (statistics 4, python 3), no loading step.
  await expect(level(page, "Statistics", /^4 · Expert/)).toBeChecked();
  await expect(level(page, "Python", /^3 · Practitioner/)).toBeChecked();
  await expect(level(page, "GPU programming (CUDA)", /^0 · None/)).not.toBeChecked();
  await expectAccessible(page);

  await level(page, "Python", /^4 · Expert/).check();
  await level(page, "Model serving", /^1 · Awareness/).click();
  // By keyboard: Space picks the focused level, arrow keys move along the levels.
  await level(page, "Deep learning", /^1 · Awareness/).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(level(page, "Deep learning", /^2 · Working/)).toBeChecked();
  await skill(page, "Python").locator("summary").click();
  await page.getByLabel("Evidence for Python: a project, a paper, a PR link").fill("https://example.test/my-pr");
  await expect(status(page)).toHaveText("All changes saved");

  await page.reload();
  await expect(level(page, "Python", /^4 · Expert/)).toBeChecked();
  await expect(level(page, "Model serving", /^1 · Awareness/)).toBeChecked();
  await expect(level(page, "Deep learning", /^2 · Working/)).toBeChecked();
  await expect(page.getByLabel("Evidence for Python: a project, a paper, a PR link")).toHaveValue("https://example.test/my-pr");

  // The filter leaves only what the target needs.
  await page.getByLabel("Only skills my target role needs").check();
  await expect(skill(page, "Notebooks (Jupyter)")).toHaveCount(0);
  await expect(skill(page, "Model serving")).toBeVisible();

  await page.goto("/profile");
  await expect(page.getByText("Data scientist → ML engineer")).toBeVisible();
  await expect(page.getByText("6 hours per week")).toBeVisible();
  // Dates are worded for the reader's language ("Nov 27, 2026" in English).
  const today = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(new Date());
  await expect(page.getByRole("row", { name: new RegExp(`${today} \\d+\\.\\d %`) })).toBeVisible();
  await expect(page.getByRole("img", { name: /Fit to ML engineer over time/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/assessment");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fassessment$/);
  await expectAccessible(page);

  // Signing in returns to where the person was going.
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/assessment$/);
  await expect(level(page, "Python", /^4 · Expert/)).toBeChecked();
});

test("signed-out visits to personal pages go to sign-in and come back", async ({ page }) => {
  for (const path of ["/assessment", "/onboarding", "/profile", "/settings"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
  await expectAccessible(page);
});

test("edits made while the network fails are kept and saved on Try again", async ({ page, user }) => {
  test.slow();
  void user;
  await page.goto("/assessment");
  await expect(status(page)).toHaveText("Changes save automatically.");
  await page.route("**/api/v1/me/assessment", (route) => (route.request().method() === "PUT" ? route.abort("failed") : route.continue()));

  await level(page, "SQL", /^2 · Working/).check();
  await expect(status(page)).toContainText("Saving…");
  await expect(status(page)).toContainText("Not saved", { timeout: 15_000 });
  await expect(status(page)).toContainText("1 change is kept");
  // Another edit while offline joins the queue instead of replacing it.
  await level(page, "Statistics", /^3 · Practitioner/).check();
  await expect(status(page)).toContainText("2 changes are kept", { timeout: 15_000 });
  await expect(level(page, "SQL", /^2 · Working/)).toBeChecked();
  await expectAccessible(page);

  await page.unroute("**/api/v1/me/assessment");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(status(page)).toHaveText("All changes saved");
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);

  await page.reload();
  await expect(level(page, "SQL", /^2 · Working/)).toBeChecked();
  await expect(level(page, "Statistics", /^3 · Practitioner/)).toBeChecked();
});

test("settings: change the name, then delete the account for good", async ({ page, user }) => {
  test.slow();
  await page.goto("/settings");
  await expectAccessible(page);
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download all my data (JSON)" })).toHaveAttribute("href", "/api/v1/me/export");

  await page.getByLabel("Your name").fill("Renamed Person");
  await page.getByLabel("Hours per week for learning").fill("100");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("80 hours a week is the most we plan for.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Renamed Person");
  await page.getByLabel("Hours per week for learning").fill("12");
  await page.getByLabel("The role you want next").selectOption({ label: "Research engineer" });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your settings are saved.")).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("Your name")).toHaveValue("Renamed Person");
  await expect(page.getByLabel("Hours per week for learning")).toHaveValue("12");
  await expect(page.getByRole("link", { name: "Account settings for Renamed Person" })).toBeVisible();

  const confirm = page.getByLabel("Type DELETE to confirm");
  await confirm.fill("delete");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page.getByText("Type DELETE in capital letters to confirm.")).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);

  await confirm.fill("DELETE");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  await expectAccessible(page);

  await page.goto("/signin");
  await expectAccessible(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});
