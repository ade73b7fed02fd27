import { expect, test } from "./fixtures";

// Issue 15: an assessment that is grouped, puts the target first, remembers its filter, can be
// done by keyboard alone and ends somewhere.

test.beforeEach(async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  const profile = { currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: 8 };
  expect((await page.request.put("/api/v1/me/profile", { data: profile })).status()).toBe(200);
});

const NEEDS = /ML engineer needs/;

test("groups show their progress, the target's skills come first and keys rate a skill", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/assessment");
  const skills = page.locator("fieldset");
  // The very first skill, and the first of every group, is one the target needs.
  await expect(skills.first()).toContainText(NEEDS);
  for (const section of await page.locator("section[aria-labelledby^='cat-']").all()) {
    const first = section.locator("fieldset").first();
    const sectionNeeds = await section.locator("fieldset", { hasText: NEEDS }).count();
    if (sectionNeeds > 0) await expect(first).toContainText(NEEDS);
  }

  const firstSection = page.locator("section[aria-labelledby^='cat-']").first();
  const groupName = (await firstSection.getByRole("heading", { level: 2 }).textContent())!;
  const groupLink = page.getByRole("navigation", { name: "Skill groups" }).getByRole("link", { name: new RegExp(groupName) });
  const before = (await groupLink.textContent())!.match(/(\d+)\/(\d+)/)!;
  expect(Number(before[1])).toBe(0);
  await expect(firstSection).toContainText(`0 of ${before[2]} rated`);

  // Arrows move between levels, Tab goes on (past the evidence note), Space and Enter pick.
  const first = skills.nth(0);
  await first.getByRole("radio").first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(first.getByRole("radio").nth(1)).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(first.locator("summary")).toBeFocused();
  await page.keyboard.press("Tab");
  const second = skills.nth(1);
  await expect(second.getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("Space");
  await expect(second.getByRole("radio").first()).toBeChecked();
  const third = skills.nth(2);
  await third.getByRole("radio").nth(2).focus();
  await page.keyboard.press("Enter");
  await expect(third.getByRole("radio").nth(2)).toBeChecked();
  await expect(groupLink).toContainText(`3/${before[2]}`);
  await expect(firstSection).toContainText(`3 of ${before[2]} rated`);
  await expect(page.getByText("All changes saved")).toBeVisible();
  await expect(page.getByText(/Space or Enter picks the level/)).toBeVisible();
});

test("the filter survives a reload and the end of the page leads to a roadmap with every rating saved", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/assessment");
  const all = await page.locator("fieldset").count();
  await page.getByLabel("Only skills my target role needs").check();
  await expect(page).toHaveURL(/[?&]only=needed/);
  await page.reload();
  await expect(page.getByLabel("Only skills my target role needs")).toBeChecked();
  const shown = page.locator("fieldset");
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(all);
  await expect(shown.filter({ hasNotText: NEEDS })).toHaveCount(0);

  const finish = page.getByRole("region", { name: "Done rating?" });
  await expect(finish.getByRole("link", { name: "See my gaps for ML engineer" })).toHaveAttribute("href", "/gap/ml-engineer");
  // Rate the last skill and build at once: the click waits for the save, then builds.
  const last = shown.last();
  const skillId = (await last.getByRole("radio").first().getAttribute("name"))!.replace(/^skill-/, "");
  await last.getByRole("radio").nth(3).check();
  await finish.getByRole("button", { name: "Build my roadmap to ML engineer" }).click();
  await expect(page).toHaveURL(/\/plans\/[\w-]+$/);
  const saved = await (await page.request.get("/api/v1/me/assessment")).json();
  expect(saved.assessment[skillId]).toBe(3);

  // Turning the filter off removes it from the address.
  await page.goto("/assessment?only=needed");
  await page.getByLabel("Only skills my target role needs").uncheck();
  await expect(page).not.toHaveURL(/only=needed/);
  await expect(page.locator("fieldset")).toHaveCount(all);
});
