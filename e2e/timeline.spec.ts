import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import ICAL from "ical.js";
import { DATA_SCIENTIST } from "./assessments";
import { expect, expectAccessible, registerUser, signIn, test } from "./fixtures";

// Issue 15: the plan's schedule drawn as a timeline (with a table as its text equivalent) on the
// plan and share pages, and as a calendar file that a real iCalendar parser reads.

interface PlanItem {
  skill: string;
  name: string;
  hours: number;
  status: string;
  startWeek: number | null;
  endWeek: number | null;
}

async function planWithProgress(request: APIRequestContext, hoursPerWeek = 8) {
  expect((await request.put("/api/v1/me/assessment", { data: { assessment: DATA_SCIENTIST } })).status()).toBe(200);
  const created = await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek } });
  expect(created.status()).toBe(201);
  const plan = (await created.json()).plan;
  const items: PlanItem[] = plan.phases.flatMap((phase: { items: PlanItem[] }) => phase.items);
  const [done, doing, skipped] = items;
  for (const [skill, status] of [[done!.skill, "done"], [doing!.skill, "doing"], [skipped!.skill, "skipped"]] as const) {
    expect((await request.patch(`/api/v1/me/plans/${plan.id}/items/${skill}`, { data: { status } })).status()).toBe(200);
  }
  return { id: plan.id as string, items, done: done!, doing: doing!, skipped: skipped! };
}

async function planJson(request: APIRequestContext, id: string) {
  return (await (await request.get(`/api/v1/me/plans/${id}`)).json()).plan as { weeks: number; phases: { items: PlanItem[] }[] };
}

/** The schedule table's body rows (phase header rows left out). */
function tableRows(page: Page) {
  return page.locator(".timeline-table tbody tr:has(td)");
}

test("the plan page draws the schedule as a timeline with a table of the same, following pace and progress", async ({ page, user }) => {
  expect(user.id).toBeTruthy();
  const plan = await planWithProgress(page.request);
  await page.goto(`/plans/${plan.id}`);

  const section = page.getByRole("region", { name: "Timeline", exact: true });
  await expect(section.getByRole("heading", { name: "Timeline" })).toBeVisible();
  const image = page.getByRole("img", { name: "Timeline" });
  await expect(image).toBeVisible();
  // Its description says how many items over how many weeks, at the plan's pace.
  const weeks = (await planJson(page.request, plan.id)).weeks;
  await expect(image).toHaveAccessibleDescription(new RegExp(`${plan.items.length - 2} items over ${weeks} weeks at 8 h a week`));
  // One bar per item not skipped, plus one per phase; today is marked; done items sit in the done column.
  await expect(image.locator("text", { hasText: /^Today$/ })).toHaveCount(1);
  await expect(image.locator("text", { hasText: /^Done$/ })).toHaveCount(1);
  await expect(section.getByText("1 skipped item is not drawn")).toBeVisible();

  // The table: every item not skipped, its weeks, hours and status; hidden in a fold until opened.
  await section.getByText("The timeline as a table").click();
  const rows = tableRows(page);
  await expect(rows).toHaveCount(plan.items.length - 1);
  const rowOf = (name: string) => rows.filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(rowOf(plan.done.name)).toContainText("Done");
  await expect(rowOf(plan.doing.name)).toContainText("Doing");
  // What is being worked on starts in week 1.
  await expect(rowOf(plan.doing.name).locator("td").first()).toHaveText(/^Weeks? 1\b/);
  await expect(page.getByRole("rowheader", { name: plan.skipped.name, exact: true })).toHaveCount(0);
  // Each item card says when it is scheduled.
  const lastItem = plan.items.at(-1)!;
  const fresh = (await planJson(page.request, plan.id)).phases.flatMap((p) => p.items).find((i) => i.skill === lastItem.skill)!;
  const [from, to] = [fresh.startWeek! + 1, Math.max(fresh.startWeek! + 1, fresh.endWeek!)];
  await expect(page.locator(`#item-${lastItem.skill}`)).toContainText(from === to ? `Week ${from} (` : `Weeks ${from}–${to} (`);
  await expectAccessible(page);

  // Twice the pace: fewer weeks, redrawn at once.
  expect((await page.request.patch(`/api/v1/me/plans/${plan.id}`, { data: { hoursPerWeek: 16 } })).status()).toBe(200);
  const faster = (await planJson(page.request, plan.id)).weeks;
  expect(faster).toBeLessThan(weeks);
  await page.reload();
  await expect(page.getByRole("img", { name: "Timeline" })).toHaveAccessibleDescription(new RegExp(`over ${faster} weeks at 16 h a week`));
  // Finishing an item moves it to the done column and out of the weeks.
  expect((await page.request.patch(`/api/v1/me/plans/${plan.id}/items/${plan.doing.skill}`, { data: { status: "done" } })).status()).toBe(200);
  await page.reload();
  await page.getByText("The timeline as a table").click();
  await expect(rowOf(plan.doing.name)).toContainText("Done");
});

test("Add to calendar downloads an iCalendar file a real parser reads; other people's plans are 404", async ({ page, user, request }) => {
  expect(user.id).toBeTruthy();
  const plan = await planWithProgress(page.request);
  await page.goto(`/plans/${plan.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Add to calendar" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile((await download.path())!, "utf8");

  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const described = await planJson(page.request, plan.id);
  const phaseEvents = events.filter((e) => e.uid.startsWith(`${plan.id}-phase-`));
  const weekEvents = events.filter((e) => e.uid.startsWith(`${plan.id}-week-`));
  expect(phaseEvents.length).toBeGreaterThanOrEqual(1);
  expect(weekEvents).toHaveLength(described.weeks);
  expect(events.every((e) => e.startDate.isDate && e.endDate.isDate && e.uid.endsWith("@waypoint"))).toBe(true);
  const today = new Date().toISOString().slice(0, 10);
  expect(weekEvents[0]!.startDate.toString()).toBe(today);
  // Week 1 is about the item being worked on; done and skipped items are in no week.
  expect(weekEvents[0]!.summary).toContain(plan.doing.name);
  const weekText = weekEvents.map((e) => `${e.summary}\n${e.description}`).join("\n");
  expect(weekText).not.toContain(`${plan.skipped.name}:`);
  expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

  // The API answer directly: its type and name, and Korean titles on request.
  const response = await page.request.get(`/api/v1/me/plans/${plan.id}/calendar.ics?lang=ko`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.ics"$/);
  const korean = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(korean.find((e) => e.uid.includes("-week-"))!.summary).toMatch(/^1주 차: /);

  // Signed out: 401; another user's plan and a bad id: the JSON 404 of every plan route.
  expect((await request.get(`/api/v1/me/plans/${plan.id}/calendar.ics`)).status()).toBe(401);
  const other = await registerUser(request);
  expect((await signIn(request, other)).status()).toBe(302);
  for (const id of [plan.id, "no-such-plan", "bad%20id"]) {
    const answer = await request.get(`/api/v1/me/plans/${id}/calendar.ics`);
    expect(answer.status(), id).toBe(404);
    expect((await answer.json()).error.code).toBe("not_found");
  }
  expect((await page.request.get(`/api/v1/me/plans/${plan.id}/calendar.ics?lang=xx`)).status()).toBe(400);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  async function expectTimelineFits(page: Page) {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, "the page does not scroll sideways").toBeLessThanOrEqual(innerWidth);
    // The drawing keeps a readable size and scrolls inside its own box, with a visible hint.
    const box = page.getByRole("region", { name: /Timeline, scrolls sideways|타임라인\(옆으로 스크롤\)/ });
    const { inner, outer } = await box.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth }));
    expect(inner).toBeGreaterThan(outer);
    await expect(page.locator(".timeline .scroll-hint")).toBeVisible();
    await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // The table of the same schedule is there, and opening it does not widen the page either.
    await page.locator(".timeline-table summary").click();
    await expect(tableRows(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(innerWidth);
  }

  test("the timeline scrolls in its own box on the plan and share pages, in English and Korean", async ({ page, user, context, baseURL }) => {
    expect(user.id).toBeTruthy();
    const plan = await planWithProgress(page.request);
    const link = await page.request.post(`/api/v1/me/plans/${plan.id}/share-links`, { data: { label: "Mentor" } });
    expect(link.status()).toBe(201);
    const sharePath = new URL((await link.json()).url).pathname;
    for (const path of [`/plans/${plan.id}`, sharePath]) {
      await page.goto(path);
      await expect(page.getByRole("img", { name: "Timeline" })).toBeVisible();
      await expectTimelineFits(page);
    }
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", url: baseURL! }]);
    for (const path of [`/plans/${plan.id}`, sharePath]) {
      await page.goto(path);
      await expect(page.getByRole("img", { name: "타임라인" })).toBeVisible();
      await expectTimelineFits(page);
    }
    await expect(page.getByRole("link", { name: "캘린더에 추가" })).toHaveCount(0); // the mentor gets no owner's button
    await page.goto(`/plans/${plan.id}`);
    await expect(page.getByRole("link", { name: "캘린더에 추가" })).toBeVisible();
  });
});
