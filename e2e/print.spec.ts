import { DATA_SCIENTIST } from "./assessments";
import { expect, test } from "./fixtures";

// Issue 15: a printed plan shows progress (each status), its resources unfolded, one phase a page.

test("printing a plan shows statuses, dates, the timeline and resources and starts each phase on a new page", async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  expect((await page.request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const created = await page.request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 8 } });
  expect(created.status()).toBe(201);
  const plan = (await created.json()).plan;
  const items: { skill: string }[] = plan.phases.flatMap((phase: { items: { skill: string }[] }) => phase.items);
  expect(plan.phases.length).toBeGreaterThan(1);
  const [done, doing] = items;
  for (const [skill, status] of [[done!.skill, "done"], [doing!.skill, "doing"]] as const) {
    expect((await page.request.patch(`/api/v1/me/plans/${plan.id}/items/${skill}`, { data: { status } })).status()).toBe(200);
  }
  await page.goto(`/plans/${plan.id}`);
  const resource = page.locator("section[aria-labelledby^='phase-'] details a").first();
  await expect(resource).toBeHidden();
  await expect(page.locator(".print-only").first()).toBeHidden();

  await page.emulateMedia({ media: "print" });
  // Controls and navigation are gone; each item's status is there in words.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("radio").first()).toBeHidden();
  const statuses = await page.locator("section[aria-labelledby^='phase-'] .print-only").allInnerTexts();
  expect(statuses).toHaveLength(items.length);
  expect(statuses.slice(0, 2)).toEqual(["Done", "Doing"]);
  expect(statuses.slice(2).every((s) => s === "To do")).toBe(true);
  // Every resource is unfolded, with its address.
  const links = page.locator("section[aria-labelledby^='phase-'] details a");
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) await expect(link).toBeVisible();
  // Dates: each item still to do says its weeks and dates from the schedule.
  const scheduled = page.locator("section[aria-labelledby^='phase-'] li[id^='item-']").filter({ hasText: /Weeks? \d+.*\(.+ – .+\)/ });
  expect(await scheduled.count()).toBe(items.length - 1);
  for (const when of await scheduled.getByText(/^Weeks? \d+/).all()) await expect(when).toBeVisible();
  // The timeline prints, fitted to the paper without its scroll hint, and its table unfolded.
  const timeline = page.getByRole("img", { name: "Timeline" });
  await expect(timeline).toBeVisible();
  const { svgWidth, pageWidth } = await timeline.evaluate((svg) => ({ svgWidth: svg.getBoundingClientRect().width, pageWidth: document.documentElement.clientWidth }));
  expect(svgWidth).toBeLessThanOrEqual(pageWidth);
  await expect(page.locator(".timeline .scroll-hint")).toBeHidden();
  const tableRows = page.locator(".timeline-table tbody tr:has(td)");
  await expect(tableRows).toHaveCount(items.length);
  await expect(tableRows.first()).toBeVisible();
  await expect(tableRows.first()).toContainText("Done");
  await expect(page.getByRole("link", { name: "Add to calendar" })).toBeHidden();
  // A page break before every phase but the first.
  const breaks = await page
    .locator("section[aria-labelledby^='phase-']")
    .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks[0]).not.toBe("page");
  expect(breaks.slice(1).every((b) => b === "page")).toBe(true);

  // Browsers without the CSS route get the folds opened by script around printing.
  await page.emulateMedia({ media: "screen" });
  await expect(resource).toBeHidden();
  const closed = await page.locator("details:not([open])").count();
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(resource).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(resource).toBeHidden();
  expect(await page.locator("details:not([open])").count()).toBe(closed);
});
